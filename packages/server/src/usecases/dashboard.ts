import { auditCoverage, dueBefore, MIN_COPIES, inAuditWindow, isoVietnam, parseAuditWindow, WHOLE_DAY } from '@duphong/core';
import type { AuditCoverage, Copy, CopyStatus, Principal, Site } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { RecordScope } from './record-scope.js';
import { listIncidentViews } from './incidents.js';
import { judgeHealth, type HealthVerdict } from './dashboard-health.js';

/*
 * The dashboard: everything a manager needs to know is right or wrong, over the records of the
 * principal's units and levels (all records for a user scoped to 'all'). Counts come from the
 * catalogue; sites are probed for online state and free space.
 */

export interface PolicyShortfall {
  fileCode: string;
  verified: number;
  regions: number;
  media: number;
}

export interface SiteHealth {
  name: string;
  region: string;
  medium: string;
  online: boolean;
  lastVerifiedAt: string | null;
  objects: number;
  bytes: number;
  freeBytes: number | null;
  copies: Record<CopyStatus, number>;
}

export interface Dashboard extends HealthVerdict {
  generatedAt: string;
  objects: number;
  copies: Record<CopyStatus, number>;
  policy: { copies: number; minRegions: number; minMedia: number; unmet: number; belowFloor: number; examples: PolicyShortfall[] };
  audit: AuditCoverage & {
    lastRun: { startedAt: string; finishedAt: string | null; checked: number; unrepaired: number } | null;
    nextAudit: string | null;
    window: string;
    scheduled: boolean;
  };
  incidents: { open: number; critical: number; high: number; medium: number };
  sites: SiteHealth[];
  selection: { listsByStatus: Record<string, number>; recognisedFiles: number };
  intake: { objects: number; jobsQueued: number; jobsRunning: number; jobsFailed: number };
}

const zeroCopies = (): Record<CopyStatus, number> => ({ ok: 0, pending: 0, damaged: 0, missing: 0 });

/** Object ids the principal may see, with their file codes and heads. */
async function visibleObjects(ctx: Context, scope: RecordScope): Promise<Map<string, { fileCode: string; head: number }>> {
  const out = new Map<string, { fileCode: string; head: number }>();
  const everything = scope.principal?.units === 'all' && scope.levels.includes('03');
  for (const o of await ctx.catalogue.listObjects()) {
    if (everything || (await scope.visibleFile(o.fileCode)).visible) out.set(o.id, { fileCode: o.fileCode, head: o.head });
  }
  return out;
}

async function probe(ctx: Context, name: string): Promise<{ online: boolean; freeBytes: number | null } | undefined> {
  const site = ctx.sites.get(name);
  if (!site) return undefined;
  const p = await site.store.probe().catch(() => ({ online: false, writable: false, freeBytes: undefined }));
  return { online: p.online, freeBytes: p.freeBytes ?? null };
}

/** The first moment at or after `at` inside the audit window (Vietnam time), to the minute. */
export function nextInWindow(at: Date, windowText: string): Date {
  const window = parseAuditWindow(windowText) ?? parseAuditWindow(WHOLE_DAY)!;
  if (inAuditWindow(at, window)) return at;
  const shifted = new Date(at.getTime() + 7 * 3600_000);
  const minute = shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
  const wait = (window.start - minute + 1440) % 1440;
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
}

function policyCheck(copies: Copy[], head: number, sites: Map<string, Site>): Omit<PolicyShortfall, 'fileCode'> {
  const verified = copies.filter((c) => c.status === 'ok' && c.version >= head && sites.has(c.site));
  return {
    verified: verified.length,
    regions: new Set(verified.map((c) => sites.get(c.site)!.region)).size,
    media: new Set(verified.map((c) => sites.get(c.site)!.medium)).size,
  };
}

