/**
 * Column headers of real mục lục hồ sơ spreadsheets, as data: each import field with the header
 * texts that mean it, written folded (no accents, lower case, punctuation as spaces — see
 * foldVietnamese). A header matches when its folded text equals one of them. Fields that are not
 * TT05 elements (`fileNotation`, `fileOrdinal`, `catalogueNumber`, `rowNumber`, `dateRange`,
 * `fondsCode`, `codeNumberNotation`, `box`) are import helpers: they feed the code, the dates, the
 * file's holding (box) or `legacy`.
 *
 * The mục lục hồ sơ forms of the archives' guidance carry two numbers for a file: “Hồ sơ số” (its
 * ordinal in the mục lục, 1, 2, 3…) and, in the newer form, “Số và ký hiệu hồ sơ” (its notation
 * from the file plan, e.g. “01.TH”). They are different fields, so a sheet may hold both.
 */
export type ImportField =
  | 'fileCode'
  | 'arcFileCode'
  | 'fileNotation'
  | 'fileOrdinal'
  | 'catalogueNumber'
  | 'box'
  | 'rowNumber'
  | 'fondsCode'
  | 'title'
  | 'maintenance'
  | 'mode'
  | 'language'
  | 'startDate'
  | 'endDate'
  | 'dateRange'
  | 'keyword'
  | 'totalDoc'
  | 'numberOfPaper'
  | 'numberOfPage'
  | 'format'
  | 'inforSign'
  | 'confidenceLevel'
  | 'paperFileCode'
  | 'riskRecovery'
  | 'riskRecoveryStatus'
  | 'description'
  | 'docCode'
  | 'docOrdinal'
  | 'typeName'
  | 'codeNumber'
  | 'codeNotation'
  | 'codeNumberNotation'
  | 'issuedDate'
  | 'organName'
  | 'subject'
  | 'autograph'
  | 'process';

export const COLUMN_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  fileCode: ['ma ho so', 'ma hs', 'file code', 'filecode'],
  arcFileCode: ['ma ho so luu tru', 'ma luu tru ho so', 'arcfilecode'],
  fileNotation: ['so va ky hieu ho so', 'so ky hieu ho so', 'ky hieu ho so', 'so va ky hieu hs', 'so ky hieu hs', 'filenotation'],
  fileOrdinal: ['ho so so', 'so ho so', 'hs so', 'so hs', 'so thu tu ho so', 'fileordinal'],
  catalogueNumber: ['muc luc so', 'so muc luc', 'cataloguenumber'],
  box: ['hop so', 'hop cap so', 'cap so', 'so hop', 'hop cap', 'hop', 'box'],
  rowNumber: ['so tt', 'stt', 'so thu tu', 'tt'],
  fondsCode: ['ma phong', 'phong so', 'so phong', 'ma phong luu tru', 'fondscode'],
  title: ['tieu de ho so', 'tieu de', 'ten ho so', 'tieu de ho so hoac tieu de tai lieu', 'title'],
  maintenance: ['thoi han bao quan', 'thbq', 'han bao quan', 'maintenance'],
  mode: ['che do su dung', 'che do khai thac', 'che do truy cap', 'mode'],
  language: ['ngon ngu', 'language'],
  startDate: ['thoi gian bat dau', 'bat dau', 'ngay bat dau', 'tu ngay', 'startdate'],
  endDate: ['thoi gian ket thuc', 'ket thuc', 'ngay ket thuc', 'den ngay', 'enddate'],
  dateRange: [
    'thoi gian',
    'thoi gian bat dau ket thuc',
    'ngay thang',
    'ngay thang bat dau ket thuc',
    'ngay thang nam bat dau ket thuc',
    'thoi gian tai lieu',
  ],
  keyword: ['tu khoa', 'keyword'],
  totalDoc: ['tong so van ban', 'tong so tai lieu', 'so luong van ban', 'tong so tai lieu trong ho so', 'totaldoc'],
  numberOfPaper: ['so to', 'so luong to', 'numberofpaper'],
  numberOfPage: ['so trang', 'so luong trang', 'numberofpage'],
  format: ['tinh trang vat ly', 'tinh trang', 'format'],
  inforSign: ['ky hieu thong tin', 'inforsign'],
  confidenceLevel: ['muc do tin cay', 'confidencelevel'],
  paperFileCode: ['ma ho so giay', 'ma ho so goc giay', 'paperfilecode'],
  riskRecovery: ['che do du phong', 'riskrecovery'],
  riskRecoveryStatus: ['tinh trang du phong', 'riskrecoverystatus'],
  description: ['ghi chu', 'chu giai', 'description'],
  docCode: ['ma tai lieu', 'ma luu tru tai lieu', 'ma van ban', 'doccode'],
  docOrdinal: ['so thu tu van ban', 'stt van ban', 'so thu tu tai lieu', 'thu tu trong ho so', 'docordinal'],
  typeName: ['ten loai', 'ten loai van ban', 'loai van ban', 'the loai', 'typename'],
  codeNumber: ['so van ban', 'so cua van ban', 'codenumber'],
  codeNotation: ['ky hieu van ban', 'ky hieu cua van ban', 'codenotation'],
  codeNumberNotation: ['so ky hieu van ban', 'so ky hieu', 'so va ky hieu van ban'],
  issuedDate: ['ngay thang van ban', 'ngay thang nam van ban', 'ngay ban hanh', 'ngay van ban', 'issueddate'],
  organName: ['tac gia van ban', 'tac gia', 'co quan ban hanh', 'co quan to chuc ban hanh', 'organname'],
  subject: ['trich yeu noi dung', 'trich yeu', 'subject'],
  autograph: ['but tich', 'autograph'],
  process: ['quy trinh xu ly', 'process'],
};

