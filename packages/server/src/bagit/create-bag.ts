import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  bagInfoForNewBag,
  formatBagInfo,
  formatBagitTxt,
  formatManifest,
  nfcKey,
  type BagAlgorithm,
  type BagInfoEntry,
  type ValidationReport,
} from '@duphong/core';
import { requestError } from '../errors.js';
import { digestBytes } from './hash.js';
import { validateBag } from './validate-bag.js';
import { walkBagFolder } from './walk.js';

export interface CreateBagOptions {
  algorithms?: BagAlgorithm[];
  /** Extra bag-info.txt entries (Source-Organization, External-Identifier…). */
  info?: BagInfoEntry[];
  /** For tests: the Bagging-Date. */
  now?: Date;
}

export interface CreatedBag {
  root: string;
  files: number;
  bytes: number;
  report: ValidationReport;
}

/** Source file → payload path (relative to data/). */
async function collectSources(source: string | readonly string[]): Promise<Array<{ from: string; to: string }>> {
  if (typeof source === 'string') {
    const root = resolve(source);
    const entries = await walkBagFolder(root);
    const bad = entries.filter((e) => e.kind === 'symlink' || e.kind === 'other');
    if (bad.length > 0)
      throw requestError(
        'DP-BAG-SOURCE-UNSUPPORTED',
        `Nguồn có liên kết tượng trưng hoặc tệp đặc biệt: ${bad.map((e) => e.path).join(', ')}`,
        `the source holds symlinks or special files: ${bad.map((e) => e.path).join(', ')}`,
      );
    return entries.filter((e) => e.kind === 'file').map((e) => ({ from: join(root, e.path), to: e.path }));
  }
  return source.map((f) => ({ from: resolve(f), to: basename(f) }));
}

/**
 * Makes a BagIt 1.0 bag in `outDir` (which must be absent or empty): payload copied into data/
 * while it is hashed (one read per file), manifests and tag manifests for every algorithm, then
 * the whole bag is validated again from disk before it is reported as made.
 */
export async function createBag(source: string | readonly string[], outDir: string, options: CreateBagOptions = {}): Promise<CreatedBag> {
  const algorithms = options.algorithms ?? ['sha256', 'sha512'];
  const root = resolve(outDir);
  const existing = await readdir(root).catch(() => [] as string[]);
  if (existing.length > 0)
    throw requestError('DP-BAG-OUT-NOT-EMPTY', `Thư mục đích không trống: ${outDir}`, `the output folder is not empty: ${outDir}`);
  const sources = await collectSources(source);
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(nfcKey(s.to));
    if (other !== undefined)
      throw requestError(
        'DP-BAG-SOURCE-COLLISION',
        `Hai tệp nguồn trùng tên sau NFC: ${other}, ${s.to}`,
        `two source names collide after NFC: ${other}, ${s.to}`,
      );
    seen.set(nfcKey(s.to), s.to);
  }
  const manifests = new Map<BagAlgorithm, Array<{ path: string; digest: string }>>(algorithms.map((a) => [a, []]));
  let bytes = 0;
  await mkdir(join(root, 'data'), { recursive: true });
  for (const s of sources) {
    const target = join(root, 'data', s.to);
    await mkdir(dirname(target), { recursive: true });
    const hashers = new Map<BagAlgorithm, Hash>(algorithms.map((a) => [a, createHash(a)]));
    const tee = new Transform({
      transform(chunk: Buffer, _enc, done) {
        for (const h of hashers.values()) h.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(createReadStream(s.from), tee, createWriteStream(target, { flags: 'wx' }));
    for (const [a, h] of hashers) manifests.get(a)!.push({ path: `data/${s.to}`, digest: h.digest('hex') });
  }
  const tagFiles = new Map<string, string>();
  tagFiles.set('bagit.txt', formatBagitTxt());
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  tagFiles.set('bag-info.txt', formatBagInfo(bagInfoForNewBag(options.info ?? [], { octets: bytes, streams: sources.length }, date)));
  for (const [a, entries] of manifests) tagFiles.set(`manifest-${a}.txt`, formatManifest(entries));
  for (const [name, text] of tagFiles) await writeFile(join(root, name), text, { flag: 'wx' });
  const encoded = [...tagFiles].map(([name, text]) => [name, new TextEncoder().encode(text)] as const);
  for (const a of algorithms) {
    const entries = encoded.map(([path, data]) => ({ path, digest: digestBytes(data, [a]).get(a)! }));
    await writeFile(join(root, `tagmanifest-${a}.txt`), formatManifest(entries), { flag: 'wx' });
  }
  const { report } = await validateBag(root);
  if (!report.valid)
    throw new Error(
      `createBag: the bag just written does not validate: ${report.errors.map((e) => `${e.code} ${e.path ?? ''}`).join('; ')}`,
    );
  return { root, files: sources.length, bytes, report };
}
