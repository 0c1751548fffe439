/**
 * Whom the audit believes. The reference inventory of an object is decided from independent
 * witnesses, never from "the newest" or "the most copies" alone (docs/decisions/0009):
 * - the catalogue: its recorded head and, per version, logical path → sha256, written only by
 *   verified commits;
 * - each copy's root inventory, and only when its sidecar verifies.
 * The reference is an inventory whose head equals the catalogue's head and whose state for every
 * catalogued version matches the catalogue. A version above the catalogue's head is unknown: it is
 * never the reference. Without a catalogue witness (no recorded files, e.g. data older than the
 * version-files table) the majority of verifying inventories decides, and a tie stops.
 */
import type { Inventory } from '../ocfl/inventory.js';
import { stateOf } from '../ocfl/reader.js';

export interface CatalogueWitness {
  head: number;
  /** version number → logical path → sha256, for the versions whose files the catalogue recorded */
  versions: Map<number, Map<string, string>>;
}

/** A copy's root inventory; pass only those whose sidecar verifies. */
export interface InventoryWitness {
  site: string;
  digest: string;
  inventory: Inventory;
}

export type ReferenceIncidentCode = 'DP-AUDIT-WITNESS-DISAGREE' | 'DP-AUDIT-CONFLICT' | 'DP-AUDIT-NO-SOURCE';

export interface WitnessComparison {
  site: string;
  head: number;
  /** first difference with the catalogue, in words; undefined when every catalogued version agrees */
  mismatch?: string;
  /** versions above the catalogue's head */
  unknownVersions: number[];
}

export type ReferenceDecision =
  | {
      kind: 'reference';
      head: number;
      digest: string;
      sites: string[];
      basis: 'catalogue' | 'majority';
      comparisons: WitnessComparison[];
      /** one line naming every witness and what it said: the PREMIS event's detail */
      witnesses: string;
    }
  | { kind: 'incident'; code: ReferenceIncidentCode; detail: string; comparisons: WitnessComparison[]; witnesses: string };

const short = (d: string | undefined) => (d === undefined ? 'không có' : `${d.slice(0, 12)}…`);

function headOf(inventory: Inventory): number {
  const n = Number(/^v(\d+)$/.exec(inventory.head)?.[1] ?? NaN);
  return Number.isInteger(n) ? n : 0;
}

/** Compare one inventory with what the catalogue recorded, version by version. */
export function compareWithCatalogue(site: string, inventory: Inventory, catalogue: CatalogueWitness): WitnessComparison {
  const head = headOf(inventory);
  const unknownVersions: number[] = [];
  for (let n = catalogue.head + 1; n <= head; n++) unknownVersions.push(n);
  for (let n = 1; n <= Math.min(head, catalogue.head); n++) {
    const recorded = catalogue.versions.get(n);
    if (!recorded) continue; // the catalogue has no files for this version: no witness either way
    let state: Map<string, string>;
    try {
      state = new Map([...stateOf(inventory, `v${n}`)].map(([path, e]) => [path, e.digest]));
    } catch (error) {
      return { site, head, unknownVersions, mismatch: `v${n}: ${(error as Error).message}` };
    }
    for (const [path, digest] of recorded)
      if (state.get(path) !== digest.toLowerCase())
        return { site, head, unknownVersions, mismatch: `v${n} ${path}: ${short(state.get(path))} ≠ ${short(digest)}` };
    for (const path of state.keys())
      if (!recorded.has(path))
        return { site, head, unknownVersions, mismatch: `v${n} ${path}: có trong inventory, không có trong danh mục` };
  }
  return { site, head, unknownVersions };
}

function describeWitnesses(catalogue: CatalogueWitness | undefined, comparisons: WitnessComparison[], unverified: string[]): string {
  const parts: string[] = [];
  parts.push(catalogue ? `danh mục: v${catalogue.head}` : 'danh mục: không có bản ghi tệp (bỏ phiếu đa số)');
  for (const c of comparisons) {
    const said = c.mismatch ? `≠ danh mục (${c.mismatch})` : catalogue ? '= danh mục' : 'sidecar khớp';
    const unknown = c.unknownVersions.length > 0 ? `, phiên bản lạ ${c.unknownVersions.map((n) => `v${n}`).join(',')}` : '';
    parts.push(`${c.site}: inventory v${c.head} ${said}${unknown}`);
  }
  if (unverified.length > 0) parts.push(`${unverified.join(',')}: inventory không có sidecar khớp (không làm chứng)`);
  return parts.join('; ');
}

