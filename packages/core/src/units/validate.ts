import type { Finding } from '../findings.js';
import { dayAfter, displayUnitDate, inPeriod, isUnitDate } from './dates.js';
import type { Succession, Unit, UnitVersion } from './model.js';
import { UNIT_ID_PATTERN } from './model.js';
import { endingsByUnit } from './timeline.js';

/**
 * Checks over unit data. Findings are data with stable codes (docs/findings.md, "Đơn vị");
 * messages are Vietnamese. Errors make answers wrong (two versions at once, a loop); warnings
 * make them incomplete (a gap in a history, a succession whose dates do not meet).
 */

const err = (code: string, message: string, path: string): Finding => ({ code, severity: 'error', message, path });
const warn = (code: string, message: string, path: string): Finding => ({ code, severity: 'warning', message, path });
const d = displayUnitDate;

function byFrom(a: UnitVersion, b: UnitVersion): number {
  return a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0;
}

/** Overlaps, gaps, bad ranges and bad codes within one unit's versions. */
export function checkHistory(unitId: string, versions: readonly UnitVersion[], kind?: Unit['kind']): Finding[] {
  const path = `units/${unitId}`;
  const findings: Finding[] = [];
  const usable: UnitVersion[] = [];
  for (const v of versions) {
    const at = `${path}/versions/${v.validFrom}`;
    if (!isUnitDate(v.validFrom) || (v.validTo !== null && !isUnitDate(v.validTo))) {
      findings.push(
        err(
          'DP-UNIT-DATE-INVALID',
          `Phiên bản của ${unitId} có ngày không hợp lệ (${v.validFrom} – ${v.validTo ?? '…'}); dùng YYYY-MM-DD.`,
          at,
        ),
      );
      continue;
    }
    if (v.validTo !== null && v.validTo < v.validFrom) {
      findings.push(
        err(
          'DP-UNIT-VERSION-RANGE',
          `Phiên bản "${v.name}" của ${unitId} kết thúc (${d(v.validTo)}) trước khi bắt đầu (${d(v.validFrom)}).`,
          at,
        ),
      );
      continue;
    }
    if (v.adminCode !== null && !(kind === 'province' ? /^\d{2}$/ : /^\d+$/).test(v.adminCode)) {
      findings.push(
        err(
          'DP-UNIT-ADMIN-CODE-FORMAT',
          `Mã đơn vị hành chính "${v.adminCode}" của "${v.name}" phải là chữ số${kind === 'province' ? ', đúng 2 chữ số (giữ số 0 đầu)' : ''}.`,
          at,
        ),
      );
    }
    usable.push(v);
  }
  const sorted = [...usable].sort(byFrom);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as UnitVersion;
    const next = sorted[i] as UnitVersion;
    const at = `${path}/versions/${next.validFrom}`;
    if (prev.validTo === null || next.validFrom <= prev.validTo) {
      findings.push(
        err(
          'DP-UNIT-VERSION-OVERLAP',
          `Hai phiên bản của ${unitId} cùng hiệu lực: "${prev.name}" từ ${d(prev.validFrom)} đến ${prev.validTo ? d(prev.validTo) : 'nay'} và "${next.name}" từ ${d(next.validFrom)}.`,
          at,
        ),
      );
    } else if (dayAfter(prev.validTo) !== next.validFrom) {
      findings.push(
        warn(
          'DP-UNIT-VERSION-GAP',
          `Lịch sử của ${unitId} bị gián đoạn: không có phiên bản nào từ ${d(dayAfter(prev.validTo))} đến trước ${d(next.validFrom)}.`,
          at,
        ),
      );
    }
  }
  return findings;
}

