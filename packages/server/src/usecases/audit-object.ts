import { randomUUID } from 'node:crypto';
import type { Copy, Inventory, PremisEvent, SiteObservation } from '@duphong/core';
import { chooseReference, isoVietnam, planRepairs, validateObject, type RepairAction } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { BlobOcflTree } from '../adapters/blob/blob-ocfl-tree.js';
import { event } from './ingest.js';
import { QUARANTINE, putSmall, sidecarBytes } from '../storage/site-ocfl.js';
import { observeSite, snapshotSite, type SiteSnapshot } from '../storage/observe.js';
import { objectKey } from '../storage/site-ocfl.js';
import { copyBlobVerified } from '../storage/copy-blob.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { auditAipMetadata } from '../aip/aip-audit.js';
import { replicateToSite } from './replicate.js';
import type { AuditSummary } from './audit.js';

export interface ObjectAuditInput {
  objectId: string;
  key: string;
  snapshots: SiteSnapshot[];
  reference: { head: number; digest: string; sites: string[] };
  dueSites: string[];
  repair: boolean;
  summary: AuditSummary;
  events: PremisEvent[];
  copies: Copy[];
}

function manifestMap(inventory: Inventory): Map<string, string> {
  const m = new Map<string, string>();
  for (const [digest, paths] of Object.entries(inventory.manifest)) for (const p of paths) m.set(p, digest.toLowerCase());
  return m;
}

