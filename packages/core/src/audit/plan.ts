/**
 * Audit decisions for one object across its copies: pure, so every rule is unit-tested.
 * The reference inventory is decided from witnesses (reference.ts); a file is repaired only from a
 * copy where it was re-read in this audit and hashed to the reference digest. The reference
 * manifest also names the structure (object declaration, version inventories and sidecars), so a
 * copy missing them is repaired file by file like content.
 */
export interface SiteObservation {
  site: string;
  /** Could the site be read at all? Unreachable sites are reported, never repaired. */
  reachable: boolean;
  /** Head version its root inventory declares, when the inventory parses. */
  head?: number;
  /** sha256 of the root inventory bytes, and whether the sidecar matches them. */
  inventoryDigest?: string;
  sidecarOk: boolean;
  /** Content path → sha256 observed now, or null when the file is absent. */
  files: Map<string, string | null>;
  /** Files present in the object that no inventory or OCFL rule accounts for. */
  extras: string[];
}

export interface ReferenceInventory {
  head: number;
  digest: string;
  /** Content path → expected sha256, for the files of every version up to `head`. */
  manifest: Map<string, string>;
  /** Paths whose exact bytes the repairer holds itself (the object's structure): no source copy needed. */
  inline?: Set<string>;
}

export type AuditCode =
  | 'DP-AUDIT-DAMAGED'
  | 'DP-AUDIT-MISSING'
  | 'DP-AUDIT-EXTRA'
  | 'DP-AUDIT-INVENTORY'
  | 'DP-AUDIT-CONFLICT'
  | 'DP-AUDIT-NO-SOURCE'
  | 'DP-AUDIT-BEHIND'
  | 'DP-AUDIT-UNKNOWN-VERSION'
  | 'DP-SITE-UNAVAILABLE';

export interface PlannedFinding {
  site: string;
  path: string | null;
  code: AuditCode;
  detail: string;
}

export type RepairAction =
  | { kind: 'copy-file'; site: string; path: string; fromSite: string; sha256: string }
  | { kind: 'copy-inventory'; site: string; fromSite: string }
  /** A declaration, version inventory or sidecar, written from the reference's exact bytes. */
  | { kind: 'write-structure'; site: string; path: string; sha256: string }
  | { kind: 'quarantine'; site: string; path: string }
  /** A version folder the catalogue does not know: moved whole to the site's quarantine, kept. */
  | { kind: 'quarantine-version'; site: string; version: number; paths: string[] };

export interface AuditPlan {
  findings: PlannedFinding[];
  repairs: RepairAction[];
  /** Findings nobody can fix automatically: they become incidents. */
  unrepairable: PlannedFinding[];
  /** Findings that raise an incident even once repaired (a version nobody committed appeared). */
  alarming: PlannedFinding[];
  /** Sites whose copy is intact (no findings). */
  intactSites: string[];
}

/**
 * The former rule (newest head first, then majority), kept for callers without witnesses; the audit
 * decides with `decideReference` (reference.ts), which never prefers a version the catalogue lacks.
 */
export function chooseReference(
  observations: SiteObservation[],
  expectedHead: number,
): { head: number; digest: string; sites: string[] } | { conflict: string } | undefined {
  const groups = new Map<string, { head: number; digest: string; sites: string[] }>();
  for (const o of observations) {
    if (!o.reachable || !o.sidecarOk || o.head === undefined || o.inventoryDigest === undefined) continue;
    const key = `${o.head}:${o.inventoryDigest}`;
    const g = groups.get(key) ?? { head: o.head, digest: o.inventoryDigest, sites: [] };
    g.sites.push(o.site);
    groups.set(key, g);
  }
  const maxHead = Math.max(expectedHead, ...[...groups.values()].map((g) => g.head));
  const atHead = [...groups.values()].filter((g) => g.head === maxHead).sort((a, b) => b.sites.length - a.sites.length);
  if (atHead.length === 0) return undefined;
  if (atHead.length > 1 && atHead[0]!.sites.length === atHead[1]!.sites.length) {
    return {
      conflict: `các bản sao không thống nhất về inventory phiên bản v${maxHead}: ${atHead.map((g) => g.sites.join('+')).join(' ≠ ')}`,
    };
  }
  return atHead[0]!;
}

