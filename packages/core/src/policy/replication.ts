import type { Medium, Region } from '../model/site.js';

export interface ReplicationPolicy {
  copies: number;
  minRegions: number;
  minMedia: number;
}

export const DEFAULT_POLICY: ReplicationPolicy = { copies: 3, minRegions: 2, minMedia: 2 };

/** TT05: at least two backup sets on independent media — the floor no configuration can lower. */
export const MIN_COPIES = 2;

export interface PlacementCandidate {
  name: string;
  region: Region;
  medium: Medium;
  online: boolean;
}

export interface Placement {
  sites: string[];
  /** Empty when the policy is met; otherwise what is missing, in Vietnamese. */
  shortfalls: string[];
  /** False when fewer than MIN_COPIES sites exist at all: nothing may be stored. */
  acceptable: boolean;
}

export function policyProblems(policy: ReplicationPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(policy.copies) || policy.copies < MIN_COPIES)
    problems.push(`chính sách phải có ít nhất ${MIN_COPIES} bản sao trên phương tiện độc lập (TT05)`);
  if (policy.minRegions > policy.copies) problems.push('số vùng tối thiểu vượt số bản sao');
  if (policy.minMedia > policy.copies) problems.push('số loại phương tiện tối thiểu vượt số bản sao');
  return problems;
}

function diversity(chosen: PlacementCandidate[]): [number, number, number] {
  const regions = new Set(chosen.map((c) => c.region)).size;
  const media = new Set(chosen.map((c) => c.medium)).size;
  const online = chosen.filter((c) => c.online).length;
  return [regions, media, online];
}

function better(a: [number, number, number], b: [number, number, number], policy: ReplicationPolicy): boolean {
  // Meeting each policy minimum matters most; beyond that prefer online sites, then more diversity.
  const score = (d: [number, number, number]) => [Math.min(d[0], policy.minRegions) + Math.min(d[1], policy.minMedia), d[2], d[0] + d[1]];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i]! !== sb[i]!) return sa[i]! > sb[i]!;
  return false;
}

function* combinations<T>(items: T[], k: number, start = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield [...acc];
    return;
  }
  for (let i = start; i <= items.length - (k - acc.length); i++) {
    acc.push(items[i]!);
    yield* combinations(items, k, i + 1, acc);
    acc.pop();
  }
}

/**
 * Choose the sites for a new object's copies. Offline sites may be chosen (their copy stays
 * `pending` until they return); a placement that misses a policy minimum is reported, not hidden.
 */
export function placeCopies(candidates: PlacementCandidate[], policy: ReplicationPolicy): Placement {
  const sorted = [...candidates].sort((a, b) => a.name.localeCompare(b.name));
  const k = Math.min(policy.copies, sorted.length);
  let best: PlacementCandidate[] = sorted.slice(0, k);
  if (sorted.length <= 16) {
    for (const combo of combinations(sorted, k)) if (better(diversity(combo), diversity(best), policy)) best = combo;
  }
  const [regions, media] = diversity(best);
  const shortfalls: string[] = [];
  if (best.length < policy.copies) shortfalls.push(`chỉ có ${best.length}/${policy.copies} site để đặt bản sao`);
  if (regions < policy.minRegions) shortfalls.push(`chỉ ${regions}/${policy.minRegions} vùng (Bắc/Trung/Nam)`);
  if (media < policy.minMedia) shortfalls.push(`chỉ ${media}/${policy.minMedia} loại phương tiện lưu trữ`);
  return { sites: best.map((c) => c.name), shortfalls, acceptable: best.length >= MIN_COPIES };
}
