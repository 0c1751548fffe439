import {
  assessRiskRecovery,
  entryKey,
  isoVietnam,
  type BackupList,
  type Catalogue,
  type RiskRecoveryAssessment,
  type SelectableKind,
} from '@duphong/core';
import type { Context } from '../ports/context.js';

/*
 * riskRecovery (TT05) of the records on approved backup lists: 1 once listed, and a status
 * computed from the real copies of the file's backup object, refreshed whenever copies change.
 */

const now = (ctx: Context): string => isoVietnam(ctx.clock.now());

/** The riskRecovery status of the backup object of one file, from its real copies. */
export async function assessFile(ctx: Context, c: Catalogue, fileCode: string): Promise<RiskRecoveryAssessment> {
  const object = await c.getObjectByFileCode(fileCode);
  const copies = object ? await c.listCopies(object.id) : [];
  const sites = (await c.listSites()).map((s) => ({ name: s.name, region: s.region, medium: s.medium, online: s.online }));
  return assessRiskRecovery(object, copies, sites, ctx.config.policy);
}

/** Set riskRecovery = 1 and the computed status on one file or document; writes only on change. */
async function markOne(ctx: Context, c: Catalogue, kind: SelectableKind, code: string, at: string): Promise<'01' | '02' | undefined> {
  if (kind === 'file') {
    const file = await c.records.getFile(code);
    if (!file) return undefined;
    const { status } = await assessFile(ctx, c, code);
    if (file.fields.riskRecovery !== '1' || file.fields.riskRecoveryStatus !== status)
      await c.records.putFile({ ...file, fields: { ...file.fields, riskRecovery: '1', riskRecoveryStatus: status }, updatedAt: at });
    return status;
  }
  if (kind === 'document') {
    const doc = await c.records.getDocument(code);
    if (!doc) return undefined;
    const { status } = await assessFile(ctx, c, doc.fileCode);
    if (doc.fields.riskRecovery !== '1' || doc.fields.riskRecoveryStatus !== status)
      await c.records.putDocument({ ...doc, fields: { ...doc.fields, riskRecovery: '1', riskRecoveryStatus: status }, updatedAt: at });
    return status;
  }
  return undefined; // a fonds has no riskRecovery field (TT05); its backup regime is described by hand
}

export async function markRiskRecovery(ctx: Context, c: Catalogue, list: BackupList): Promise<void> {
  const at = now(ctx);
  for (const e of list.entries) await markOne(ctx, c, e.recordKind, e.recordCode, at);
}

export interface RefreshSummary {
  checked: number;
  backedUp: number;
  notYet: number;
}

/**
 * Recompute riskRecoveryStatus for every file and document on an approved list. To be run after
 * whatever changes copies (ingest, replication, audit, repair) so 01 always means "backed up now".
 */
/**
 * After a write or an audit touched one file's copies: refresh its riskRecoveryStatus if it is on an
 * approved list or its record says riskRecovery 1 (imported, or from its SIP): a status the
 * catalogue shows is always computed from the copies. Never fails the caller (the copies are
 * already committed): problems are logged.
 */
export async function refreshRiskRecoveryStatusOf(ctx: Context, fileCode: string): Promise<void> {
  try {
    await ctx.catalogue.transaction(async (tx) => {
      const listed = (await tx.selection.listApprovedEntries()).some(
        ({ entry }) => entry.recordKind === 'file' && entry.recordCode === fileCode,
      );
      if (listed || (await tx.records.getFile(fileCode))?.fields.riskRecovery === '1') await markOne(ctx, tx, 'file', fileCode, now(ctx));
    });
  } catch (error) {
    ctx.log.warn('riskRecoveryStatus refresh failed', { fileCode, error: String(error) });
  }
}

/** Refresh every listed record's riskRecoveryStatus (after an audit or a rebuild); logged, never thrown. */
export async function refreshRiskRecoveryStatusQuietly(ctx: Context): Promise<void> {
  await refreshRiskRecoveryStatus(ctx).catch((error: unknown) =>
    ctx.log.warn('riskRecoveryStatus refresh failed', { error: String(error) }),
  );
}

export async function refreshRiskRecoveryStatus(ctx: Context): Promise<RefreshSummary> {
  return ctx.catalogue.transaction(async (tx) => {
    const at = now(ctx);
    const seen = new Set<string>();
    const summary: RefreshSummary = { checked: 0, backedUp: 0, notYet: 0 };
    for (const { entry } of await tx.selection.listApprovedEntries()) {
      const key = entryKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const status = await markOne(ctx, tx, entry.recordKind, entry.recordCode, at);
      if (status === undefined) continue;
      summary.checked += 1;
      if (status === '01') summary.backedUp += 1;
      else summary.notYet += 1;
    }
    return summary;
  });
}
