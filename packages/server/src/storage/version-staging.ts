import { createHash } from 'node:crypto';
import type { FormatIdentification } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { faultPoint } from './fault-point.js';
import { unavailableError } from '../errors.js';
import { digestStored, mapLimit, stageBytes, stageFile, stageStream, type StageTarget, type StagedBlob } from './stage.js';
import type { FileFormat } from '../formats/file-format.js';
import { EndsCapture, headCapture, identifySourceFile, toFileFormat, UNKNOWN_FORMAT } from '../formats/file-format.js';
import type { VersionSource } from './version-source.js';

const STAGE_CONCURRENCY = 4;
const METADATA_CONCURRENCY = 16;

/** Stage every source on every live site (one read each, verified right away), identifying formats on the way. */
export async function stageSources(
  ctx: Context,
  sources: VersionSource[],
  targets: StageTarget[],
  stagingPrefix: string,
  onProgress?: (done: number, total: number, bytes: number) => void,
): Promise<{ staged: StagedBlob[]; identified: Map<number, FormatIdentification> }> {
  const identified = new Map<number, FormatIdentification>();
  let doneFiles = 0;
  let doneBytes = 0;
  const staged = await mapLimit(sources, STAGE_CONCURRENCY, async (source, i) => {
    if (source.kind === 'stored') {
      doneFiles += 1;
      doneBytes += source.size;
      return { key: '', sha256: source.sha256, size: source.size };
    }
    const key = `${stagingPrefix}${i}`;
    let blob: StagedBlob;
    // Each source is read once: its first and last 64 KiB are kept on the way for format identification.
    if (source.kind === 'file') {
      const ends = new EndsCapture(source.size);
      blob = await stageFile(source.absolute, source.size, key, targets, ctx.hasher, ends.observe);
      identified.set(i, ends.identify(source.relative));
    } else {
      const capture = headCapture(await source.open(), source.size);
      blob = await stageStream(capture.stream, source.relative, source.size, key, targets, ctx.hasher);
      identified.set(i, capture.ends.identify(source.relative));
    }
    faultPoint('ingest:staged-file');
    // Verify right away, so re-reading this file overlaps the staging of the next ones.
    await verifyStaged(targets, blob);
    doneFiles += 1;
    doneBytes += blob.size;
    onProgress?.(doneFiles, sources.length, doneBytes);
    if (targets.every((t) => t.failure !== undefined)) throw allSitesFailed(targets);
    return blob;
  });
  return { staged, identified };
}

/** The format of each source: given, identified while staging, or (ODF: the version is in the manifest) read again, bounded. */
export function resolveFormats(sources: VersionSource[], identified: Map<number, FormatIdentification>): Promise<FileFormat[]> {
  return mapLimit(sources, STAGE_CONCURRENCY, async (s, i) => {
    if (s.format) return s.format;
    const id = identified.get(i);
    if (!id) return UNKNOWN_FORMAT;
    if (s.kind === 'file' && id.findings?.some((f) => f.code === 'DP-FMT-VERSION-ASSUMED'))
      return identifySourceFile(s.absolute, s.relative);
    return toFileFormat(id);
  });
}

/**
 * Stage the AIP's metadata files (many small ones: one EAD_DOC per document), several at a time,
 * each re-read on every site; what the previous version already holds (the schemas) is not staged.
 */
export async function stageMetadata(
  ctx: Context,
  files: Map<string, Uint8Array>,
  known: ReadonlySet<string>,
  targets: StageTarget[],
  stagingPrefix: string,
): Promise<Map<string, StagedBlob>> {
  const entries = [...files];
  const blobs = await mapLimit(entries, METADATA_CONCURRENCY, async ([, bytes], n) => {
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (known.has(digest)) return { key: '', sha256: digest, size: bytes.byteLength };
    const blob = await stageBytes(bytes, `${stagingPrefix}m${n}`, targets, ctx.hasher, digest);
    await verifyStaged(targets, blob);
    return blob;
  });
  return new Map(entries.map(([path], n) => [path, blobs[n]!]));
}

/** Re-read one staged blob on every live site; a site whose copy differs drops out (its copy stays pending). */
export async function verifyStaged(targets: StageTarget[], blob: StagedBlob): Promise<void> {
  await Promise.all(
    targets.map(async (t) => {
      if (t.failure !== undefined) return;
      try {
        const seen = await digestStored(t.store, blob.key);
        if (seen.sha256 !== blob.sha256 || seen.size !== blob.size) throw new Error(`bản ghi tạm ${blob.key} đọc lại không khớp SHA-256`);
      } catch (error) {
        t.failure = error;
      }
    }),
  );
}

export async function cleanupStaging(targets: StageTarget[], prefix: string): Promise<void> {
  await Promise.all(
    targets.map(async (t) => {
      try {
        for await (const blob of t.store.list(prefix)) await t.store.delete(blob.key);
        await t.store.sweep(prefix);
      } catch {
        // an unreachable site keeps its staging until the journal recovery runs again
      }
    }),
  );
}

export function allSitesFailed(targets: StageTarget[]): Error {
  const reasons = targets.map((t) => `${t.site}: ${t.failure instanceof Error ? t.failure.message : String(t.failure)}`).join('; ');
  return unavailableError(
    'DP-SITES-FAILED',
    `Không ghi được vào site nào; chưa có gì thay đổi. ${reasons}`,
    `No site could be written; nothing changed. ${reasons}`,
  );
}

export function isReadError(error: unknown): boolean {
  const e = error as NodeJS.ErrnoException | undefined;
  return typeof e?.code === 'string' && typeof e.syscall === 'string' && ['open', 'read'].includes(e.syscall);
}
