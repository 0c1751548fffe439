import { createHash, randomUUID } from 'node:crypto';
import type { Copy, Inventory, PremisEvent } from '@duphong/core';
import { AIP, isoVietnam, newAipObjid, placeCopies, planNewVersion, type FormatIdentification } from '@duphong/core';
import type { Context } from '../app/context.js';
import { faultPoint } from '../app/journal.js';
import { requestError, unavailableError } from '../app/errors.js';
import { probeSites } from './sites.js';
import { STAGING, ensureStorageRoot, objectKey } from './site-ocfl.js';
import {
  digestStored,
  mapLimit,
  stageBytes,
  stageFile,
  stageStream,
  SourceChangedError,
  type StageTarget,
  type StagedBlob,
} from './stage.js';
import { SOFTWARE } from './object-metadata.js';
import { objectAipFiles, type AipContentFile, type FileFormat } from '../aip/object-aip.js';
import { EndsCapture, headCapture, identifySourceFile, toFileFormat, UNKNOWN_FORMAT } from '../aip/file-format.js';
import { commitVersionOnSite } from './commit.js';
import { loadHeadState, recordVersion } from './object-state.js';
import { recoverJournal } from './recover.js';
import { appendLogEvents } from './object-logs.js';

/** One content file of the version being written, wherever its bytes come from. */
export type VersionSource = {
  /** Path under representations/rep1/data/ (NFC, `/`-separated). */
  relative: string;
  size: number;
  originalRelative?: string;
  format?: FileFormat;
  description?: AipContentFile['description'];
  holey?: boolean;
} & (
  | { kind: 'file'; absolute: string }
  /** Bytes the object already holds (a layout upgrade): nothing to stage. */
  | { kind: 'stored'; sha256: string }
  /** An entry of a submitted package, opened when its turn comes. */
  | { kind: 'stream'; open: () => Promise<AsyncIterable<Uint8Array>> }
);

export interface WriteVersionRequest {
  fileCode: string;
  title: string;
  sources: VersionSource[];
  /** Events of this version besides the ones every write records. */
  events?: (objectId: string, created: string) => PremisEvent[];
  /** What to call the write in the messages ("thư mục nguồn", "gói SIP", …). */
  origin: string;
  description?: Record<string, string>;
  fondsCode?: string;
  type?: 'Mixed' | 'Collection';
  /** Write a new version even when the content is unchanged (a metadata or layout change). */
  force?: boolean;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export interface IngestResult {
  object: string;
  fileCode: string;
  version: number;
  unchanged: boolean;
  files: number;
  bytes: number;
  copies: Array<{ site: string; status: Copy['status'] }>;
  policy: { met: boolean; shortfalls: string[] };
}

const STAGE_CONCURRENCY = 4;
const METADATA_CONCURRENCY = 16;

/**
 * Write one version of a backup object (the caller holds the object lock): the journal → stage →
 * verify → commit → record → clear protocol. The version's content is a TT05 AIP: the data files
 * plus METS, EAD, PREMIS and schemas made here.
 */
export async function writeObjectVersion(ctx: Context, request: WriteVersionRequest): Promise<IngestResult> {
  const { fileCode, title, sources } = request;
  const existing = await ctx.catalogue.getObjectByFileCode(fileCode);
  const objectId = existing?.id ?? newAipObjid();
  const online = await probeSites(ctx);
  // A new object is placed by the policy; an existing one stays where its copies are (judged the same way).
  const copySites = existing ? new Set((await ctx.catalogue.listCopies(objectId)).map((c) => c.site)) : undefined;
  const placement = placeCopies(
    ctx.config.sites
      .filter((s) => copySites === undefined || copySites.has(s.name))
      .map((s) => ({ name: s.name, region: s.region, medium: s.medium, online: online.get(s.name) ?? false })),
    copySites === undefined ? ctx.config.policy : { ...ctx.config.policy, copies: Math.max(copySites.size, ctx.config.policy.copies) },
  );
  if (!placement.acceptable)
    throw requestError(
      'DP-POLICY-UNSATISFIABLE',
      'Cần ít nhất 2 site để lưu bản sao dự phòng (TT05: hai bộ trên phương tiện độc lập).',
      'At least 2 sites are needed (TT05: two sets on independent media).',
    );
  const targets: StageTarget[] = placement.sites.filter((s) => online.get(s)).map((site) => ({ site, store: ctx.sites.get(site)!.store }));
  if (targets.length === 0)
    throw unavailableError(
      'DP-SITES-OFFLINE',
      `Không site nào trực tuyến (${placement.sites.join(', ')}); chưa ghi gì, hãy thử lại sau.`,
      'No target site is online; nothing written, retry later.',
    );

  for (const t of targets) {
    try {
      await ensureStorageRoot(ctx.sites.get(t.site)!, ctx.hasher, ctx.clock);
    } catch (error) {
      t.failure = error;
    }
  }
  if (targets.every((t) => t.failure !== undefined)) throw allSitesFailed(targets);
  const head = existing ? await loadHeadState(ctx, objectId, existing.head) : undefined;
  const version = (existing?.head ?? 0) + 1;
  const key = objectKey(objectId, ctx.hasher);
  const jid = randomUUID();
  const stagingPrefix = `${STAGING}/${jid}/`;
  ctx.journal.write({
    id: jid,
    op: 'add-version',
    objectId,
    fileCode,
    objectRoot: key,
    version,
    sites: targets.map((t) => t.site),
    stagingPrefix,
    createdAt: isoVietnam(new Date()),
    pid: process.pid,
  });
  faultPoint('ingest:after-journal');
  // Phase timings go to the log: operators see where an ingest spends its time.
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };

  try {
    // Stage: each source file read once, hashed while streamed to every live site.
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
      request.onProgress?.(doneFiles, sources.length, doneBytes);
      if (targets.every((t) => t.failure !== undefined)) throw allSitesFailed(targets);
      return blob;
    });
    const totalBytes = staged.reduce((n, b) => n + b.size, 0);
    phase('stageMs');
    const created = isoVietnam(ctx.clock.now());
    const dataState = new Map<string, StagedBlob>();
    sources.forEach((s, i) => dataState.set(`${AIP.repData}${s.relative}`, staged[i]!));

    if (head && !request.force && sameData(head.dataState, dataState)) {
      return await unchanged(
        ctx,
        jid,
        stagingPrefix,
        targets,
        objectId,
        fileCode,
        head.version,
        sources.length,
        totalBytes,
        placement.shortfalls,
      );
    }

    // Formats by magic bytes (bounded reads of each source's head and tail), recorded in PREMIS.
    const formats: FileFormat[] = await mapLimit(sources, STAGE_CONCURRENCY, async (s, i) => {
      if (s.format) return s.format;
      const id = identified.get(i);
      if (!id) return UNKNOWN_FORMAT;
      // An ODF file's version is inside its manifest: only then is the file read again (bounded).
      if (s.kind === 'file' && id.findings?.some((f) => f.code === 'DP-FMT-VERSION-ASSUMED'))
        return identifySourceFile(s.absolute, s.relative);
      return toFileFormat(id);
    });
    const read = sources.filter((s) => s.kind !== 'stored').length;
    const events: PremisEvent[] = [
      ...(head?.events ?? []),
      ...(read === 0
        ? []
        : [
            event(
              objectId,
              'ingestion start',
              created,
              `Tiếp nhận ${read} tệp (${totalBytes} byte) từ ${request.origin} cho phiên bản v${version}`,
            ),
            event(objectId, 'message digest calculation', created, `SHA-256 của ${read} tệp được tính trong lúc đọc (một lần đọc)`),
          ]),
      ...(request.events?.(objectId, created) ?? []),
      event(objectId, 'format identification', created, formatSummary(formats)),
      event(objectId, 'information package creation', created, `Tạo gói AIP_hoso (TT05) cho phiên bản v${version}`),
    ];
    phase('identifyMs');
    const metadataFiles = await objectAipFiles({
      objectId,
      fileCode,
      title,
      createDate: existing?.createdAt ?? created,
      lastModDate: created,
      version,
      files: sources.map((s, i) => ({
        dataPath: s.relative,
        size: staged[i]!.size,
        sha256: staged[i]!.sha256,
        format: formats[i]!,
        ...(s.originalRelative && { originalName: s.originalRelative }),
        ...(s.description && { description: s.description }),
        ...(s.holey && { holey: true }),
      })),
      events,
      ...(request.description && { description: request.description }),
      ...(request.fondsCode !== undefined && { fondsCode: request.fondsCode }),
      ...(request.type && { type: request.type }),
    });
    // Metadata the previous version already holds (the schemas, usually) needs no staging.
    phase('describeMs');
    const known = new Set(Object.keys(head?.inventory.manifest ?? {}).map((d) => d.toLowerCase()));
    const state = new Map<string, StagedBlob>(dataState);
    // Many small files (one EAD_DOC per document): staged and re-read several at a time.
    const entries = [...metadataFiles];
    const metaBlobs = await mapLimit(entries, METADATA_CONCURRENCY, async ([, bytes], n) => {
      const digest = createHash('sha256').update(bytes).digest('hex');
      if (known.has(digest)) return { key: '', sha256: digest, size: bytes.byteLength };
      const blob = await stageBytes(bytes, `${stagingPrefix}m${n}`, targets, ctx.hasher);
      await verifyStaged(targets, blob);
      return blob;
    });
    entries.forEach(([path], n) => state.set(path, metaBlobs[n]!));
    faultPoint('ingest:after-stage');
    phase('metadataMs');

    // Nothing becomes visible before every staged blob was read back from every site (done above, per blob).
    if (targets.every((t) => t.failure !== undefined)) throw allSitesFailed(targets);
    faultPoint('ingest:after-verify');
    phase('verifyMs');

    const plan = planNewVersion({
      previous: head?.inventory,
      id: objectId,
      state: new Map([...state].map(([path, blob]) => [path, { digest: blob.sha256, size: blob.size }])),
      created,
      message: `DuPhong: tiếp nhận v${version} cho hồ sơ ${fileCode} (${request.origin})`,
      user: { name: 'DuPhong', address: 'urn:duphong:system' },
    });
    const stagedByDigest = new Map([...state.values()].filter((b) => b.key !== '').map((b) => [b.sha256, b.key]));

    // Commit site by site; the root inventory write is each site's atomic commit point.
    const committed: string[] = [];
    for (const t of targets) {
      if (t.failure !== undefined) continue;
      try {
        await commitVersionOnSite(ctx, t.store, key, plan.inventory as Inventory, plan.contentToWrite, stagedByDigest, version === 1);
        committed.push(t.site);
        faultPoint('ingest:after-commit-site');
      } catch (error) {
        t.failure = error;
        ctx.log.warn('commit failed on site', { site: t.site, error: String(error) });
      }
    }
    if (committed.length === 0) throw allSitesFailed(targets);

    // Each committed copy gets its own verification event, kept in that site's object logs/ too.
    const verifiedAt = isoVietnam(ctx.clock.now());
    const siteEvents = committed.map((site) =>
      event(objectId, 'fixity check', verifiedAt, `v${version} ghi lên site ${site}, đọc lại khớp SHA-256`, site),
    );
    for (const e of siteEvents) await appendLogEvents(ctx.sites.get(e.site!)!.store, key, [e], ctx.hasher).catch(() => undefined);
    phase('commitMs');
    faultPoint('ingest:before-record');
    const copies = await recordVersion(ctx, {
      objectId,
      fileCode,
      version,
      created,
      message: plan.inventory.versions[`v${version}`]?.message ?? '',
      files: [...state].map(([logicalPath, b]) => ({ logicalPath, sha256: b.sha256, size: b.size })),
      okSites: committed,
      pendingSites: placement.sites.filter((s) => !committed.includes(s)),
      events: [...events.slice(head?.events.length ?? 0), ...siteEvents],
      isNew: !existing,
    });
    faultPoint('ingest:after-record');
    await cleanupStaging(targets, stagingPrefix);
    ctx.journal.clear(jid);
    phase('recordMs');
    ctx.log.info('ingest done', { objectId, fileCode, version, files: sources.length, bytes: totalBytes, sites: committed, ...phases });
    return {
      object: objectId,
      fileCode,
      version,
      unchanged: false,
      files: sources.length,
      bytes: totalBytes,
      copies,
      policy: { met: placement.shortfalls.length === 0, shortfalls: placement.shortfalls },
    };
  } catch (error) {
    // Nothing was committed anywhere (or the failure came before the commit): undo the staging.
    await recoverJournal(ctx, { journalId: jid });
    if (error instanceof SourceChangedError)
      throw requestError(
        'DP-INGEST-SOURCE-CHANGED',
        `Tệp nguồn thay đổi trong khi đọc: ${error.path}; chưa ghi gì.`,
        `Source file changed while reading: ${error.path}; nothing written.`,
      );
    if (isReadError(error)) {
      const e = error as NodeJS.ErrnoException;
      throw requestError(
        'DP-INGEST-UNREADABLE',
        `Không đọc được tệp nguồn ${e.path ?? ''} (${e.code}); chưa ghi gì.`,
        `Cannot read source file ${e.path ?? ''} (${e.code}); nothing written.`,
      );
    }
    throw error;
  }
}

