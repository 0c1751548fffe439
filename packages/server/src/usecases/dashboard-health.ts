import type { Bilingual } from './incident-words.js';

/*
 * The one status word of the dashboard and why. It can only be 'ok' when nothing below is wrong:
 * an open incident, a damaged or missing copy, a record whose replication policy is unmet, an
 * overdue audit, a site offline or a failed job each lower it.
 */
export type Health = 'ok' | 'warning' | 'critical';

export interface HealthFacts {
  openIncidents: { critical: number; high: number; medium: number };
  copies: { damaged: number; missing: number; pending: number };
  policyUnmet: number;
  /** Records with fewer verified copies than TT05's floor of two (MIN_COPIES): one more loss and they are gone. */
  policyBelowFloor: number;
  auditOverdue: number;
  sitesOffline: string[];
  jobsFailed: number;
}

export interface HealthVerdict {
  health: Health;
  reasons: Array<{ level: Exclude<Health, 'ok'> } & Bilingual>;
}

export function judgeHealth(f: HealthFacts): HealthVerdict {
  const reasons: HealthVerdict['reasons'] = [];
  const add = (level: Exclude<Health, 'ok'>, vi: string, en: string) => reasons.push({ level, vi, en });
  const incidents = f.openIncidents.critical + f.openIncidents.high + f.openIncidents.medium;
  if (f.openIncidents.critical > 0)
    add('critical', `${f.openIncidents.critical} sự cố nghiêm trọng chưa xử lý`, `${f.openIncidents.critical} critical incident(s) open`);
  if (incidents - f.openIncidents.critical > 0)
    add(
      'warning',
      `${incidents - f.openIncidents.critical} sự cố khác chưa xử lý`,
      `${incidents - f.openIncidents.critical} other incident(s) open`,
    );
  if (f.copies.damaged > 0) add('critical', `${f.copies.damaged} bản sao bị hỏng`, `${f.copies.damaged} damaged cop(ies)`);
  if (f.copies.missing > 0) add('critical', `${f.copies.missing} bản sao bị mất`, `${f.copies.missing} missing cop(ies)`);
  if (f.policyBelowFloor > 0)
    add(
      'critical',
      `${f.policyBelowFloor} hồ sơ có ít hơn hai bản sao đã kiểm chứng (mức tối thiểu của Thông tư 05)`,
      `${f.policyBelowFloor} record(s) have fewer than two verified copies (Circular 05's minimum)`,
    );
  if (f.policyUnmet > 0)
    add(
      'warning',
      `${f.policyUnmet} hồ sơ chưa đạt chính sách nhân bản (số bản sao đã kiểm chứng, số vùng, số loại phương tiện)`,
      `${f.policyUnmet} record(s) do not meet the replication policy (verified copies, regions, kinds of medium)`,
    );
  if (f.auditOverdue > 0)
    add('warning', `${f.auditOverdue} bản sao quá hạn kiểm tra toàn vẹn`, `${f.auditOverdue} cop(ies) overdue for a fixity audit`);
  if (f.sitesOffline.length > 0)
    add('warning', `Site ngoại tuyến: ${f.sitesOffline.join(', ')}`, `Sites offline: ${f.sitesOffline.join(', ')}`);
  if (f.copies.pending > 0)
    add(
      'warning',
      `${f.copies.pending} bản sao đang chờ sao chép hoặc kiểm chứng`,
      `${f.copies.pending} cop(ies) waiting to be copied or verified`,
    );
  if (f.jobsFailed > 0) add('warning', `${f.jobsFailed} tác vụ nền thất bại`, `${f.jobsFailed} background job(s) failed`);
  const health: Health = reasons.some((r) => r.level === 'critical') ? 'critical' : reasons.length > 0 ? 'warning' : 'ok';
  return { health, reasons };
}
