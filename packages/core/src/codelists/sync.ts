import type { Finding } from '../findings.js';
import type { Hasher } from '../ports/bytes.js';
import { codeListDigest } from './canonical.js';
import { CODELIST_FINDING_CODES as C } from './finding-codes.js';
import type { CodeListDigestRef, CodeListVersion } from './model.js';

export type CodeListSyncStatus = 'in-sync' | 'missing' | 'behind' | 'ahead' | 'differs' | 'local-only';

export interface CodeListSyncEntry {
  listId: string;
  status: CodeListSyncStatus;
  local: CodeListDigestRef | null;
  central: CodeListDigestRef | null;
}

export interface CodeListSyncReport {
  inSync: boolean;
  lists: CodeListSyncEntry[];
  findings: Finding[];
}

const byListId = (a: { listId: string }, b: { listId: string }): number => (a.listId < b.listId ? -1 : a.listId > b.listId ? 1 : 0);

/**
 * Compare this installation's newest version of each list (`local`) with the central authority's
 * (`central`). Sync runs one way, downwards, so a local list may lag (it must fetch) but never lead
 * or differ at the same version (someone edited it). Lists only present locally are reported as
 * warnings: they are allowed but are not shared lists.
 */
export function checkSync(local: readonly CodeListDigestRef[], central: readonly CodeListDigestRef[]): CodeListSyncReport {
  const mine = new Map(local.map((r) => [r.listId, r]));
  const theirs = new Map(central.map((r) => [r.listId, r]));
  const lists: CodeListSyncEntry[] = [];
  const findings: Finding[] = [];
  for (const c of [...theirs.values()].sort(byListId)) {
    const l = mine.get(c.listId) ?? null;
    let status: CodeListSyncStatus;
    if (!l) {
      status = 'missing';
      findings.push({
        code: C.missing,
        severity: 'error',
        path: c.listId,
        message: `Danh mục "${c.listId}" (phiên bản ${c.version}) của cơ quan trung ương chưa có ở đây.`,
      });
    } else if (l.version < c.version) {
      status = 'behind';
      findings.push({
        code: C.behind,
        severity: 'error',
        path: c.listId,
        message: `Danh mục "${c.listId}" ở đây là phiên bản ${l.version}, trung ương đã ban hành phiên bản ${c.version}: cần đồng bộ.`,
      });
    } else if (l.version > c.version) {
      status = 'ahead';
      findings.push({
        code: C.ahead,
        severity: 'error',
        path: c.listId,
        message: `Danh mục "${c.listId}" ở đây là phiên bản ${l.version}, mới hơn trung ương (${c.version}): danh mục dùng chung chỉ được đồng bộ từ trên xuống.`,
      });
    } else if (l.digest !== c.digest) {
      status = 'differs';
      findings.push({
        code: C.digestMismatch,
        severity: 'error',
        path: c.listId,
        message: `Danh mục "${c.listId}" phiên bản ${c.version} ở đây khác bản của trung ương (mã băm ${l.digest.slice(0, 12)}… ≠ ${c.digest.slice(0, 12)}…).`,
      });
    } else status = 'in-sync';
    lists.push({ listId: c.listId, status, local: l, central: c });
  }
  for (const l of [...mine.values()].sort(byListId)) {
    if (theirs.has(l.listId)) continue;
    lists.push({ listId: l.listId, status: 'local-only', local: l, central: null });
    findings.push({
      code: C.localOnly,
      severity: 'warning',
      path: l.listId,
      message: `Danh mục "${l.listId}" chỉ có ở đây, trung ương không có.`,
    });
  }
  return { inSync: findings.every((f) => f.severity !== 'error'), lists, findings };
}

/** Stored versions whose content no longer hashes to their recorded digest (changed behind the repository's back). */
export function checkStoredDigests(hasher: Hasher, versions: readonly CodeListVersion[]): Finding[] {
  return versions
    .filter((v) => codeListDigest(hasher, v) !== v.digest)
    .map((v) => ({
      code: C.digestInvalid,
      severity: 'error' as const,
      path: `${v.listId}/v${v.version}`,
      message: `Danh mục "${v.listId}" phiên bản ${v.version}: nội dung không còn khớp mã băm đã ghi; bản lưu đã bị sửa ngoài quy trình.`,
    }));
}
