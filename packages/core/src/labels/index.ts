import type { BackupListAction, BackupListStatus, SelectionReason } from '../selection/model.js';
import type { BackupStatus } from '../search/model.js';
import type { CopyStatus, EventOutcome, JobStatus } from '../model/catalogue.js';
import type { SuccessionKind, UnitKind } from '../units/model.js';

/**
 * Words people read for the codes DuPhong stores (list states, history verbs, PREMIS event types,
 * copy and facet states), in Vietnamese and English. One place, so the CLI and the web never show
 * a stored code (`approve`, `fixity check`, `none`) on a Vietnamese screen.
 */
export type LabelLang = 'vi' | 'en';
export type Labels<K extends string> = Record<K, { vi: string; en: string }>;

export const BACKUP_LIST_STATUS_LABELS: Labels<BackupListStatus> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình', en: 'Submitted' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

/** History verbs, as "<verb> bởi <người>" / "<verb> by <person>". */
export const BACKUP_LIST_ACTION_LABELS: Labels<BackupListAction> = {
  create: { vi: 'tạo', en: 'created' },
  edit: { vi: 'sửa', en: 'edited' },
  submit: { vi: 'trình', en: 'submitted' },
  approve: { vi: 'phê duyệt', en: 'approved' },
  return: { vi: 'trả lại', en: 'returned' },
  reopen: { vi: 'mở lại', en: 'reopened' },
};

export const SELECTION_REASON_LABELS: Labels<SelectionReason> = {
  'special-value': { vi: 'Giá trị đặc biệt', en: 'Special value' },
  'at-risk': { vi: 'Có nguy cơ hư hỏng', en: 'At risk of damage' },
  'plan-criterion': { vi: 'Theo tiêu chí của kế hoạch', en: 'By a criterion of a plan' },
};

/** The search facet "backup": whether a record has copies and in what state. */
export const BACKUP_STATUS_LABELS: Labels<BackupStatus> = {
  none: { vi: 'chưa dự phòng', en: 'no backup' },
  pending: { vi: 'đang chờ sao', en: 'copy pending' },
  ok: { vi: 'đủ bản sao tốt', en: 'copies ok' },
  damaged: { vi: 'có bản hư hỏng', en: 'damaged copy' },
};

export const COPY_STATUS_LABELS: Labels<CopyStatus> = {
  ok: { vi: 'tốt', en: 'ok' },
  damaged: { vi: 'hư hỏng', en: 'damaged' },
  missing: { vi: 'mất', en: 'missing' },
  pending: { vi: 'đang chờ', en: 'pending' },
};

export const JOB_STATUS_LABELS: Labels<JobStatus> = {
  queued: { vi: 'đang chờ', en: 'queued' },
  running: { vi: 'đang chạy', en: 'running' },
  done: { vi: 'xong', en: 'done' },
  failed: { vi: 'thất bại', en: 'failed' },
};

export const EVENT_OUTCOME_LABELS: Labels<EventOutcome> = {
  success: { vi: 'thành công', en: 'success' },
  failure: { vi: 'thất bại', en: 'failure' },
  warning: { vi: 'cảnh báo', en: 'warning' },
};

export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  ministry: { vi: 'bộ, cơ quan ngang bộ', en: 'ministry' },
  province: { vi: 'tỉnh, thành phố', en: 'province' },
  commune: { vi: 'xã, phường, đặc khu', en: 'commune' },
  'peoples-committee': { vi: 'Ủy ban nhân dân', en: "people's committee" },
  'home-affairs-department': { vi: 'Sở Nội vụ', en: 'home affairs department' },
  'historical-archive': { vi: 'lưu trữ lịch sử', en: 'historical archive' },
  'national-archive-centre': { vi: 'Trung tâm Lưu trữ quốc gia', en: 'national archives centre' },
  'national-insurance-centre': { vi: 'Trung tâm Bảo hiểm tài liệu', en: 'national archival insurance centre' },
  'transferring-agency': { vi: 'cơ quan nộp lưu', en: 'transferring agency' },
  other: { vi: 'khác', en: 'other' },
};

export const SUCCESSION_KIND_LABELS: Labels<SuccessionKind> = {
  merger: { vi: 'hợp nhất', en: 'merger' },
  split: { vi: 'chia tách', en: 'split' },
  rename: { vi: 'đổi tên', en: 'rename' },
  upgrade: { vi: 'nâng cấp', en: 'upgrade' },
};

/** PREMIS event types DuPhong writes (Library of Congress event-type vocabulary labels). */
export const PREMIS_EVENT_LABELS: Record<string, { vi: string; en: string }> = {
  ingestion: { vi: 'tiếp nhận', en: 'ingestion' },
  'ingestion start': { vi: 'bắt đầu tiếp nhận', en: 'ingestion start' },
  'ingestion end': { vi: 'kết thúc tiếp nhận', en: 'ingestion end' },
  'fixity check': { vi: 'kiểm tra toàn vẹn', en: 'fixity check' },
  'message digest calculation': { vi: 'tính mã băm', en: 'message digest calculation' },
  replication: { vi: 'sao chép sang site khác', en: 'replication' },
  validation: { vi: 'kiểm tra hợp lệ', en: 'validation' },
  transfer: { vi: 'chuyển giao', en: 'transfer' },
  quarantine: { vi: 'cách ly', en: 'quarantine' },
  migration: { vi: 'chuyển đổi', en: 'migration' },
  imaging: { vi: 'số hóa (quét ảnh)', en: 'imaging' },
  normalization: { vi: 'chuẩn hóa định dạng (PDF/A)', en: 'normalization' },
  'information package creation': { vi: 'tạo gói thông tin', en: 'information package creation' },
  'format identification': { vi: 'nhận dạng định dạng', en: 'format identification' },
  dissemination: { vi: 'cung cấp bản sao (khai thác)', en: 'dissemination' },
  failure: { vi: 'sự cố', en: 'failure' },
  repair: { vi: 'sửa chữa', en: 'repair' },
  deletion: { vi: 'xóa', en: 'deletion' },
  deaccession: { vi: 'loại khỏi kho', en: 'deaccession' },
  'metadata modification': { vi: 'sửa mô tả', en: 'metadata modification' },
};

/** The label of a code in `labels`, or the code itself when it has none (new codes stay readable). */
export function labelOf<K extends string>(labels: Partial<Record<K, { vi: string; en: string }>>, code: K, lang: LabelLang): string {
  return labels[code]?.[lang] ?? code;
}

export const premisEventLabel = (type: string, lang: LabelLang): string => labelOf(PREMIS_EVENT_LABELS, type, lang);
