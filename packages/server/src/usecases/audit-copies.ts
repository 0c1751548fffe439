import { randomUUID } from 'node:crypto';
import type { Copy, Incident, PremisEvent, RepairAction } from '@duphong/core';
import { isoVietnam, planRepairs } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { event } from './ingest.js';
import { observeSite, type SiteSnapshot } from '../storage/observe.js';
import { copyValidationErrors, referenceStructure } from '../storage/complete-copy.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { auditAipMetadata } from '../aip/aip-audit.js';
import { describeRepair, repairSite, reverify, type ReferenceCopy } from './audit-repair.js';
import type { AuditSummary } from './audit.js';

export interface CopiesAuditInput {
  objectId: string;
  key: string;
  snapshots: SiteSnapshot[];
  reference: { head: number; digest: string; sites: string[] };
  /** sites whose signed inventory contradicts the catalogue: an incident even once repaired */
  contradicting: Array<{ site: string; detail: string }>;
  dueSites: string[];
  repair: boolean;
  summary: AuditSummary;
  events: PremisEvent[];
  copies: Copy[];
}

const rootsByRun = new WeakMap<AuditSummary, NonNullable<Parameters<typeof copyValidationErrors>[4]>>();
function rootsCheckedIn(run: AuditSummary): NonNullable<Parameters<typeof copyValidationErrors>[4]> {
  let roots = rootsByRun.get(run);
  if (!roots) rootsByRun.set(run, (roots = new Map()));
  return roots;
}

