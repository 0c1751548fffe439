import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { fromUtf8, parseSimpleDc, parseXml } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError } from '../errors.js';
import { createBag } from '../bagit/create-bag.js';
import { validateBag } from '../bagit/validate-bag.js';
import { openPackage } from '../package/archive.js';
import { exportAip } from './export-aip.js';

/*
 * The bytes of a handover (decision 0028): each AIP, exported from a verified copy as the TT05
 * AIP_hoso zip, goes into a BagIt bag (the project's bag maker: payload hashed while copied, the
 * bag validated again), and the bag travels as one tar whose SHA-256 and size the signed manifest
 * names. The receiver unpacks the tar with the package reader's limits (no zip-slip, no links),
 * validates the bag, and reads the AIP's documents and description out of it.
 */

const BAG_ROOT = 'bag';

/** A tar of a bag folder, hashed as it is written (`.part`, fsynced, renamed). */
async function tarFolder(ctx: Context, folder: string, target: string): Promise<{ sha256: string; size: number }> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) files.push(path);
    }
  };
  await walk(folder);
  const pack = tar.pack();
  const hash = ctx.hasher.create('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.byteLength;
      done(null, chunk);
    },
  });
  const partial = `${target}.part`;
  const written = pipeline(pack, counter, createWriteStream(partial));
  const mtime = new Date(0);
  for (const file of files) {
    const { size: fileSize } = await stat(file);
    const name = `${BAG_ROOT}/${relative(folder, file).split('\\').join('/')}`;
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name, size: fileSize, mtime, mode: 0o644 }, (error) => (error ? reject(error) : resolve()));
      createReadStream(file).on('error', reject).pipe(entry);
    });
  }
  pack.finalize();
  await written;
  const handle = await open(partial, 'r');
  await handle.sync();
  await handle.close();
  await rename(partial, target);
  return { sha256: hash.digest(), size };
}

/** The head version of `fileCode` as a bag tar at `target`: its SHA-256 and size for the manifest. */
export async function makeHandoverBag(
  ctx: Context,
  fileCode: string,
  target: string,
  info: { sender: string; handover: string },
): Promise<{ objectId: string; version: number; sha256: string; size: number }> {
  const work = `${target}.work`;
  await rm(work, { recursive: true, force: true });
  try {
    const exported = await exportAip(ctx, fileCode, join(work, 'aip'));
    await createBag([exported.file], join(work, 'bag'), {
      algorithms: ['sha256'],
      info: [
        { label: 'Source-Organization', value: info.sender },
        { label: 'External-Identifier', value: exported.object },
        { label: 'Bag-Group-Identifier', value: info.handover },
        { label: 'External-Description', value: `Hồ sơ ${exported.fileCode}, phiên bản v${exported.version}` },
      ],
      now: ctx.clock.now(),
    });
    await mkdir(dirname(target), { recursive: true });
    const tarred = await tarFolder(ctx, join(work, 'bag'), target);
    return { objectId: exported.object, version: exported.version, ...tarred };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function badBag(detail: string): never {
  throw integrityError('DP-HANDOVER-BAG-INVALID', `Túi BagIt không hợp lệ: ${detail}`, `The BagIt bag is invalid: ${detail}`);
}

export interface OpenedHandoverBag {
  /** Folder of the AIP's documents (representations/rep1/data), ready for the folder ingest. */
  documents: string;
  /** The file's TT05 fields read from the AIP's EAD.xml (empty when unreadable). */
  fields: Record<string, string>;
  title: string | undefined;
}

/**
 * Unpack a received bag tar into `work`, validate the bag (every payload digest), and lay the
 * AIP's documents out as a folder. Refused (integrity) when anything is wrong; `work` is the
 * caller's to remove.
 */
export async function openHandoverBag(tarPath: string, work: string): Promise<OpenedHandoverBag> {
  const bagDir = join(work, 'bag');
  await extractAll(tarPath, work, (path) => (path.startsWith(`${BAG_ROOT}/`) ? join(work, path) : undefined));
  const validation = await validateBag(bagDir);
  if (!validation.report.valid) badBag(validation.report.errors.map((e) => `${e.code} ${e.message}`).join('; '));
  const payload = (await readdir(join(bagDir, 'data'))).filter((n) => n.endsWith('.zip'));
  if (payload.length !== 1) badBag(`cần đúng một gói AIP (.zip) trong data/, có ${payload.length}`);
  const aip = join(bagDir, 'data', payload[0]!);
  const documents = join(work, 'documents');
  await mkdir(documents, { recursive: true });
  await extractAll(aip, work, (path) => {
    const m = /^[^/]+\/representations\/rep1\/data\/(.+)$/.exec(path);
    if (m) return join(documents, m[1]!);
    if (/^[^/]+\/metadata\/descriptive\/EAD\.xml$/.test(path)) return join(work, 'EAD.xml');
    return undefined;
  });
  const ead = await readFile(join(work, 'EAD.xml')).catch(() => undefined);
  let fields: Record<string, string> = {};
  if (ead) {
    const root = parseXml(fromUtf8(ead)).root;
    if (root) fields = parseSimpleDc(root, { kind: 'aip-hoso' }).fields;
  }
  return { documents, fields, title: fields.title };
}

/** Stream the entries `where` maps to a path out of a zip or tar, under the package reader's safety rules. */
async function extractAll(archive: string, work: string, where: (path: string) => string | undefined): Promise<void> {
  const opened = await openPackage(archive);
  if (!opened.source) badBag(opened.findings.map((f) => `${f.code} ${f.message}`).join('; ') || 'không đọc được gói');
  const source = opened.source;
  try {
    const targets = new Map<string, string>();
    for (const e of source.entries) {
      if (e.type !== 'file') continue;
      const to = where(e.path);
      if (to !== undefined && to.startsWith(work)) targets.set(e.path, to);
    }
    await source.read(new Set(targets.keys()), async (path, stream) => {
      const to = targets.get(path)!;
      await mkdir(dirname(to), { recursive: true });
      await pipeline(stream, createWriteStream(to));
    });
  } finally {
    await source.close();
  }
}
