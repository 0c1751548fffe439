import type { Finding, Severity } from '../../findings.js';

/**
 * The stable DP-TT05 finding codes of descriptions (docs/tt05-descriptions.md is generated from
 * the same meaning; add codes, never rename). `sampleDefect` marks the warnings that exist because
 * the official sample package (or the circular itself) gets it wrong: they become errors in strict
 * mode, which is how DuPhong checks what it writes itself.
 */
export interface Tt05FindingCode {
  code: string;
  severity: Severity;
  vi: string;
  en: string;
  sampleDefect?: boolean;
}

const c = (code: string, severity: Severity, vi: string, en: string, sampleDefect?: boolean): Tt05FindingCode =>
  sampleDefect ? { code, severity, vi, en, sampleDefect } : { code, severity, vi, en };

export const TT05_FINDING_CODES: readonly Tt05FindingCode[] = [
  c('DP-TT05-REQUIRED', 'error', 'thiếu giá trị của trường bắt buộc', 'a required field is missing or empty'),
  c('DP-TT05-FIELD-ABSENT', 'error', 'thiếu phần tử của trường (TT05 ghi đủ mọi trường, kể cả khi rỗng)', 'a catalogue element is absent'),
  c(
    'DP-TT05-FIELD-COUNT',
    'warning',
    'thiếu trường mà chính bảng mô tả (17 trường) hoặc EAD.xsd (16 trường) của thông tư bỏ sót',
    'a field the circular’s own table (17) or EAD.xsd (16) omits is absent',
    true,
  ),
  c('DP-TT05-UNKNOWN-FIELD', 'error', 'trường không có trong danh mục của loại mô tả này', 'a field unknown to this description kind'),
  c('DP-TT05-TOO-LONG', 'error', 'giá trị dài quá độ dài tối đa', 'value longer than the maximum length'),
  c('DP-TT05-NOT-INTEGER', 'error', 'giá trị không phải số nguyên hợp lệ', 'value is not a valid integer'),
  c('DP-TT05-BAD-DATE', 'error', 'ngày tháng sai dạng hoặc không có thật', 'date in a wrong form or not a real day'),
  c('DP-TT05-DATE-ORDER', 'error', 'thời gian bắt đầu sau thời gian kết thúc', 'startDate is after endDate'),
  c('DP-TT05-BAD-CODE', 'error', 'mã không có trong bảng mã (cảnh báo nếu bảng mã không ràng buộc)', 'code not in its list'),
  c('DP-TT05-BAD-BOOLEAN', 'error', 'giá trị phải là 0 hoặc 1', 'value must be 0 or 1'),
  c(
    'DP-TT05-RISKSTATUS-MISSING',
    'error',
    'chế độ dự phòng = 1 nhưng thiếu tình trạng dự phòng',
    'riskRecovery = 1 without riskRecoveryStatus',
  ),
  c(
    'DP-TT05-PAPERFILECODE-MISSING',
    'error',
    'hồ sơ số hóa thiếu mã hồ sơ gốc giấy (cảnh báo khi mức độ tin cậy 02, như gói mẫu)',
    'digitised file without paperFileCode (warning with confidenceLevel 02, a defect of the sample)',
    true,
  ),
  c(
    'DP-TT05-PROCESS-MISSING',
    'error',
    'tài liệu điện tử (mức độ tin cậy 01/03) thiếu quy trình xử lý',
    'born-digital document without process',
  ),
  c(
    'DP-TT05-DOCCODE-FORMAT',
    'error',
    'mã lưu trữ tài liệu không kết thúc bằng số thứ tự 7 chữ số',
    'docCode does not end with a 7-digit sequence',
  ),
  c(
    'DP-TT05-DOCCODE-MISMATCH',
    'warning',
    'mã lưu trữ tài liệu không bắt đầu bằng mã hồ sơ (gói mẫu ghi sai năm)',
    'docCode prefix differs from the file code (the sample has the wrong year)',
    true,
  ),
  c('DP-TT05-DOCID-MISMATCH', 'warning', 'mã định danh tài liệu không bắt đầu bằng mã hồ sơ', 'docId does not start with the file code'),
  c(
    'DP-TT05-DOC-SEQUENCE',
    'warning',
    'số thứ tự tài liệu khác số thứ tự trong mã lưu trữ',
    'document ordinal differs from the docCode sequence',
  ),
  c(
    'DP-TT05-ARCFILECODE-MISMATCH',
    'error',
    'mã hồ sơ lưu trữ khác mã của hồ sơ chứa tài liệu',
    'arcFileCode differs from the parent file',
  ),
  c('DP-TT05-SHAPE-MIXED', 'error', 'mô tả ảnh/phim trộn trường của hai dạng (phụ lục I và II)', 'pic/media mixes fields of both shapes'),
  c('DP-TT05-ROOT', 'error', 'phần tử gốc không phải simpledc', 'root element is not simpledc'),
  c('DP-TT05-NAMESPACE', 'warning', 'simpledc hoặc trường có không gian tên (TT05 không dùng)', 'simpledc or a field has a namespace'),
  c('DP-TT05-DUPLICATE-FIELD', 'error', 'một trường xuất hiện nhiều lần', 'a field occurs more than once'),
  c('DP-TT05-NESTED', 'error', 'trường chứa phần tử con', 'a field contains child elements'),
  c(
    'DP-TT05-NOT-NFC',
    'warning',
    'văn bản chưa chuẩn hóa Unicode NFC (đã chuẩn hóa khi đọc)',
    'text not in Unicode NFC (normalised on reading)',
  ),
  c('DP-TT05-CONVERT', 'error', 'không chuyển được mô tả SIP sang AIP', 'a SIP description cannot be converted to its AIP shape'),
];

const BY_CODE = new Map(TT05_FINDING_CODES.map((f) => [f.code, f]));

/** A finding with the code's default severity (or the one given), `path` only when known. */
export function tt05Finding(code: string, message: string, path?: string, severity?: Severity): Finding {
  const sev = severity ?? BY_CODE.get(code)?.severity ?? 'error';
  return path === undefined ? { code, severity: sev, message } : { code, severity: sev, message, path };
}

/** How a field is named in messages: its Vietnamese label and element name. */
export function fieldTitle(label: string, name: string): string {
  return `“${label}” (${name})`;
}

/**
 * The fields a finding's message names (the inverse of `fieldTitle`), among `names`: lets an
 * editor show a finding next to the input it is about without a second wording of the checks.
 */
export function fieldsNamed(message: string, names: readonly string[]): string[] {
  return names.filter((name) => message.includes(`” (${name})`));
}
