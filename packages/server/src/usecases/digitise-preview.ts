import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError } from '../errors.js';
import { requireBatch } from './digitise-batches.js';
import { scanFolder } from './digitise-receive.js';
import { requireRight } from './selection-access.js';

const run = promisify(execFile);

/**
 * One scanned page as a PNG no wider than 1,200 px, for the person reviewing it: the page shown
 * beside its findings. Images through sharp (one page of a multi-page TIFF), PDFs through poppler.
 */
export async function pagePreview(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  fileCode: string,
  ordinal: number,
  page: number,
): Promise<Buffer> {
  requireRight(principal, 'digitise');
  await requireBatch(ctx, principal, batchId);
  const doc = await ctx.catalogue.digitisation.getDocument(batchId, fileCode.normalize('NFC'), ordinal);
  const info = doc?.pageInfo.find((p) => p.page === page);
  if (!doc || !info)
    throw notFoundError('DP-PAGE-UNKNOWN', `Không có trang ${page} của tài liệu này.`, `No page ${page} of this document.`);
  const hash = info.source.lastIndexOf('#');
  const name = hash > 0 ? info.source.slice(0, hash) : info.source;
  const within = hash > 0 ? Number(info.source.slice(hash + 1)) : 1;
  const path = join(scanFolder(ctx, batchId, doc.fileCode), name);
  if (/\.pdf$/i.test(name)) {
    const dir = await mkdtemp(join(tmpdir(), 'duphong-trang-'));
    try {
      await run('pdftoppm', ['-png', '-r', '100', '-f', String(within), '-l', String(within), '-singlefile', path, join(dir, 'trang')], {
        timeout: 60_000,
      });
      return await readFile(join(dir, 'trang.png'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const { default: sharp } = await import('sharp');
  return sharp(path, { page: within - 1, limitInputPixels: 1_000_000_000 })
    .resize({ width: 1200, withoutEnlargement: true })
    .png()
    .toBuffer();
}
