import type { Finding } from '../findings.js';
import type { Hasher } from '../ports/bytes.js';
import { codeListDigest } from './canonical.js';
import type { CodeListDigestRef, CodeListVersion, SharedCodeList } from './model.js';

/*
 * Shared code lists travel one way, from the centre down (decision 0029), as a signed bundle: every
 * shared list with its WHOLE history (lists are small; a subordinate several versions behind must
 * insert the missing ones in order, since versions are numbered without gaps) and a sequence number.
 * The sequence is the sum of the newest version numbers: versions only ever grow and lists are
 * never removed, so it grows with every change and needs no counter stored at the centre — a
 * replayed or reordered older bundle has a smaller one.
 */

export const CODE_LIST_BUNDLE_FORMAT = 'duphong-codelist-bundle/1' as const;
export const CODE_LIST_DRIFT_FORMAT = 'duphong-codelist-drift/1' as const;

export interface CodeListBundleEntry {
  list: SharedCodeList;
  /** Oldest first, 1 … n. */
  versions: CodeListVersion[];
}

export interface CodeListBundle {
  format: typeof CODE_LIST_BUNDLE_FORMAT;
  /** The publishing instance (its signature names it too). */
  publisher: string;
  sequence: number;
  lists: CodeListBundleEntry[];
}

/** What a subordinate reports upward: its newest digests of every list, and the last bundle it applied. */
export interface CodeListDriftReport {
  format: typeof CODE_LIST_DRIFT_FORMAT;
  instanceId: string;
  /** Sequence of the last bundle applied here, null when none was. */
  sequence: number | null;
  lists: CodeListDigestRef[];
}

export const BUNDLE_FINDING_CODES = {
  /** A version in the bundle whose content does not hash to its digest, or a malformed bundle. */
  digest: 'DP-CODELIST-BUNDLE-DIGEST',
  /** Not 1 … n, or a sequence that does not match the versions. */
  malformed: 'DP-CODELIST-BUNDLE-MALFORMED',
  /** Older than one already applied: replayed or reordered. */
  replay: 'DP-CODELIST-BUNDLE-REPLAY',
  /** A local version differs from the centre's at the same number, or is ahead of it. */
  conflict: 'DP-CODELIST-CONFLICT',
  /** A local edit of a list that came from the centre. */
  shared: 'DP-CODELIST-SHARED',
} as const;

/** The sequence of a set of lists: the sum of their newest version numbers. */
export function bundleSequence(lists: readonly CodeListBundleEntry[]): number {
  return lists.reduce((sum, l) => sum + (l.versions.at(-1)?.version ?? 0), 0);
}

/** Everything wrong with a bundle's content (its signature is checked separately). Empty when sound. */
export function checkBundle(hasher: Hasher, bundle: CodeListBundle): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const entry of bundle.lists) {
    const id = entry.list.id;
    if (seen.has(id))
      findings.push({
        code: BUNDLE_FINDING_CODES.malformed,
        severity: 'error',
        path: id,
        message: `Danh mục "${id}" xuất hiện hai lần trong gói.`,
      });
    seen.add(id);
    entry.versions.forEach((v, i) => {
      if (v.listId !== id || v.version !== i + 1)
        findings.push({
          code: BUNDLE_FINDING_CODES.malformed,
          severity: 'error',
          path: `${id}/v${v.version}`,
          message: `Danh mục "${id}": phiên bản trong gói phải đánh số 1, 2, 3 … liên tục.`,
        });
      else if (codeListDigest(hasher, v) !== v.digest)
        findings.push({
          code: BUNDLE_FINDING_CODES.digest,
          severity: 'error',
          path: `${id}/v${v.version}`,
          message: `Danh mục "${id}" phiên bản ${v.version} trong gói không khớp mã băm đã ghi: gói bị sửa hoặc hỏng.`,
        });
    });
  }
  if (bundle.sequence !== bundleSequence(bundle.lists))
    findings.push({
      code: BUNDLE_FINDING_CODES.malformed,
      severity: 'error',
      path: 'sequence',
      message: `Số thứ tự gói (${bundle.sequence}) không khớp các phiên bản trong gói (${bundleSequence(bundle.lists)}).`,
    });
  return findings;
}

export interface BundleApplyPlan {
  /** Lists to create or whose names/authority/source to refresh. */
  lists: SharedCodeList[];
  /** Versions absent here, in the order to insert them. */
  versions: CodeListVersion[];
  conflicts: Finding[];
}

/**
 * What applying `bundle` over the local histories means: versions already here with the same digest
 * are kept, missing ones inserted; a local version with another digest at the same number, or local
 * versions beyond the centre's, are conflicts — then nothing is applied (a person decides).
 */
export function planBundleApply(local: ReadonlyMap<string, readonly CodeListVersion[]>, bundle: CodeListBundle): BundleApplyPlan {
  const plan: BundleApplyPlan = { lists: [], versions: [], conflicts: [] };
  for (const entry of bundle.lists) {
    const id = entry.list.id;
    const mine = local.get(id) ?? [];
    plan.lists.push(entry.list);
    for (const v of entry.versions) {
      const here = mine[v.version - 1];
      if (!here) plan.versions.push(v);
      else if (here.digest !== v.digest)
        plan.conflicts.push({
          code: BUNDLE_FINDING_CODES.conflict,
          severity: 'error',
          path: `${id}/v${v.version}`,
          message: `Danh mục "${id}" phiên bản ${v.version} ở đây khác bản của trung ương (mã băm ${here.digest.slice(0, 12)}… ≠ ${v.digest.slice(0, 12)}…): không áp dụng gói.`,
        });
    }
    if (mine.length > entry.versions.length)
      plan.conflicts.push({
        code: BUNDLE_FINDING_CODES.conflict,
        severity: 'error',
        path: id,
        message: `Danh mục "${id}" ở đây có phiên bản ${mine.length}, mới hơn trung ương (${entry.versions.length}): danh mục dùng chung chỉ được đồng bộ từ trên xuống.`,
      });
  }
  return plan;
}
