import type { Succession, UnitVersion } from '../units/model.js';

/*
 * A user's units, expanded: the units assigned to them, every unit under those (by `parentId` in
 * any version: an agency that once belonged to the province stays in its archive's scope), and
 * every predecessor through successions (the 2025 mergers: the merged province's archive sees
 * the records of the provinces it was formed from), repeated until nothing new is added.
 */
export function expandScope(
  assigned: readonly string[],
  versions: readonly UnitVersion[],
  successions: readonly Succession[],
): Set<string> {
  const children = new Map<string, Set<string>>();
  for (const v of versions) {
    if (v.parentId === null) continue;
    const set = children.get(v.parentId) ?? new Set<string>();
    set.add(v.unitId);
    children.set(v.parentId, set);
  }
  const predecessors = new Map<string, Set<string>>();
  for (const s of successions) {
    for (const to of s.to) {
      const set = predecessors.get(to) ?? new Set<string>();
      for (const from of s.from) if (from !== to) set.add(from);
      predecessors.set(to, set);
    }
  }
  const scope = new Set<string>();
  const queue = [...assigned];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (scope.has(id)) continue;
    scope.add(id);
    for (const next of children.get(id) ?? []) queue.push(next);
    for (const next of predecessors.get(id) ?? []) queue.push(next);
  }
  return scope;
}
