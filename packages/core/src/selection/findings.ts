import type { Finding, Severity } from '../findings.js';
import { BACKUP_LIST_ACTION_LABELS, BACKUP_LIST_STATUS_LABELS, labelOf, type LabelLang } from '../labels/index.js';
import { dateProblem } from '../time.js';
import type { BackupListAction, BackupListStatus } from './model.js';

type Params = Record<string, string>;

interface SelectCode {
  severity: Severity;
  vi: (p: Params) => string;
  en: (p: Params) => string;
}

const p = (params: Params, key: string): string => params[key] ?? '?';
// Stored codes (`approve`, `draft`) are words for the reader, never shown as they are stored.
const verb = (x: Params, lang: LabelLang): string => labelOf(BACKUP_LIST_ACTION_LABELS, p(x, 'action') as BackupListAction, lang);
const state = (x: Params, lang: LabelLang): string =>
  labelOf(BACKUP_LIST_STATUS_LABELS, p(x, 'status') as BackupListStatus, lang).toLowerCase();

/** DP-SELECT-… codes (docs/selection.md, docs/findings.md): stable, Vietnamese first. */
export const SELECT_CODES = {
  'DP-SELECT-TRANSITION-INVALID': {
    severity: 'error',
    vi: (x) => `Không thể ${verb(x, 'vi')} danh mục đang ở trạng thái "${state(x, 'vi')}".`,
    en: (x) => `Cannot "${p(x, 'action')}" a list that is "${state(x, 'en')}".`,
  },
  'DP-SELECT-LIST-FROZEN': {
    severity: 'error',
    vi: () => 'Danh mục đã được phê duyệt: không được sửa đổi.',
    en: () => 'The list is approved and frozen: it cannot be changed.',
  },
  'DP-SELECT-NOT-DRAFT': {
    severity: 'error',
    vi: (x) => `Chỉ sửa được danh mục dự thảo; danh mục này đang "${state(x, 'vi')}".`,
    en: (x) => `Only a draft list can be edited; this one is "${state(x, 'en')}".`,
  },
  'DP-SELECT-NOT-ELIGIBLE': {
    severity: 'error',
    vi: (x) =>
      `${p(x, 'code')} không đủ điều kiện lưu trữ dự phòng: không có quyết định công nhận giá trị đặc biệt, và không phải tài liệu vĩnh viễn có dấu hiệu hư hỏng${x.why ? ` (${x.why})` : ''}.`,
    en: (x) =>
      `${p(x, 'code')} is not eligible for backup: no special-value recognition, and not a permanent record showing risk signs${x.whyEn ? ` (${x.whyEn})` : ''}.`,
  },
  'DP-SELECT-DUPLICATE-ENTRY': {
    severity: 'error',
    vi: (x) => `${p(x, 'code')} đã có trong danh mục.`,
    en: (x) => `${p(x, 'code')} is already on the list.`,
  },
  'DP-SELECT-RECORD-UNKNOWN': {
    severity: 'error',
    vi: (x) => `Không tìm thấy ${p(x, 'kind')} "${p(x, 'code')}" trong mô tả lưu trữ.`,
    en: (x) => `No ${p(x, 'kind')} "${p(x, 'code')}" in the archival description.`,
  },
  'DP-SELECT-ENTRY-UNKNOWN': {
    severity: 'error',
    vi: (x) => `${p(x, 'code')} không có trong danh mục.`,
    en: (x) => `${p(x, 'code')} is not on the list.`,
  },
  'DP-SELECT-LIST-EMPTY': {
    severity: 'error',
    vi: () => 'Danh mục chưa có tài liệu nào: không thể trình duyệt.',
    en: () => 'The list has no entries: it cannot be submitted.',
  },
  'DP-SELECT-DECISION-MISSING': {
    severity: 'error',
    vi: () => 'Phê duyệt cần số và ngày của quyết định phê duyệt.',
    en: () => 'Approval needs the number and date of the approving decision.',
  },
  'DP-SELECT-DECISION-DATE-INVALID': {
    severity: 'error',
    // 31/02/2026 is written right but is no day: say so, rather than "use DD/MM/YYYY".
    vi: (x) =>
      dateProblem(p(x, 'date')) === 'no-such-day'
        ? `Ngày quyết định "${p(x, 'date')}" không tồn tại trong lịch.`
        : `Ngày quyết định "${p(x, 'date')}" không hợp lệ (dùng DD/MM/YYYY).`,
    en: (x) =>
      dateProblem(p(x, 'date')) === 'no-such-day'
        ? `Decision date "${p(x, 'date')}" does not exist.`
        : `Decision date "${p(x, 'date')}" is not valid (use DD/MM/YYYY).`,
  },
  'DP-SELECT-NOTE-MISSING': {
    severity: 'error',
    vi: () => 'Trả lại danh mục cần ghi rõ lý do.',
    en: () => 'Returning a list needs a reason.',
  },
  'DP-SELECT-ACTOR-MISSING': {
    severity: 'error',
    vi: () => 'Cần ghi người thực hiện.',
    en: () => 'Who does this must be given.',
  },
  'DP-SELECT-NOTHING-ELIGIBLE': {
    severity: 'warning',
    vi: (x) => `Không có hồ sơ nào được thêm: ${p(x, 'why')}.`,
    en: (x) => `Nothing was added: ${p(x, 'whyEn')}.`,
  },
  'DP-SELECT-UNREADABLE': {
    severity: 'warning',
    vi: (x) => `${p(x, 'code')} mờ chữ, không còn đọc được: cần tu bổ, phục chế trước khi số hóa.`,
    en: (x) => `${p(x, 'code')} has faded writing and is unreadable: restore it before digitisation.`,
  },
  'DP-SELECT-RECOGNITION-INCOMPLETE': {
    severity: 'warning',
    vi: (x) => `Quyết định công nhận của ${p(x, 'code')} thiếu số, ngày hoặc cơ quan ban hành: chưa tính là giá trị đặc biệt.`,
    en: (x) => `The recognition of ${p(x, 'code')} lacks its number, date or issuer: not counted as special value.`,
  },
} as const satisfies Record<string, SelectCode>;

export type SelectCodeName = keyof typeof SELECT_CODES;

/** A finding that keeps its parameters, so it can also be worded in English. */
export interface SelectionFinding extends Finding {
  params: Params;
}

/** A DP-SELECT finding in Vietnamese; `path` names the list entry (`kind:code`) or field. */
export function selectFinding(code: SelectCodeName, path: string | undefined, params: Params = {}): SelectionFinding {
  const c: SelectCode = SELECT_CODES[code];
  return { code, severity: c.severity, message: c.vi(params), ...(path !== undefined && { path }), params };
}

/** The finding worded in `lang`, without its parameters (the shape CLI and HTTP print). */
export function localiseFinding(f: Finding & { params?: Params }, lang: 'vi' | 'en'): Finding {
  const c = (SELECT_CODES as Record<string, SelectCode>)[f.code];
  const message = lang === 'en' && c ? c.en(f.params ?? {}) : f.message;
  return { code: f.code, severity: f.severity, message, ...(f.path !== undefined && { path: f.path }) };
}
