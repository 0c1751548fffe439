import type { Finding } from '../findings.js';
import { displayUnitDate, inPeriod } from './dates.js';
import type { Succession, UnitVersion } from './model.js';

/** The version of `unitId` in force on `date`, if any. */
export function unitAt(versions: readonly UnitVersion[], unitId: string, date: string): UnitVersion | undefined {
  return versions.find((v) => v.unitId === unitId && inPeriod(date, v));
}

/**
 * The succession that ends each unit: the unit is in `from` and not in `to` (a unit in both, like
 * a province absorbing a neighbour or keeping its name through a split, continues). Earliest
 * first; more than one is a data error that `validateUnits` reports.
 */
export function endingsByUnit(successions: readonly Succession[]): Map<string, Succession[]> {
  const endings = new Map<string, Succession[]>();
  for (const s of successions) {
    for (const id of s.from) {
      if (s.to.includes(id)) continue;
      const list = endings.get(id) ?? [];
      list.push(s);
      endings.set(id, list);
    }
  }
  for (const list of endings.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return endings;
}

/**
 * The units that carry `unitId` on `date`, following successions transitively: a province merged
 * on 01/07/2025 into one that is itself merged later rolls into the one in force on `date`.
 * `[unitId]` when it has not ended by then; several ids after a split; `[]` when the chain ends
 * without a successor or loops (a cycle, reported by `validateUnits`).
 */
export function successorsAt(successions: readonly Succession[], unitId: string, date: string): string[] {
  return successorsWith(endingsByUnit(successions), unitId, date);
}

function successorsWith(endings: Map<string, Succession[]>, unitId: string, date: string): string[] {
  const result = new Set<string>();
  const seen = new Set<string>();
  const walk = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const end = endings.get(id)?.find((s) => s.date <= date);
    if (!end) {
      result.add(id);
      return;
    }
    for (const next of end.to) walk(next);
  };
  walk(unitId);
  return [...result].sort();
}

/** Something attached to a unit (a plan, a report, a fonds), optionally dated. */
export interface RollUpItem {
  unitId: string;
  date?: string | undefined;
}

export interface RollUpTotal {
  /** The unit in force at `at` that the items roll into. */
  unitId: string;
  count: number;
  /** Where the items were attached, with counts (the unit itself included). */
  from: Array<{ unitId: string; count: number }>;
}

export interface RollUpResult {
  at: string;
  totals: RollUpTotal[];
  /** Items that roll into no single unit (split, or a chain without successor): counted nowhere. */
  unresolved: Array<{ unitId: string; candidates: string[]; count: number }>;
  findings: Finding[];
}

/**
 * Count items per unit in force at `at`. Items attached to a unit that was later merged are
 * counted in its successor; items of a unit that was split are not divided by guesswork: they
 * are listed as unresolved with the candidate units. An item dated on or after the day its unit
 * ended was attached to a unit that no longer existed: it still rolls up, with a finding.
 */
export function rollUp(items: readonly RollUpItem[], successions: readonly Succession[], at: string): RollUpResult {
  const endings = endingsByUnit(successions);
  const totals = new Map<string, Map<string, number>>();
  const unresolved = new Map<string, { candidates: string[]; count: number }>();
  const findings: Finding[] = [];
  const lateReported = new Set<string>();

  for (const item of items) {
    const ended = endings.get(item.unitId)?.[0];
    if (item.date !== undefined && ended && ended.date <= item.date && !lateReported.has(`${item.unitId} ${item.date}`)) {
      lateReported.add(`${item.unitId} ${item.date}`);
      findings.push({
        code: 'DP-UNIT-ATTACHED-AFTER-END',
        severity: 'error',
        message: `Mục ghi ngày ${displayUnitDate(item.date)} gắn với đơn vị ${item.unitId}, nhưng đơn vị này đã chấm dứt từ ${displayUnitDate(ended.date)} (${ended.id}).`,
        path: `units/${item.unitId}`,
      });
    }
    const targets = successorsWith(endings, item.unitId, at);
    if (targets.length === 1) {
      const target = targets[0] as string;
      const sources = totals.get(target) ?? new Map<string, number>();
      sources.set(item.unitId, (sources.get(item.unitId) ?? 0) + 1);
      totals.set(target, sources);
    } else {
      const entry = unresolved.get(item.unitId) ?? { candidates: targets, count: 0 };
      entry.count += 1;
      unresolved.set(item.unitId, entry);
    }
  }

  for (const [unitId, { candidates }] of unresolved) {
    findings.push(
      candidates.length > 1
        ? {
            code: 'DP-UNIT-ROLLUP-SPLIT',
            severity: 'warning',
            message: `Đơn vị ${unitId} đã được chia thành ${candidates.join(', ')} trước ${displayUnitDate(at)}: các mục của nó không được cộng vào đơn vị nào, cần phân bổ thủ công.`,
            path: `units/${unitId}`,
          }
        : {
            code: 'DP-UNIT-ROLLUP-NO-SUCCESSOR',
            severity: 'warning',
            message: `Đơn vị ${unitId} không có đơn vị kế thừa tại ${displayUnitDate(at)} (chuỗi kế thừa đứt hoặc vòng lặp): các mục của nó không được cộng.`,
            path: `units/${unitId}`,
          },
    );
  }

  const byId = (a: { unitId: string }, b: { unitId: string }): number => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
  return {
    at,
    totals: [...totals]
      .map(([unitId, sources]) => ({
        unitId,
        count: [...sources.values()].reduce((sum, n) => sum + n, 0),
        from: [...sources].map(([from, count]) => ({ unitId: from, count })).sort(byId),
      }))
      .sort(byId),
    unresolved: [...unresolved].map(([unitId, entry]) => ({ unitId, ...entry })).sort(byId),
    findings,
  };
}
