import type { Finding } from '../findings.js';
import { CODELIST_FINDING_CODES as C } from './finding-codes.js';
import { foldVietnamese } from '../records/fold.js';
import { CODE_LIST_ID_PATTERN, VALID_FROM_PATTERN, type CodeListVersionDraft } from './model.js';

const error = (code: string, message: string, path?: string): Finding => ({ code, severity: 'error', message, ...(path ? { path } : {}) });
const warning = (code: string, message: string, path?: string): Finding => ({
  code,
  severity: 'warning',
  message,
  ...(path ? { path } : {}),
});

function isCalendarDate(day: string): boolean {
  if (!VALID_FROM_PATTERN.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** A version on its own: id, date, codes and labels. Errors make it unpublishable. */
export function checkCodeListVersion(draft: CodeListVersionDraft): Finding[] {
  const findings: Finding[] = [];
  const where = `${draft.listId} v${draft.version}`;
  if (!CODE_LIST_ID_PATTERN.test(draft.listId))
    findings.push(error(C.invalidItem, `Mã danh mục "${draft.listId}" không hợp lệ (chữ cái Latinh và chữ số, bắt đầu bằng chữ cái).`));
  if (!Number.isSafeInteger(draft.version) || draft.version < 1)
    findings.push(error(C.invalidItem, `${where}: số phiên bản phải là số nguyên từ 1.`));
  if (!isCalendarDate(draft.validFrom))
    findings.push(error(C.invalidItem, `${where}: ngày hiệu lực "${draft.validFrom}" phải có dạng YYYY-MM-DD.`));
  if (draft.items.length === 0) findings.push(error(C.invalidItem, `${where}: danh mục không có mục nào.`));
  const seen = new Set<string>();
  const folded = new Map<string, string>();
  for (const item of draft.items) {
    const code = item.code.normalize('NFC');
    if (code.trim() === '' || code !== code.trim())
      findings.push(error(C.invalidItem, `${where}: mã "${code}" rỗng hoặc có khoảng trắng ở đầu/cuối.`, code));
    if (seen.has(code)) findings.push(error(C.duplicateCode, `${where}: mã "${code}" xuất hiện nhiều lần.`, code));
    seen.add(code);
    if (item.labelVi.trim() === '') {
      findings.push(error(C.invalidItem, `${where}: mã "${code}" không có nhãn tiếng Việt.`, code));
      continue;
    }
    const key = foldVietnamese(item.labelVi);
    const other = folded.get(key);
    if (other !== undefined && !item.deprecated)
      findings.push(
        warning(
          C.ambiguousLabel,
          `${where}: nhãn của mã "${code}" và mã "${other}" giống nhau khi bỏ dấu; nhập theo nhãn sẽ không phân biệt được.`,
          code,
        ),
      );
    if (!item.deprecated) folded.set(key, code);
  }
  return findings;
}

/**
 * A version as the successor of `previous` (undefined for the first): the version-number rule,
 * dates that never go back, and codes that are deprecated rather than removed.
 */
export function checkNextVersion(previous: CodeListVersionDraft | undefined, next: CodeListVersionDraft): Finding[] {
  const findings = checkCodeListVersion(next);
  const expected = (previous?.version ?? 0) + 1;
  if (next.version !== expected)
    findings.push(
      error(
        C.versionGap,
        `${next.listId}: phiên bản mới phải là ${expected} (phiên bản hiện có: ${previous?.version ?? 'chưa có'}), không phải ${next.version}.`,
      ),
    );
  if (previous && next.validFrom < previous.validFrom)
    findings.push(
      error(
        C.validFromBackwards,
        `${next.listId} v${next.version}: ngày hiệu lực ${next.validFrom} sớm hơn của phiên bản ${previous.version} (${previous.validFrom}).`,
      ),
    );
  if (previous) {
    const kept = new Set(next.items.map((i) => i.code.normalize('NFC')));
    for (const old of previous.items) {
      if (!kept.has(old.code.normalize('NFC')))
        findings.push(
          warning(
            C.codeRemoved,
            `${next.listId} v${next.version}: mã "${old.code}" (${old.labelVi}) bị xóa; nên đánh dấu "không dùng nữa" để hồ sơ cũ vẫn tra được.`,
            old.code,
          ),
        );
    }
  }
  return findings;
}