/** Fields that only a document (EAD_doc) row has: their presence makes a sheet document-level. */
export const DOCUMENT_ONLY_FIELDS: ReadonlySet<ImportField> = new Set([
  'docCode',
  'docOrdinal',
  'typeName',
  'codeNumber',
  'codeNotation',
  'codeNumberNotation',
  'issuedDate',
  'organName',
  'subject',
  'autograph',
]);

const BY_HEADER = new Map<string, ImportField>();
for (const [field, headers] of Object.entries(COLUMN_SYNONYMS) as Array<[ImportField, readonly string[]]>) {
  for (const h of headers) BY_HEADER.set(h, field);
}

/** The field a folded header names, if any. */
export function fieldOfHeader(folded: string): ImportField | undefined {
  return BY_HEADER.get(folded.replace(/\s+\d+$/, ''));
}

export function isImportField(name: string): name is ImportField {
  return Object.prototype.hasOwnProperty.call(COLUMN_SYNONYMS, name);
}

/** Former field names `--map` still accepts: `fileNumber` was the notation before the ordinal got its own field. */
const FIELD_ALIASES: Readonly<Record<string, ImportField>> = { fileNumber: 'fileNotation' };

/** The field a `--map` target names (current name or a former one), if any. */
export function importFieldNamed(name: string): ImportField | undefined {
  return isImportField(name) ? name : FIELD_ALIASES[name];
}

/** Vietnamese header DuPhong writes on export (the first synonym, spelt properly). */
export const EXPORT_HEADERS: Readonly<Partial<Record<ImportField, string>>> = {
  rowNumber: 'Số TT',
  box: 'Hộp số',
  fileCode: 'Mã hồ sơ',
  docCode: 'Mã tài liệu',
  docOrdinal: 'Số thứ tự văn bản',
  title: 'Tiêu đề hồ sơ',
  subject: 'Trích yếu nội dung',
  typeName: 'Tên loại văn bản',
  codeNumber: 'Số văn bản',
  codeNotation: 'Ký hiệu văn bản',
  issuedDate: 'Ngày tháng văn bản',
  organName: 'Tác giả văn bản',
  autograph: 'Bút tích',
  process: 'Quy trình xử lý',
  startDate: 'Thời gian bắt đầu',
  endDate: 'Thời gian kết thúc',
  maintenance: 'Thời hạn bảo quản',
  mode: 'Chế độ sử dụng',
  language: 'Ngôn ngữ',
  keyword: 'Từ khóa',
  totalDoc: 'Tổng số văn bản',
  numberOfPaper: 'Số tờ',
  numberOfPage: 'Số trang',
  format: 'Tình trạng vật lý',
  inforSign: 'Ký hiệu thông tin',
  confidenceLevel: 'Mức độ tin cậy',
  paperFileCode: 'Mã hồ sơ giấy',
  riskRecovery: 'Chế độ dự phòng',
  riskRecoveryStatus: 'Tình trạng dự phòng',
  description: 'Ghi chú',
};
