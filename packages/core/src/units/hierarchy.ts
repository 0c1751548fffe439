import type { UnitVersion } from './model.js';
import { inPeriod } from './dates.js';

/**
 * A unit and every unit under it on `date` (a province and its agencies, a ministry and its
 * bodies), following `parentId` of the versions in force then. Cycles in bad data stop the walk.
 */
export function unitsUnder(versions: readonly UnitVersion[], rootId: string, date: string): string[] {
  const children = new Map<string, string[]>();
  for (const v of versions) {
    if (v.parentId === null || !inPeriod(date, v)) continue;
    children.set(v.parentId, [...(children.get(v.parentId) ?? []), v.unitId]);
  }
  const out = [rootId];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++)
    for (const c of children.get(out[i]!) ?? [])
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
  return out;
}
