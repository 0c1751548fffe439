import type { BackupObject, Copy } from '../model/catalogue.js';
import { placeCopies, type Placement, type PlacementCandidate, type ReplicationPolicy } from '../policy/replication.js';

/**
 * TT05 `riskRecovery` / `riskRecoveryStatus` of a record on an approved backup list:
 * riskRecovery = 1; status 01 (backed up) only when its backup object meets the replication
 * policy with every required copy verified `ok` at the head version, else 02 (not yet).
 */
export const RISK_RECOVERY_ON = '1';
export type RiskRecoveryStatus = '01' | '02';

/** A copy that counts: `ok`, at (or past) the head version, and verified at least once. */
export function copyCounts(copy: Copy, head: number): boolean {
  return copy.status === 'ok' && copy.version >= head && copy.verifiedAt !== null;
}

/**
 * The status from the object, its copies and the policy's placement over the sites holding
 * them (see `assessRiskRecovery`): 01 when the placement has no shortfall and each of its sites
 * holds a copy that counts.
 */
export function riskRecoveryStatus(object: BackupObject | undefined, copies: readonly Copy[], placement: Placement): RiskRecoveryStatus {
  if (!object || object.head < 1) return '02';
  if (!placement.acceptable || placement.shortfalls.length > 0 || placement.sites.length === 0) return '02';
  const bySite = new Map(copies.filter((c) => c.objectId === object.id).map((c) => [c.site, c]));
  return placement.sites.every((s) => {
    const c = bySite.get(s);
    return c !== undefined && copyCounts(c, object.head);
  })
    ? '01'
    : '02';
}

export interface RiskRecoveryAssessment {
  status: RiskRecoveryStatus;
  /** Why it is 02, in Vietnamese (empty for 01). */
  reasons: string[];
  placement: Placement;
}

/**
 * Judge one object: place the policy over the sites whose copy counts (so a damaged or stale
 * copy never fills a required place), then apply `riskRecoveryStatus`.
 */
export function assessRiskRecovery(
  object: BackupObject | undefined,
  copies: readonly Copy[],
  sites: readonly PlacementCandidate[],
  policy: ReplicationPolicy,
): RiskRecoveryAssessment {
  if (!object || object.head < 1)
    return { status: '02', reasons: ['chưa có bản sao dự phòng'], placement: { sites: [], shortfalls: [], acceptable: false } };
  const good = new Set(copies.filter((c) => c.objectId === object.id && copyCounts(c, object.head)).map((c) => c.site));
  const placement = placeCopies(
    sites.filter((s) => good.has(s.name)),
    policy,
  );
  const status = riskRecoveryStatus(object, copies, placement);
  const reasons: string[] = [];
  if (status === '02') {
    const bad = copies.filter((c) => c.objectId === object.id && !good.has(c.site));
    for (const c of bad)
      reasons.push(`bản sao tại ${c.site}: ${c.status}, v${c.version}/${object.head}${c.verifiedAt ? '' : ', chưa kiểm tra'}`);
    reasons.push(...placement.shortfalls);
    if (!placement.acceptable && placement.shortfalls.length === 0) reasons.push('chưa đủ hai bản sao hợp lệ');
  }
  return { status, reasons, placement };
}