/** Re-read one staged blob on every live site; a site whose copy differs drops out (its copy stays pending). */
async function verifyStaged(targets: StageTarget[], blob: StagedBlob): Promise<void> {
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

function formatSummary(formats: FileFormat[]): string {
  const counts = new Map<string, number>();
  for (const f of formats) {
    const key = f.puid ? `${f.name} (${f.puid})` : f.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `Nhận dạng định dạng theo chữ ký tệp: ${[...counts].map(([k, c]) => `${c} × ${k}`).join('; ')}`;
}

function isReadError(error: unknown): boolean {
  const e = error as NodeJS.ErrnoException | undefined;
  return typeof e?.code === 'string' && typeof e.syscall === 'string' && ['open', 'read'].includes(e.syscall);
}

function sameData(a: Map<string, string>, b: Map<string, StagedBlob>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, blob] of b) if (a.get(path) !== blob.sha256) return false;
  return true;
}

async function unchanged(
  ctx: Context,
  jid: string,
  stagingPrefix: string,
  targets: StageTarget[],
  objectId: string,
  fileCode: string,
  version: number,
  files: number,
  bytes: number,
  shortfalls: string[],
): Promise<IngestResult> {
  await cleanupStaging(targets, stagingPrefix);
  ctx.journal.clear(jid);
  const copies = await ctx.catalogue.listCopies(objectId);
  return {
    object: objectId,
    fileCode,
    version,
    unchanged: true,
    files,
    bytes,
    copies: copies.map((c) => ({ site: c.site, status: c.status })),
    policy: { met: shortfalls.length === 0, shortfalls },
  };
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

function allSitesFailed(targets: StageTarget[]): Error {
  const reasons = targets.map((t) => `${t.site}: ${t.failure instanceof Error ? t.failure.message : String(t.failure)}`).join('; ');
  return unavailableError(
    'DP-SITES-FAILED',
    `Không ghi được vào site nào; chưa có gì thay đổi. ${reasons}`,
    `No site could be written; nothing changed. ${reasons}`,
  );
}

export function event(
  objectId: string,
  type: string,
  dateTime: string,
  detail: string,
  site: string | null = null,
  outcome: PremisEvent['outcome'] = 'success',
): PremisEvent {
  return { id: randomUUID(), objectId, site, type, dateTime, outcome, detail, agent: SOFTWARE };
}