/** Observe every copy against the reference, repair what agreeing copies can fix, re-verify, record. */
export async function auditObjectWithReference(ctx: Context, input: ObjectAuditInput): Promise<void> {
  const { objectId, key, snapshots, reference, summary } = input;
  const refSnap = snapshots.find((s) => s.site === reference.sites[0])!;
  const inventory = refSnap.root!.inventory!;
  const observations = await Promise.all(snapshots.map((s) => observeSite(s, ctx.sites.get(s.site)!.store, key, inventory)));
  const plan = planRepairs(
    observations,
    { head: reference.head, digest: reference.digest, manifest: manifestMap(inventory) },
    reference.sites,
  );

  // Structure: the OCFL validator (without re-hashing: fixity was just done above).
  const structural = new Map<string, string[]>();
  for (const o of observations) {
    if (!o.reachable || !plan.intactSites.includes(o.site)) continue;
    const snapshot = snapshots.find((x) => x.site === o.site)!;
    const tree = new BlobOcflTree(ctx.sites.get(o.site)!.store, key, snapshot.keys);
    const findings = await validateObject(tree, ctx.hasher, { digestContent: false });
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.code}${f.path ? ` ${f.path}` : ''}`);
    if (errors.length > 0) structural.set(o.site, errors);
  }

  // The package describes what it holds: checked once, on a copy whose bytes verified (copies agree).
  const aipSite = plan.intactSites.find((s) => !structural.has(s));
  const aipFindings = aipSite ? await auditAipMetadata(ctx.sites.get(aipSite)!.store, key, inventory) : [];
  if (aipSite && aipFindings.length > 0) {
    const now = isoVietnam(ctx.clock.now());
    for (const f of aipFindings)
      summary.findings.push({ object: objectId, site: aipSite, path: f.path ?? null, code: f.code, detail: f.message });
    summary.unrepaired += 1;
    const detail = aipFindings.map((f) => `${f.code} ${f.path ?? ''}`).join('; ');
    if (input.repair)
      await ctx.catalogue.addIncident({
        id: randomUUID(),
        objectId,
        site: null,
        path: aipFindings[0]!.path ?? null,
        code: aipFindings[0]!.code,
        detail,
        createdAt: now,
        resolvedAt: null,
      });
    input.events.push(event(objectId, 'validation', now, `Gói AIP không khớp siêu dữ liệu của chính nó: ${detail}`, null, 'failure'));
  }

  const repairedSites = new Set<string>();
  const failedRepairs = new Map<string, string[]>();
  if (input.repair) {
    for (const action of plan.repairs) {
      try {
        await executeRepair(ctx, key, action, snapshots);
        input.events.push(
          event(
            objectId,
            action.kind === 'quarantine' ? 'quarantine' : 'replication',
            isoVietnam(ctx.clock.now()),
            describe(action),
            action.site,
          ),
        );
      } catch (error) {
        failedRepairs.set(action.site, [...(failedRepairs.get(action.site) ?? []), `${describe(action)}: ${(error as Error).message}`]);
      }
    }
  }

  const now = isoVietnam(ctx.clock.now());
  for (const o of observations) {
    const copy = input.copies.find((c) => c.site === o.site)!;
    const siteFindings = plan.findings.filter((f) => f.site === o.site);
    for (const f of siteFindings) summary.findings.push({ object: objectId, site: f.site, path: f.path, code: f.code, detail: f.detail });
    for (const e of structural.get(o.site) ?? [])
      summary.findings.push({ object: objectId, site: o.site, path: null, code: 'DP-AUDIT-OCFL', detail: e });
    if (!o.reachable) {
      summary.unreachable += 1;
      continue;
    }
    summary.checked += 1;
    const behind = siteFindings.some((f) => f.code === 'DP-AUDIT-BEHIND');
    const problems = siteFindings.length + (structural.get(o.site)?.length ?? 0);
    if (problems === 0) {
      await ctx.catalogue.putCopy({ ...copy, version: reference.head, status: 'ok', verifiedAt: now, detail: null });
      input.events.push(
        event(objectId, 'fixity check', now, `Bản sao v${reference.head} nguyên vẹn: ${o.files.size} tệp khớp SHA-256`, o.site),
      );
      continue;
    }
    summary.damaged += 1;
    const unfixable = plan.unrepairable.filter((f) => f.site === o.site);
    const failed = failedRepairs.get(o.site) ?? [];
    let fixed = input.repair && unfixable.length === 0 && failed.length === 0 && !structural.has(o.site);
    if (fixed && behind) {
      try {
        await replicateToSite(ctx, objectId, o.site);
      } catch (error) {
        failed.push(`sao chép phiên bản mới: ${(error as Error).message}`);
        fixed = false;
      }
    }
    if (fixed) fixed = await reverify(ctx, o, key, inventory, reference.digest);
    if (fixed) {
      summary.repaired += 1;
      repairedSites.add(o.site);
      await ctx.catalogue.putCopy({
        ...copy,
        version: reference.head,
        status: 'ok',
        verifiedAt: now,
        detail: `đã sửa ${siteFindings.length} lỗi`,
      });
      input.events.push(
        event(
          objectId,
          'fixity check',
          now,
          `Đã sửa và kiểm tra lại: ${siteFindings.map((f) => `${f.code} ${f.path ?? ''}`).join('; ')}`,
          o.site,
        ),
      );
    } else {
      summary.unrepaired += 1;
      const detail =
        [...unfixable.map((f) => `${f.code} ${f.path ?? ''}: ${f.detail}`), ...failed, ...(structural.get(o.site) ?? [])].join('; ') ||
        siteFindings.map((f) => f.code).join(', ');
      const missingAll = o.files.size > 0 && [...o.files.values()].every((v) => v === null);
      await ctx.catalogue.putCopy({ ...copy, status: missingAll ? 'missing' : 'damaged', detail });
      if (input.repair)
        await ctx.catalogue.addIncident({
          id: randomUUID(),
          objectId,
          site: o.site,
          path: unfixable[0]?.path ?? null,
          code: unfixable[0]?.code ?? 'DP-AUDIT-UNREPAIRED',
          detail,
          createdAt: now,
          resolvedAt: null,
        });
      input.events.push(event(objectId, 'fixity check', now, `Bản sao hỏng, chưa sửa: ${detail}`, o.site, 'failure'));
    }
  }
  for (const e of input.events) {
    await ctx.catalogue.addEvent(e);
    const site = e.site ? ctx.sites.get(e.site) : undefined;
    const reachable = observations.find((o) => o.site === e.site)?.reachable;
    if (site && reachable) await appendLogEvents(site.store, key, [e], ctx.hasher).catch(() => undefined);
  }
}

function describe(action: RepairAction): string {
  if (action.kind === 'copy-file') return `chép lại ${action.path} từ ${action.fromSite}`;
  if (action.kind === 'copy-inventory') return `chép lại inventory từ ${action.fromSite}`;
  return `cách ly tệp thừa ${action.path}`;
}

async function executeRepair(ctx: Context, key: string, action: RepairAction, snapshots: SiteSnapshot[]): Promise<void> {
  const target = ctx.sites.get(action.site)!.store;
  if (action.kind === 'copy-file') {
    await copyBlobVerified(
      ctx.sites.get(action.fromSite)!.store,
      `${key}/${action.path}`,
      target,
      `${key}/${action.path}`,
      action.sha256,
      ctx.hasher,
    );
  } else if (action.kind === 'copy-inventory') {
    const source = snapshots.find((s) => s.site === action.fromSite)!.root!;
    await putSmall(target, `${key}/inventory.json`, source.bytes, ctx.hasher);
    await putSmall(target, `${key}/inventory.json.sha256`, sidecarBytes(source.digest), ctx.hasher);
  } else {
    const day = isoVietnam(ctx.clock.now()).slice(0, 10);
    const from = `${key}/${action.path}`;
    await target.put(`${QUARANTINE}/${day}/${from}`, await target.get(from));
    await target.delete(from);
  }
}

/** After repair, re-read what was fixed: a repair counts only once it verifies. */
async function reverify(ctx: Context, o: SiteObservation, key: string, inventory: Inventory, referenceDigest: string): Promise<boolean> {
  const snapshot = await snapshotSite(o.site, ctx.sites.get(o.site)!.store, key, ctx.hasher);
  if (!snapshot.root?.sidecarOk || snapshot.root.digest !== referenceDigest) return false;
  const again = await observeSite(snapshot, ctx.sites.get(o.site)!.store, key, inventory);
  const manifest = manifestMap(inventory);
  for (const [path, digest] of manifest) if (again.files.get(path) !== digest) return false;
  return again.extras.length === 0;
}

/** Decide the reference for one object from its copies, then audit and repair every copy against it. */
export async function auditObject(
  ctx: Context,
  objectId: string,
  head: number,
  dueSites: string[],
  repair: boolean,
  summary: AuditSummary,
): Promise<void> {
  const key = objectKey(objectId, ctx.hasher);
  const copies = await ctx.catalogue.listCopies(objectId);
  // Every copy takes part in the vote, even those not due.
  const snapshots = await Promise.all(
    copies.filter((c) => ctx.sites.has(c.site)).map((c) => snapshotSite(c.site, ctx.sites.get(c.site)!.store, key, ctx.hasher)),
  );
  const now = isoVietnam(ctx.clock.now());
  const choice = chooseReference(
    snapshots.map((s) => ({
      site: s.site,
      reachable: s.reachable,
      sidecarOk: s.root?.sidecarOk ?? false,
      ...(s.root?.inventory && { head: Number(s.root.inventory.head.slice(1)) }),
      ...(s.root && { inventoryDigest: s.root.digest }),
      files: new Map(),
      extras: [],
    })),
    head,
  );
  if (!choice || 'conflict' in choice) {
    const detail = choice && 'conflict' in choice ? choice.conflict : 'không bản sao nào có inventory hợp lệ';
    const code = choice ? 'DP-AUDIT-CONFLICT' : 'DP-AUDIT-NO-SOURCE';
    summary.checked += dueSites.length;
    summary.damaged += dueSites.length;
    summary.unrepaired += dueSites.length;
    summary.findings.push({ object: objectId, site: dueSites.join(','), path: 'inventory.json', code, detail });
    await ctx.catalogue.addIncident({
      id: randomUUID(),
      objectId,
      site: null,
      path: 'inventory.json',
      code,
      detail,
      createdAt: now,
      resolvedAt: null,
    });
    await ctx.catalogue.addEvent(event(objectId, 'fixity check', now, detail, null, 'failure'));
    for (const site of dueSites) {
      const c = copies.find((x) => x.site === site)!;
      await ctx.catalogue.putCopy({ ...c, status: 'damaged', detail });
    }
    return;
  }
  await auditObjectWithReference(ctx, { objectId, key, snapshots, reference: choice, dueSites, repair, summary, events: [], copies });
}