/** Every check over a whole set of units, versions and successions (e.g. the seed, or the catalogue's contents). */
export function validateUnits(data: {
  units: readonly Unit[];
  versions: readonly UnitVersion[];
  successions: readonly Succession[];
}): Finding[] {
  const findings: Finding[] = [];
  const units = new Map(data.units.map((u) => [u.id, u]));
  const versionsOf = new Map<string, UnitVersion[]>();
  for (const v of data.versions) versionsOf.set(v.unitId, [...(versionsOf.get(v.unitId) ?? []), v]);

  for (const u of data.units) {
    if (!UNIT_ID_PATTERN.test(u.id))
      findings.push(
        err('DP-UNIT-ID-INVALID', `Mã định danh đơn vị "${u.id}" không hợp lệ: chỉ chữ thường không dấu, số và dấu "-".`, `units/${u.id}`),
      );
    if (!versionsOf.has(u.id))
      findings.push(warn('DP-UNIT-NO-VERSION', `Đơn vị ${u.id} chưa có phiên bản nào (tên, loại, mã).`, `units/${u.id}`));
  }
  for (const [unitId, versions] of versionsOf) {
    const unit = units.get(unitId);
    if (!unit)
      findings.push(err('DP-UNIT-UNKNOWN', `Có phiên bản cho đơn vị ${unitId} nhưng đơn vị này không tồn tại.`, `units/${unitId}`));
    findings.push(...checkHistory(unitId, versions, unit?.kind));
    for (const v of versions) {
      if (v.parentId === null) continue;
      const at = `units/${unitId}/versions/${v.validFrom}`;
      const parentVersions = versionsOf.get(v.parentId);
      if (!units.has(v.parentId)) findings.push(err('DP-UNIT-UNKNOWN', `Đơn vị cấp trên ${v.parentId} của "${v.name}" không tồn tại.`, at));
      else if (!parentVersions?.some((p) => inPeriod(v.validFrom, p)))
        findings.push(
          warn('DP-UNIT-PARENT-NOT-IN-FORCE', `Đơn vị cấp trên ${v.parentId} của "${v.name}" không có hiệu lực vào ${d(v.validFrom)}.`, at),
        );
    }
  }
  findings.push(...checkCodeClashes(data.units, data.versions));
  findings.push(...checkSuccessions(units, versionsOf, data.successions));
  return findings;
}

/** Two units with the same administrative code (same kind) or the same agency code at the same time. */
function checkCodeClashes(units: readonly Unit[], versions: readonly UnitVersion[]): Finding[] {
  const kindOf = new Map(units.map((u) => [u.id, u.kind]));
  const findings: Finding[] = [];
  const groups = new Map<string, UnitVersion[]>();
  for (const v of versions) {
    if (v.adminCode !== null)
      groups.set(`admin ${kindOf.get(v.unitId) ?? '?'} ${v.adminCode}`, [
        ...(groups.get(`admin ${kindOf.get(v.unitId) ?? '?'} ${v.adminCode}`) ?? []),
        v,
      ]);
    if (v.agencyCode !== null) groups.set(`agency ${v.agencyCode}`, [...(groups.get(`agency ${v.agencyCode}`) ?? []), v]);
  }
  for (const [key, list] of groups) {
    const sorted = [...list].sort(byFrom);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] as UnitVersion;
        const b = sorted[j] as UnitVersion;
        if (a.unitId === b.unitId || (a.validTo !== null && a.validTo < b.validFrom)) continue;
        const code = key.split(' ').at(-1) ?? '';
        findings.push(
          err(
            'DP-UNIT-CODE-CLASH',
            `Mã ${code} được dùng cùng lúc cho "${a.name}" (${a.unitId}) và "${b.name}" (${b.unitId}) từ ${d(b.validFrom)}.`,
            `units/${b.unitId}/versions/${b.validFrom}`,
          ),
        );
      }
    }
  }
  return findings;
}