export async function readDashboard(ctx: Context, principal: Principal | undefined): Promise<Dashboard> {
  const now = ctx.clock.now();
  const scope = new RecordScope(ctx.catalogue, principal);
  const objects = principal ? await visibleObjects(ctx, scope) : new Map<string, { fileCode: string; head: number }>();
  const sites = await ctx.catalogue.listSites();
  const siteByName = new Map(sites.map((s) => [s.name, s]));
  const { periodMonths, window, scheduled } = ctx.config.audit;
  const since = dueBefore(now, periodMonths);

  const copies = zeroCopies();
  const byObject = new Map<string, Copy[]>();
  const siteRows: SiteHealth[] = [];
  let verifiedSince = 0;
  let neverVerified = 0;
  let oldest: string | null = null;
  let total = 0;
  for (const site of sites) {
    const row: SiteHealth = {
      name: site.name,
      region: site.region,
      medium: site.medium,
      online: site.online,
      lastVerifiedAt: null,
      objects: 0,
      bytes: 0,
      freeBytes: null,
      copies: zeroCopies(),
    };
    for (const c of await ctx.catalogue.listCopiesBySite(site.name)) {
      if (!objects.has(c.objectId)) continue;
      total += 1;
      copies[c.status] += 1;
      row.copies[c.status] += 1;
      byObject.set(c.objectId, [...(byObject.get(c.objectId) ?? []), c]);
      if (c.verifiedAt === null) neverVerified += 1;
      else {
        if (c.verifiedAt >= since) verifiedSince += 1;
        if (oldest === null || c.verifiedAt < oldest) oldest = c.verifiedAt;
        if (row.lastVerifiedAt === null || c.verifiedAt > row.lastVerifiedAt) row.lastVerifiedAt = c.verifiedAt;
      }
    }
    const usage = await ctx.catalogue.siteUsage(site.name);
    // Fill is the site's as a whole (a site is shared by units); copies above are the principal's.
    const probed = await probe(ctx, site.name);
    Object.assign(row, usage, probed ?? {});
    siteRows.push(row);
  }

  const policy = ctx.config.policy;
  const unmet: PolicyShortfall[] = [];
  for (const [id, o] of objects) {
    const check = policyCheck(byObject.get(id) ?? [], o.head, siteByName);
    if (check.verified < policy.copies || check.regions < policy.minRegions || check.media < policy.minMedia)
      unmet.push({ fileCode: o.fileCode, ...check });
  }

  const coverage = auditCoverage({ copies: total, verifiedSince, neverVerified, oldest }, now, periodMonths);
  const lastRun = (await ctx.catalogue.listAuditRuns(1))[0];
  const open = await listIncidentViews(ctx, principal, { open: true });
  const incidents = { open: open.length, critical: 0, high: 0, medium: 0 };
  for (const i of open) incidents[i.severity] += 1;

  const listsByStatus: Record<string, number> = {};
  const lists = principal ? await ctx.catalogue.selection.listLists() : [];
  for (const l of lists.filter((x) => scope.unitVisible(x.unitId))) listsByStatus[l.status] = (listsByStatus[l.status] ?? 0) + 1;
  let recognisedFiles = 0;
  for (const r of principal ? await ctx.catalogue.selection.listRecognitions({ recordKind: 'file' }) : [])
    if ((await scope.visibleFile(r.recordCode)).visible) recognisedFiles += 1;
  const jobs = await ctx.catalogue.listJobs();
  const count = (status: string) => (principal ? jobs.filter((j) => j.status === status).length : 0);
  const intake = { objects: objects.size, jobsQueued: count('queued'), jobsRunning: count('running'), jobsFailed: count('failed') };

  const verdict = judgeHealth({
    openIncidents: incidents,
    copies,
    policyUnmet: unmet.length,
    policyBelowFloor: unmet.filter((u) => u.verified < MIN_COPIES).length,
    auditOverdue: coverage.overdue,
    sitesOffline: siteRows.filter((s) => !s.online).map((s) => s.name),
    jobsFailed: intake.jobsFailed,
  });
  return {
    ...verdict,
    generatedAt: isoVietnam(now),
    objects: objects.size,
    copies,
    policy: {
      ...policy,
      unmet: unmet.length,
      belowFloor: unmet.filter((u) => u.verified < MIN_COPIES).length,
      examples: unmet.slice(0, 20),
    },
    audit: {
      ...coverage,
      lastRun: lastRun
        ? { startedAt: lastRun.startedAt, finishedAt: lastRun.finishedAt, checked: lastRun.checked, unrepaired: lastRun.unrepaired }
        : null,
      // The scheduler audits what is due as soon as its window allows.
      nextAudit:
        scheduled && coverage.nextDue !== null
          ? isoVietnam(nextInWindow(new Date(Math.max(now.getTime(), Date.parse(coverage.nextDue))), window))
          : null,
      window,
      scheduled,
    },
    incidents,
    sites: siteRows,
    selection: { listsByStatus, recognisedFiles },
    intake,
  };
}