/** Observe every copy against the reference, repair what agreeing copies can fix, re-verify, record. */
export async function auditCopies(ctx: Context, input: CopiesAuditInput): Promise<void> {
  const { objectId, key, snapshots, summary } = input;
  const root = snapshots.find((s) => s.site === input.reference.sites[0])!.root!;
  const inventory = root.inventory!;
  const sources = [...input.reference.sites, ...snapshots.map((s) => s.site).filter((s) => !input.reference.sites.includes(s))].map(
    (s) => ctx.sites.get(s)!.store,
  );
  const structure = await referenceStructure(sources, key, { inventory, bytes: root.bytes, digest: root.digest }, ctx.hasher);
  const expected = new Map<string, string>();
  for (const [digest, paths] of Object.entries(inventory.manifest)) for (const p of paths) expected.set(p, digest.toLowerCase());
  for (const [path, file] of structure) expected.set(path, file.sha256);
  const reference: ReferenceCopy = { ...input.reference, bytes: root.bytes, inventory, expected, structure };

  const observations = await Promise.all(snapshots.map((s) => observeSite(s, ctx.sites.get(s.site)!.store, key, expected, reference.head)));
  const plan = planRepairs(
    observations,
    { head: reference.head, digest: reference.digest, manifest: expected, inline: new Set(structure.keys()) },
    reference.sites,
  );

  // Structure of the copies that hashed right: the validator (object + storage root), no re-hashing;
  // each site's storage root once per audit run (the summary is the run), not once per object.
  const structural = new Map<string, string[]>();
  const rootsChecked = rootsCheckedIn(summary);
  for (const site of plan.intactSites) {
    const listing = snapshots.find((s) => s.site === site)!.keys;
    const errors = await copyValidationErrors(ctx.sites.get(site)!.store, key, ctx.hasher, listing, rootsChecked);
    if (errors.length > 0) structural.set(site, errors);
  }

  // The package describes what it holds: checked once, on a copy whose bytes verified (copies agree).
  const aipSite = plan.intactSites.find((s) => !structural.has(s));
  const aipFindings = aipSite ? await auditAipMetadata(ctx.sites.get(aipSite)!.store, key, inventory) : [];
  const incidents: Incident[] = [];
  const incident = (at: string | null, path: string | null, code: string, detail: string) => {
    // No intact copy anywhere is one problem of the record, not one per site: one incident, once per run.
    const site = code === 'DP-AUDIT-NO-SOURCE' ? null : at;
    if (incidents.some((i) => i.site === site && i.code === code && i.path === path)) return;
    incidents.push({ id: randomUUID(), objectId, site, path, code, detail, createdAt: isoVietnam(ctx.clock.now()), resolvedAt: null });
  };
  if (aipSite && aipFindings.length > 0) {
    for (const f of aipFindings)
      summary.findings.push({ object: objectId, site: aipSite, path: f.path ?? null, code: f.code, detail: f.message });
    summary.unrepaired += 1;
    const detail = aipFindings.map((f) => `${f.code} ${f.path ?? ''}`).join('; ');
    incident(null, aipFindings[0]!.path ?? null, aipFindings[0]!.code, detail);
    input.events.push(
      event(
        objectId,
        'validation',
        isoVietnam(ctx.clock.now()),
        `Gói AIP không khớp siêu dữ liệu của chính nó: ${detail}`,
        null,
        'failure',
      ),
    );
  }
  for (const c of input.contradicting) {
    summary.findings.push({ object: objectId, site: c.site, path: 'inventory.json', code: 'DP-AUDIT-WITNESS-DISAGREE', detail: c.detail });
    incident(c.site, 'inventory.json', 'DP-AUDIT-WITNESS-DISAGREE', c.detail);
  }
  for (const f of plan.alarming) incident(f.site, f.path, f.code, f.detail);

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
    const now = isoVietnam(ctx.clock.now());
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
    const actions = plan.repairs.filter((a) => a.site === o.site);
    let left: string[] = unfixable.map((f) => `${f.code} ${f.path ?? ''}: ${f.detail}`);
    if (input.repair && left.length === 0) {
      try {
        await repairSite(ctx, key, o.site, actions, reference, observations);
        input.events.push(...actions.filter(isQuarantine).map((a) => event(objectId, 'quarantine', now, describeRepair(a), o.site)));
        const copied = actions.filter((a) => !isQuarantine(a)).map(describeRepair);
        if (copied.length > 0) input.events.push(event(objectId, 'replication', now, copied.join('; '), o.site));
        left = await reverify(ctx, o.site, key, reference);
      } catch (error) {
        left = [`sửa thất bại: ${(error as Error).message}`];
      }
    }
    if (input.repair && left.length === 0) {
      summary.repaired += 1;
      await ctx.catalogue.putCopy({
        ...copy,
        version: reference.head,
        status: 'ok',
        verifiedAt: now,
        detail: `đã sửa ${siteFindings.length} lỗi`,
      });
      const what = [...siteFindings.map((f) => `${f.code} ${f.path ?? ''}`), ...(structural.get(o.site) ?? [])].join('; ');
      input.events.push(event(objectId, 'fixity check', now, `Đã sửa, kiểm tra lại và hợp lệ OCFL: ${what}`, o.site));
      continue;
    }
    summary.unrepaired += 1;
    const detail = [...left, ...(structural.get(o.site) ?? [])].join('; ') || siteFindings.map((f) => f.code).join(', ');
    const missingAll = o.files.size > 0 && [...o.files.values()].every((v) => v === null);
    await ctx.catalogue.putCopy({ ...copy, status: missingAll ? 'missing' : 'damaged', detail });
    if (input.repair) incident(o.site, unfixable[0]?.path ?? null, unfixable[0]?.code ?? 'DP-AUDIT-UNREPAIRED', detail);
    input.events.push(event(objectId, 'fixity check', now, `Bản sao hỏng, chưa sửa: ${detail}`, o.site, 'failure'));
  }
  if (input.repair) for (const i of incidents) await ctx.catalogue.addIncident(i);
  // Into the catalogue, and into the object's logs/ so a rebuilt catalogue has them too: an event
  // about one copy on that copy's site, an event about the object (the decision) on every copy.
  const reachable = observations.filter((o) => o.reachable).map((o) => o.site);
  for (const e of input.events) await ctx.catalogue.addEvent(e);
  for (const site of reachable) {
    const mine = input.events.filter((e) => e.site === site || e.site === null);
    await appendLogEvents(ctx.sites.get(site)!.store, key, mine, ctx.hasher).catch(() => undefined);
  }
}

function isQuarantine(a: RepairAction): boolean {
  return a.kind === 'quarantine' || a.kind === 'quarantine-version';
}
