import { randomUUID } from 'node:crypto';
import type { CatalogueWitness, InventoryWitness } from '@duphong/core';
import { decideReference, isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { event } from './ingest.js';
import { objectKey } from '../storage/site-ocfl.js';
import { snapshotSite } from '../storage/observe.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { auditCopies } from './audit-copies.js';
import type { AuditSummary } from './audit.js';

/**
 * What the catalogue recorded for the object: its head and, per version, logical path → sha256.
 * Written only by verified commits (ingest, replication's re-index, rebuild from a verified copy),
 * so it is a witness independent of what a site holds today.
 */
export async function catalogueWitness(ctx: Context, objectId: string, head: number): Promise<CatalogueWitness> {
  const versions = new Map<number, Map<string, string>>();
  for (const v of await ctx.catalogue.listVersions(objectId)) {
    if (v.version > head) continue;
    const files = await ctx.catalogue.listVersionFiles(objectId, v.version);
    if (files.length > 0) versions.set(v.version, new Map(files.map((f) => [f.logicalPath, f.sha256.toLowerCase()])));
  }
  return { head, versions };
}

/**
 * Decide the reference for one object from independent witnesses (core/audit/reference.ts), record
 * the decision as a PREMIS event naming them, then audit and repair every copy against it — or
 * stop with an incident that says which witness disagreed.
 */
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
  // Every copy is a witness, even those not due.
  const snapshots = await Promise.all(
    copies.filter((c) => ctx.sites.has(c.site)).map((c) => snapshotSite(c.site, ctx.sites.get(c.site)!.store, key, ctx.hasher)),
  );
  const verified: InventoryWitness[] = [];
  const unverified: string[] = [];
  for (const s of snapshots) {
    if (!s.reachable) continue;
    if (s.root?.sidecarOk && s.root.inventory) verified.push({ site: s.site, digest: s.root.digest, inventory: s.root.inventory });
    else unverified.push(s.site);
  }
  const decision = decideReference(await catalogueWitness(ctx, objectId, head), verified, unverified);
  const now = isoVietnam(ctx.clock.now());
  if (decision.kind === 'incident') {
    const { code, detail } = decision;
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
    const failed = event(
      objectId,
      'validation',
      now,
      `Không chọn được bản chuẩn (${code}): ${detail}. Nhân chứng — ${decision.witnesses}`,
      null,
      'failure',
    );
    await ctx.catalogue.addEvent(failed);
    for (const s of snapshots.filter((x) => x.reachable))
      await appendLogEvents(ctx.sites.get(s.site)!.store, key, [failed], ctx.hasher).catch(() => undefined);
    for (const site of dueSites) {
      const c = copies.find((x) => x.site === site)!;
      await ctx.catalogue.putCopy({ ...c, status: 'damaged', detail });
    }
    return;
  }
  const basis = decision.basis === 'catalogue' ? 'khớp danh mục' : 'đa số inventory có sidecar khớp (danh mục không ghi tệp)';
  const decided = event(
    objectId,
    'validation',
    now,
    `Bản chuẩn v${decision.head} (${basis}) từ ${decision.sites.join(',')}. Nhân chứng — ${decision.witnesses}`,
    null,
  );
  // Copies whose signed inventory contradicts the catalogue: repaired, and a person is told.
  const contradicting = decision.comparisons.filter((c) => c.mismatch !== undefined);
  await auditCopies(ctx, {
    objectId,
    key,
    snapshots,
    reference: decision,
    contradicting: contradicting.map((c) => ({ site: c.site, detail: `inventory của site ${c.site} ≠ danh mục v${head} ở ${c.mismatch}` })),
    dueSites,
    repair,
    summary,
    events: [decided],
    copies,
  });
}