function checkSuccessions(units: Map<string, Unit>, versionsOf: Map<string, UnitVersion[]>, successions: readonly Succession[]): Finding[] {
  const findings: Finding[] = [];
  for (const s of successions) {
    const path = `successions/${s.id}`;
    if (!isUnitDate(s.date)) findings.push(err('DP-UNIT-DATE-INVALID', `Sự kiện kế thừa ${s.id} có ngày không hợp lệ "${s.date}".`, path));
    if (s.from.length === 0 || s.to.length === 0)
      findings.push(err('DP-UNIT-SUCCESSION-EMPTY', `Sự kiện kế thừa ${s.id} phải có đơn vị trước và đơn vị sau.`, path));
    for (const id of [...s.from, ...s.to]) {
      if (!units.has(id)) findings.push(err('DP-UNIT-UNKNOWN', `Sự kiện kế thừa ${s.id} nhắc đến đơn vị ${id} không tồn tại.`, path));
    }
    if (!isUnitDate(s.date)) continue;
    for (const id of s.from) {
      const stillInForce = !s.to.includes(id) && versionsOf.get(id)?.some((v) => inPeriod(s.date, v));
      if (stillInForce)
        findings.push(
          warn(
            'DP-UNIT-SUCCESSION-DATES',
            `Đơn vị ${id} chấm dứt theo ${s.id} từ ${d(s.date)} nhưng vẫn có phiên bản hiệu lực ngày đó.`,
            path,
          ),
        );
    }
    for (const id of s.to) {
      if (units.has(id) && !versionsOf.get(id)?.some((v) => inPeriod(s.date, v)))
        findings.push(
          warn('DP-UNIT-SUCCESSION-DATES', `Đơn vị ${id} kế thừa theo ${s.id} nhưng không có phiên bản hiệu lực ngày ${d(s.date)}.`, path),
        );
    }
  }
  const endings = endingsByUnit(successions);
  for (const [unitId, list] of endings) {
    if (list.length > 1)
      findings.push(
        err(
          'DP-UNIT-ENDED-TWICE',
          `Đơn vị ${unitId} chấm dứt nhiều lần (${list.map((s) => s.id).join(', ')}); mỗi đơn vị chỉ chấm dứt một lần.`,
          `units/${unitId}`,
        ),
      );
  }
  findings.push(...findCycles(endings));
  return findings;
}

/** Loops in the roll-up graph (an ended unit → the units that carry it on), each reported once. */
function findCycles(endings: Map<string, Succession[]>): Finding[] {
  const findings: Finding[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const s of endings.get(id) ?? []) {
      for (const next of s.to) {
        if (state.get(next) === 'open') {
          const loop = [...stack.slice(stack.indexOf(next)), next];
          findings.push(
            err(
              'DP-UNIT-SUCCESSION-CYCLE',
              `Vòng lặp kế thừa: ${loop.join(' → ')}. Mã định danh đơn vị không được dùng lại.`,
              `units/${next}`,
            ),
          );
        } else if (!state.has(next)) visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...endings.keys()].sort()) if (!state.has(id)) visit(id);
  return findings;
}

/** Something attached to a unit at a date: a record, a plan, a report. `ref` names it in findings. */
export interface UnitAttachment {
  unitId: string;
  date: string;
  ref?: string;
}

/**
 * Whether each attachment's unit existed on its date. A unit created by a recorded succession did
 * not exist before it: an error. A unit whose history simply starts later than the date (the seed
 * starts at its horizon, not at each unit's founding) may have existed: a warning.
 */
export function checkAttachments(
  attachments: readonly UnitAttachment[],
  versions: readonly UnitVersion[],
  successions: readonly Succession[],
): Finding[] {
  const versionsOf = new Map<string, UnitVersion[]>();
  for (const v of versions) versionsOf.set(v.unitId, [...(versionsOf.get(v.unitId) ?? []), v]);
  const created = new Set(successions.flatMap((s) => s.to.filter((id) => !s.from.includes(id))));
  const findings: Finding[] = [];
  for (const a of attachments) {
    const what = a.ref ?? `mục ngày ${d(a.date)}`;
    const path = a.ref ?? `units/${a.unitId}`;
    const history = versionsOf.get(a.unitId);
    if (!history) {
      findings.push(err('DP-UNIT-UNKNOWN', `${what} gắn với đơn vị ${a.unitId} không tồn tại.`, path));
      continue;
    }
    if (history.some((v) => inPeriod(a.date, v))) continue;
    const first = [...history].sort(byFrom)[0] as UnitVersion;
    if (a.date < first.validFrom && !created.has(a.unitId)) {
      findings.push(
        warn(
          'DP-UNIT-BEFORE-HISTORY',
          `${what} (ngày ${d(a.date)}) gắn với "${first.name}", nhưng lịch sử đơn vị này chỉ được ghi từ ${d(first.validFrom)}.`,
          path,
        ),
      );
    } else {
      findings.push(
        err(
          'DP-UNIT-NOT-IN-FORCE',
          `${what} (ngày ${d(a.date)}) gắn với "${first.name}" (${a.unitId}), đơn vị không tồn tại vào ngày đó.`,
          path,
        ),
      );
    }
  }
  return findings;
}
