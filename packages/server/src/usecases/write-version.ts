import { randomUUID } from 'node:crypto';
import type { Inventory, PremisEvent } from '@duphong/core';
import { AIP, isoVietnam, newAipObjid, placeCopies, planNewVersion } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { faultPoint } from '../storage/fault-point.js';
import { requestError, unavailableError } from '../errors.js';
import { probeSites } from './sites.js';
import { STAGING, ensureStorageRoot, objectKey } from '../storage/site-ocfl.js';
import { SourceChangedError, type StageTarget, type StagedBlob } from '../storage/stage.js';
import { objectAipFiles } from '../aip/object-aip.js';
import { riskRecoveryFields } from './risk-recovery-fields.js';
import { allSitesFailed, cleanupStaging, isReadError, resolveFormats, stageMetadata, stageSources } from '../storage/version-staging.js';
import { event, formatSummary, sameData, unchanged } from './version-events.js';
import type { IngestResult, WriteVersionRequest } from './version-request.js';

export type { IngestResult, VersionSource, WriteVersionRequest } from './version-request.js';
export { cleanupStaging } from '../storage/version-staging.js';
export { event } from './version-events.js';
import { commitVersionOnSite } from '../storage/commit.js';
import { recordVersion } from './record-version.js';
import { settleAttachments } from './settle-attachments.js';
import { loadHeadState } from '../aip/head-state.js';
import { recoverJournal } from './recover.js';
import { appendLogEvents } from '../storage/object-logs.js';

/**
 * Write one version of a backup object (the caller holds the object lock): the journal → stage →
 * verify → commit → record → clear protocol. The version's content is a TT05 AIP: the data files
 * plus METS, EAD, PREMIS and schemas made here.
 */
export async function writeObjectVersion(ctx: Context, request: WriteVersionRequest): Promise<IngestResult> {
  const { fileCode, title } = request;
  // Attachments (original scans) follow their document: a version that drops or replaces the
  // document without naming them again drops them too (the earlier version still holds them).
  const documents = new Set(request.sources.filter((s) => s.attachmentOf === undefined).map((s) => s.relative));
  const wanted = request.sources.filter((s) => s.attachmentOf === undefined || documents.has(s.attachmentOf));
  const existing = await ctx.catalogue.getObjectByFileCode(fileCode);
  const objectId = existing?.id ?? newAipObjid();
  const online = await probeSites(ctx);
  // A new object is placed by the policy; an existing one stays where its copies are (judged the same way).
  const copies = existing ? await ctx.catalogue.listCopies(objectId) : [];
  const copySites = existing ? new Set(copies.map((c) => c.site)) : undefined;
  // A copy not ok at the current head lacks a version (or holds a damaged one): writing only the new
  // version there would leave a gap and call it ok. It stays pending; its replication job brings it
  // up to date from a current copy.
  const current = new Set(copies.filter((c) => c.status === 'ok' && c.version === existing?.head).map((c) => c.site));
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
  const targets: StageTarget[] = placement.sites
    .filter((s) => online.get(s) && (!existing || current.has(s)))
    .map((site) => ({ site, store: ctx.sites.get(site)!.store }));
  if (targets.length === 0 && existing && placement.sites.some((s) => online.get(s)))
    throw unavailableError(
      'DP-COPIES-NOT-CURRENT',
      `Không bản sao trực tuyến nào của hồ sơ ${fileCode} nguyên vẹn ở phiên bản hiện tại v${existing.head}; chưa ghi gì. Hãy chạy "duphong jobs run" hoặc "duphong audit" rồi thử lại.`,
      `No online copy of ${fileCode} is intact at the current version v${existing.head}; nothing written. Run "duphong jobs run" or "duphong audit", then retry.`,
    );
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
    const first = await stageSources(ctx, wanted, targets, stagingPrefix, request.onProgress);
    const { sources, staged, identified } = await settleAttachments(ctx, objectId, head, wanted, first.staged, first.identified);
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

    // Formats by magic bytes (identified while staging), recorded in PREMIS.
    const formats = await resolveFormats(sources, identified);
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
      event(
        objectId,
        'information package creation',
        created,
        `Tạo gói ${request.type === 'Collection' ? 'AIP_tailieu' : 'AIP_hoso'} (TT05) cho phiên bản v${version}`,
      ),
    ];
    phase('identifyMs');
    // The EAD says about backup only what the catalogue knows (risk-recovery-fields.ts).
    const description =
      request.type === 'Collection'
        ? request.description
        : {
            ...request.description,
            ...(await riskRecoveryFields(ctx, fileCode, request.description ?? (await ctx.catalogue.records.getFile(fileCode))?.fields)),
          };
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
        ...(s.attachmentOf !== undefined && { attachmentOf: s.attachmentOf }),
      })),
      events,
      ...(description && { description }),
      ...(request.fondsCode !== undefined && { fondsCode: request.fondsCode }),
      ...(request.type && { type: request.type }),
    });
    // Metadata the previous version already holds (the schemas, usually) needs no staging.
    phase('describeMs');
    const known = new Set(Object.keys(head?.inventory.manifest ?? {}).map((d) => d.toLowerCase()));
    const state = new Map<string, StagedBlob>([...dataState, ...(await stageMetadata(ctx, metadataFiles, known, targets, stagingPrefix))]);
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