export function planRepairs(observations: SiteObservation[], reference: ReferenceInventory, referenceSites: string[]): AuditPlan {
  const findings: PlannedFinding[] = [];
  const repairs: RepairAction[] = [];
  const unrepairable: PlannedFinding[] = [];
  const alarming: PlannedFinding[] = [];
  const damagedSites = new Set<string>();
  const flag = (f: PlannedFinding) => {
    findings.push(f);
    damagedSites.add(f.site);
  };

  // Which sites hold a verified good copy of each file right now.
  const goodSources = new Map<string, string[]>();
  for (const [path, digest] of reference.manifest) {
    goodSources.set(
      path,
      observations.filter((o) => o.reachable && o.files.get(path) === digest).map((o) => o.site),
    );
  }

  for (const o of observations) {
    if (!o.reachable) {
      flag({ site: o.site, path: null, code: 'DP-SITE-UNAVAILABLE', detail: 'site không truy cập được; bản sao chưa được kiểm tra' });
      continue;
    }
    if (o.head !== undefined && o.head < reference.head && o.sidecarOk && !referenceSites.includes(o.site)) {
      flag({ site: o.site, path: null, code: 'DP-AUDIT-BEHIND', detail: `bản sao ở v${o.head}, mới nhất là v${reference.head}` });
    } else if (!referenceSites.includes(o.site)) {
      const f: PlannedFinding = {
        site: o.site,
        path: 'inventory.json',
        code: 'DP-AUDIT-INVENTORY',
        detail: 'inventory hoặc tệp sidecar bị hỏng hoặc khác đa số',
      };
      flag(f);
      repairs.push({ kind: 'copy-inventory', site: o.site, fromSite: referenceSites[0]! });
    }
    for (const [path, digest] of reference.manifest) {
      const seen = o.files.get(path);
      if (seen === digest) continue;
      if (seen === undefined && o.head !== undefined && o.head < reference.head) continue; // behind: replication's job
      const f: PlannedFinding =
        seen === null || seen === undefined
          ? { site: o.site, path, code: 'DP-AUDIT-MISSING', detail: 'thiếu tệp' }
          : { site: o.site, path, code: 'DP-AUDIT-DAMAGED', detail: `sha256 ${seen.slice(0, 12)}… ≠ ${digest.slice(0, 12)}…` };
      flag(f);
      const source = goodSources.get(path)?.find((s) => s !== o.site);
      if (reference.inline?.has(path)) repairs.push({ kind: 'write-structure', site: o.site, path, sha256: digest });
      else if (source) repairs.push({ kind: 'copy-file', site: o.site, path, fromSite: source, sha256: digest });
      else unrepairable.push({ ...f, code: 'DP-AUDIT-NO-SOURCE', detail: `${f.detail}; không còn bản sao tốt nào để sửa` });
    }
    // Versions above the reference's head: claimed by the copy's inventory or present as folders.
    const unknown = new Map<number, string[]>();
    if (o.sidecarOk && o.head !== undefined) for (let n = reference.head + 1; n <= o.head; n++) unknown.set(n, []);
    const extras: string[] = [];
    for (const path of o.extras) {
      const n = Number(/^v(\d+)\//.exec(path)?.[1] ?? 0);
      if (n > reference.head) unknown.set(n, [...(unknown.get(n) ?? []), path]);
      else extras.push(path);
    }
    for (const [version, paths] of [...unknown].sort(([a], [b]) => a - b)) {
      const f: PlannedFinding = {
        site: o.site,
        path: `v${version}/`,
        code: 'DP-AUDIT-UNKNOWN-VERSION',
        detail: `phiên bản v${version} không có trong danh mục (mới nhất đã ghi nhận: v${reference.head}); cách ly, không dùng làm chuẩn`,
      };
      flag(f);
      alarming.push(f);
      if (paths.length > 0) repairs.push({ kind: 'quarantine-version', site: o.site, version, paths });
    }
    for (const path of extras) {
      flag({ site: o.site, path, code: 'DP-AUDIT-EXTRA', detail: 'tệp thừa không có trong inventory' });
      repairs.push({ kind: 'quarantine', site: o.site, path });
    }
  }
  const intactSites = observations.filter((o) => o.reachable && !damagedSites.has(o.site)).map((o) => o.site);
  return { findings, repairs, unrepairable, alarming, intactSites };
}