function largestGroup(witnesses: InventoryWitness[]): { digest: string; head: number; sites: string[] } | 'tie' | undefined {
  const groups = new Map<string, { digest: string; head: number; sites: string[] }>();
  for (const w of witnesses) {
    const g = groups.get(w.digest) ?? { digest: w.digest, head: headOf(w.inventory), sites: [] };
    g.sites.push(w.site);
    groups.set(w.digest, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.sites.length - a.sites.length);
  if (sorted.length === 0) return undefined;
  if (sorted.length > 1 && sorted[0]!.sites.length === sorted[1]!.sites.length) return 'tie';
  return sorted[0]!;
}

/**
 * Decide the reference. `verified` are the copies whose root inventory's sidecar verifies;
 * `unverified` names the reachable copies whose inventory is absent, unparseable or unsigned.
 */
export function decideReference(
  catalogue: CatalogueWitness | undefined,
  verified: InventoryWitness[],
  unverified: string[] = [],
): ReferenceDecision {
  const witnessed = catalogue !== undefined && catalogue.head > 0 && catalogue.versions.has(catalogue.head) ? catalogue : undefined;
  if (!witnessed) {
    const comparisons = verified.map((w) => ({ site: w.site, head: headOf(w.inventory), unknownVersions: [] }));
    const witnesses = describeWitnesses(undefined, comparisons, unverified);
    const group = largestGroup(verified);
    if (group === undefined)
      return { kind: 'incident', code: 'DP-AUDIT-NO-SOURCE', detail: 'không bản sao nào có inventory hợp lệ', comparisons, witnesses };
    if (group === 'tie') {
      const detail = `các bản sao không thống nhất về inventory và danh mục không ghi tệp để phân xử: ${verified.map((w) => w.site).join(' ≠ ')}`;
      return { kind: 'incident', code: 'DP-AUDIT-CONFLICT', detail, comparisons, witnesses };
    }
    return { kind: 'reference', ...group, basis: 'majority', comparisons, witnesses };
  }

  const comparisons = verified.map((w) => compareWithCatalogue(w.site, w.inventory, witnessed));
  const witnesses = describeWitnesses(witnessed, comparisons, unverified);
  const candidates = verified.filter((w, i) => comparisons[i]!.mismatch === undefined && comparisons[i]!.head === witnessed.head);
  const group = largestGroup(candidates);
  if (group === 'tie') {
    const detail = `các bản sao khớp danh mục nhưng inventory khác nhau, không có đa số: ${candidates.map((w) => w.site).join(' ≠ ')}`;
    return { kind: 'incident', code: 'DP-AUDIT-CONFLICT', detail, comparisons, witnesses };
  }
  if (group === undefined) {
    if (verified.length === 0)
      return { kind: 'incident', code: 'DP-AUDIT-NO-SOURCE', detail: 'không bản sao nào có inventory hợp lệ', comparisons, witnesses };
    // Say which witness disagreed with which: sites grouped by the difference they show.
    const bySaying = new Map<string, string[]>();
    for (const c of comparisons) {
      const saying = c.mismatch
        ? `danh mục v${witnessed.head} ở ${c.mismatch}`
        : c.head < witnessed.head
          ? `danh mục v${witnessed.head}: bản sao mới ở v${c.head}`
          : `danh mục v${witnessed.head}: bản sao có phiên bản lạ ${c.unknownVersions.map((n) => `v${n}`).join(',')}`;
      bySaying.set(saying, [...(bySaying.get(saying) ?? []), c.site]);
    }
    const detail = [...bySaying].map(([saying, sites]) => `inventory của site ${sites.join(',')} ≠ ${saying}`).join('; ');
    return { kind: 'incident', code: 'DP-AUDIT-WITNESS-DISAGREE', detail, comparisons, witnesses };
  }
  return { kind: 'reference', ...group, basis: 'catalogue', comparisons, witnesses };
}
