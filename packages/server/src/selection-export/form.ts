import type { BackupList } from '@duphong/core';
import type { BackupListRow } from '../usecases/backup-list-rows.js';

/**
 * The words of the backup-list form, shared by the XLSX and DOCX exports so both read the same:
 * the national motto block, the title with the year, the approving decision, the columns and
 * the signature block an archive signs.
 */
export interface BackupListForm {
  unitName: string;
  /** Who approves (printed in the decision line), when known. */
  approver: string;
  list: BackupList;
  rows: BackupListRow[];
}

export { MOTTO, NATION } from '../forms/official.js';

export const title = (f: BackupListForm): string => `DANH MỤC TÀI LIỆU LƯU TRỮ DỰ PHÒNG NĂM ${f.list.year}`;

/** "(Kèm theo Quyết định số … ngày … của …)" once approved; a draft says it is not approved. */
export function decisionLine(f: BackupListForm): string {
  const { decisionNumber, decisionDate, status } = f.list;
  if (status === 'approved' && decisionNumber && decisionDate)
    return `(Kèm theo Quyết định số ${decisionNumber} ngày ${decisionDate}${f.approver ? ` của ${f.approver}` : ''})`;
  return `(Chưa phê duyệt — trạng thái: ${{ draft: 'dự thảo', submitted: 'đã trình', returned: 'trả lại', approved: 'đã phê duyệt' }[status]})`;
}

export const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Mã hồ sơ / tài liệu', width: 24 },
  { header: 'Tiêu đề', width: 48 },
  { header: 'Thời gian', width: 22 },
  { header: 'Lý do (giá trị đặc biệt / có nguy cơ hư hỏng)', width: 22 },
  { header: 'Dấu hiệu', width: 30 },
  { header: 'Ghi chú', width: 30 },
] as const;

export const cells = (r: BackupListRow): string[] => [String(r.stt), r.code, r.title, r.time, r.reason, r.signs, r.note];

export const summaryLine = (f: BackupListForm): string =>
  `Danh mục này có ${f.rows.length} hồ sơ, tài liệu (đơn vị: ${f.unitName}; mã danh mục: ${f.list.id}).`;

export const SIGNERS = [
  { role: 'NGƯỜI LẬP DANH MỤC', hint: '(Ký, ghi rõ họ tên)' },
  { role: 'THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC', hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
] as const;
