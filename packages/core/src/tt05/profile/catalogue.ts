import type { CodeListId } from './code-lists.js';

/**
 * The TT05 descriptive-metadata catalogue: every `<simpledc>` description kind with its fields,
 * in the order they are written. The single source of truth for the writer, the parser, the
 * checks, the generated XSDs and docs/tt05-descriptions.md.
 */
export type DescriptionKind = 'sip-hoso' | 'aip-hoso' | 'sip-tailieu' | 'aip-tailieu' | 'sip-doc' | 'aip-doc' | 'pic' | 'media';

export const DESCRIPTION_KINDS: readonly DescriptionKind[] = [
  'sip-hoso',
  'aip-hoso',
  'sip-tailieu',
  'aip-tailieu',
  'sip-doc',
  'aip-doc',
  'pic',
  'media',
];

export type FieldType = 'text' | 'integer' | 'date' | 'code' | 'boolean-01';
export type DateForm = 'DD/MM/YYYY' | 'MM/YYYY' | 'YYYY';
/** required: a value is needed; conditional: needed when `rule` holds (checked in check.ts); optional. */
export type Presence = 'required' | 'conditional' | 'optional';
/**
 * EAD_pic / EAD_media come in two shapes (appendix I: arcFileCode + docOrdinal; appendix II:
 * arcDocCode + maintenance + riskRecovery*). A field with a shape belongs to that shape only.
 */
export type PicMediaShape = 'I' | 'II';

export interface FieldSpec {
  /** Element name inside `<simpledc>`. */
  name: string;
  /** Vietnamese label (UI, reports, finding messages). */
  label: string;
  type: FieldType;
  presence: Presence;
  /** Vietnamese statement of the conditional rule. */
  rule?: string;
  maxLength?: number;
  codeList?: CodeListId;
  /** A value outside the code list is only a warning (the list is not binding for this kind). */
  lenientCode?: boolean;
  /** Several codes allowed, separated by `,` `;` or spaces (language: "one or more"). */
  multiple?: boolean;
  dateForms?: readonly DateForm[];
  /** Smallest integer accepted. */
  min?: number;
  /** The circular's own field table or its own EAD.xsd omits this field: its absence is a warning. */
  omittedBy?: 'table' | 'xsd';
  shape?: PicMediaShape;
}

export interface KindSpec {
  kind: DescriptionKind;
  /** Vietnamese name of what the description describes. */
  label: string;
  /** File that carries it in a package. */
  file: string;
  fields: readonly FieldSpec[];
}

type Extra = Partial<Omit<FieldSpec, 'name' | 'label' | 'type' | 'presence'>>;
const field = (name: string, label: string, type: FieldType, presence: Presence, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type,
  presence,
  ...extra,
});

const DAY: readonly DateForm[] = ['DD/MM/YYYY'];
const ANY_DATE: readonly DateForm[] = ['DD/MM/YYYY', 'MM/YYYY', 'YYYY'];
const RISK_STATUS_RULE = 'Bắt buộc khi chế độ dự phòng (riskRecovery) = 1';

const code = (name: string, label: string, list: CodeListId, presence: Presence, extra: Extra = {}) =>
  field(name, label, 'code', presence, { codeList: list, ...extra });

/** The 18 fields of a file (hồ sơ); `sip` decides the code field's name, dates and format strictness. */
function hosoFields(sip: boolean): FieldSpec[] {
  return [
    sip
      ? field('fileCode', 'Mã hồ sơ', 'text', 'required')
      : field('arcFileCode', 'Mã hồ sơ lưu trữ (mã cơ quan lưu trữ + mã hồ sơ)', 'text', 'required'),
    field('title', 'Tiêu đề hồ sơ', 'text', 'required', { maxLength: 1000 }),
    code('maintenance', 'Thời hạn bảo quản', 'maintenance', 'required'),
    code('mode', 'Chế độ sử dụng', 'mode', 'required'),
    code('language', 'Ngôn ngữ', 'language', 'required', { multiple: true }),
    field('startDate', 'Thời gian bắt đầu', 'date', 'required', { dateForms: sip ? DAY : ANY_DATE }),
    field('endDate', 'Thời gian kết thúc', 'date', 'required', { dateForms: sip ? DAY : ANY_DATE }),
    field('keyword', 'Từ khóa', 'text', 'optional'),
    field('totalDoc', 'Tổng số tài liệu trong hồ sơ', 'integer', 'required', { min: 0 }),
    field('numberOfPaper', 'Số lượng tờ (tài liệu giấy số hóa)', 'integer', 'optional', { min: 0, omittedBy: 'table' }),
    field('numberOfPage', 'Số lượng trang', 'integer', 'required', { min: 0 }),
    code('format', 'Tình trạng vật lý', 'format', 'optional', sip ? { lenientCode: true } : {}),
    field('inforSign', 'Ký hiệu thông tin', 'text', 'optional', { maxLength: 30 }),
    code('confidenceLevel', 'Mức độ tin cậy', 'confidenceLevel', 'optional'),
    field('paperFileCode', 'Mã hồ sơ gốc giấy', 'text', 'conditional', {
      rule: 'Bắt buộc với hồ sơ số hóa (mức độ tin cậy 02 hoặc 03)',
    }),
    field('riskRecovery', 'Chế độ dự phòng', 'boolean-01', 'optional', { codeList: 'riskRecovery', omittedBy: 'xsd' }),
    code('riskRecoveryStatus', 'Tình trạng dự phòng', 'riskRecoveryStatus', 'conditional', { rule: RISK_STATUS_RULE, omittedBy: 'xsd' }),
    field('description', 'Ghi chú', 'text', 'optional', { maxLength: 2000 }),
  ];
}

/** Fields a document description shares between SIP (21 fields) and AIP (19 fields). */
const DOC = {
  docCode: field('docCode', 'Mã lưu trữ tài liệu (mã hồ sơ + số thứ tự 7 chữ số)', 'text', 'required'),
  typeName: code('typeName', 'Tên loại tài liệu', 'typeName', 'required'),
  codeNumber: field('codeNumber', 'Số của tài liệu', 'text', 'optional', { maxLength: 11 }),
  codeNotation: field('codeNotation', 'Ký hiệu của tài liệu', 'text', 'optional', { maxLength: 30 }),
  issuedDate: field('issuedDate', 'Ngày, tháng, năm tài liệu', 'date', 'required', { dateForms: DAY }),
  organName: field('organName', 'Tên cơ quan, tổ chức ban hành', 'text', 'required', { maxLength: 200 }),
  subject: field('subject', 'Trích yếu nội dung', 'text', 'required', { maxLength: 500 }),
  language: code('language', 'Ngôn ngữ', 'language', 'required', { multiple: true }),
  numberOfPage: field('numberOfPage', 'Số lượng trang', 'integer', 'required', { min: 0 }),
  inforSign: field('inforSign', 'Ký hiệu thông tin', 'text', 'optional', { maxLength: 30 }),
  keyword: field('keyword', 'Từ khóa', 'text', 'optional'),
  mode: code('mode', 'Chế độ sử dụng', 'mode', 'required'),
  confidenceLevel: code('confidenceLevel', 'Mức độ tin cậy', 'confidenceLevel', 'optional'),
  autograph: field('autograph', 'Bút tích', 'text', 'optional', { maxLength: 2000 }),
  process: field('process', 'Quy trình xử lý', 'text', 'conditional', {
    rule: 'Bắt buộc với tài liệu điện tử (mức độ tin cậy 01 hoặc 03)',
  }),
  description: field('description', 'Ghi chú', 'text', 'optional'),
};

const arcFileCodeOfParent = (presence: Presence, shape?: PicMediaShape) =>
  field('arcFileCode', 'Mã hồ sơ lưu trữ (của hồ sơ chứa tài liệu)', 'text', presence, shape ? { shape } : {});
const docOrdinal = (shape?: PicMediaShape) =>
  field('docOrdinal', 'Số thứ tự tài liệu trong hồ sơ', 'integer', 'required', { min: 1, ...(shape ? { shape } : {}) });

/** Identity and backup fields of the two EAD_pic / EAD_media shapes. */
const SHAPE_HEAD: FieldSpec[] = [
  arcFileCodeOfParent('required', 'I'),
  docOrdinal('I'),
  field('arcDocCode', 'Mã lưu trữ tài liệu (mã cơ quan lưu trữ + mã hồ sơ + số thứ tự)', 'text', 'required', { shape: 'II' }),
  code('maintenance', 'Thời hạn bảo quản', 'maintenance', 'optional', { shape: 'II' }),
];
const SHAPE_TAIL: FieldSpec[] = [
  field('riskRecovery', 'Chế độ dự phòng', 'boolean-01', 'optional', { codeList: 'riskRecovery', shape: 'II' }),
  code('riskRecoveryStatus', 'Tình trạng dự phòng', 'riskRecoveryStatus', 'conditional', { rule: RISK_STATUS_RULE, shape: 'II' }),
];

export const TT05_CATALOGUE: Readonly<Record<DescriptionKind, KindSpec>> = {
  'sip-hoso': { kind: 'sip-hoso', label: 'Hồ sơ trong gói SIP_hoso', file: 'metadata/descriptive/EAD.xml', fields: hosoFields(true) },
  'aip-hoso': { kind: 'aip-hoso', label: 'Hồ sơ trong gói AIP_hoso', file: 'metadata/descriptive/EAD.xml', fields: hosoFields(false) },
  'sip-tailieu': {
    kind: 'sip-tailieu',
    label: 'Gói tài liệu SIP_tailieu',
    file: 'metadata/descriptive/EAD.xml',
    fields: [
      field('fileCode', 'Mã gói tin (mã định danh + năm + lần nộp 2 ký tự + số thứ tự 7 ký tự)', 'text', 'required'),
      field('title', 'Tiêu đề gói tin', 'text', 'required', { maxLength: 1000 }),
      field('source', 'Nguồn gốc (0 văn bản đi, 1 văn bản đến)', 'boolean-01', 'required', { codeList: 'source' }),
      field('totalDoc', 'Tổng số tài liệu trong gói tin', 'integer', 'required', { min: 0 }),
      field('description', 'Ghi chú', 'text', 'optional', { maxLength: 2000 }),
    ],
  },
  'aip-tailieu': {
    kind: 'aip-tailieu',
    label: 'Gói tài liệu AIP_tailieu',
    file: 'metadata/descriptive/EAD.xml',
    fields: [
      field('arcFileCode', 'Mã gói tin lưu trữ (mã cơ quan lưu trữ + mã gói tin)', 'text', 'required'),
      field('title', 'Tiêu đề gói tin', 'text', 'required', { maxLength: 1000 }),
      code('source', 'Nguồn gốc', 'source', 'required', { maxLength: 100, lenientCode: true }),
      field('description', 'Ghi chú', 'text', 'optional', { maxLength: 2000 }),
    ],
  },
  'sip-doc': {
    kind: 'sip-doc',
    label: 'Tài liệu văn bản trong gói SIP (EAD_DOC)',
    file: 'representations/rep1/metadata/descriptive/EAD_DOC_<docId>.xml',
    fields: [
      field('docId', 'Mã định danh tài liệu', 'text', 'required'),
      DOC.docCode,
      code('maintenance', 'Thời hạn bảo quản (mặc định theo hồ sơ)', 'maintenance', 'optional'),
      DOC.typeName,
      DOC.codeNumber,
      DOC.codeNotation,
      DOC.issuedDate,
      DOC.organName,
      DOC.subject,
      DOC.language,
      DOC.numberOfPage,
      DOC.inforSign,
      DOC.keyword,
      DOC.mode,
      DOC.confidenceLevel,
      DOC.autograph,
      code('format', 'Tình trạng vật lý', 'format', 'optional', { lenientCode: true }),
      field('riskRecovery', 'Chế độ dự phòng', 'boolean-01', 'optional', { codeList: 'riskRecovery' }),
      code('riskRecoveryStatus', 'Tình trạng dự phòng', 'riskRecoveryStatus', 'conditional', { rule: RISK_STATUS_RULE }),
      DOC.process,
      DOC.description,
    ],
  },
  'aip-doc': {
    kind: 'aip-doc',
    label: 'Tài liệu văn bản trong gói AIP (EAD_doc)',
    file: 'representations/rep1/metadata/descriptive/EAD_doc_<name>.xml',
    fields: [
      arcFileCodeOfParent('required'),
      DOC.mode,
      DOC.language,
      DOC.keyword,
      DOC.numberOfPage,
      code('format', 'Tình trạng vật lý', 'format', 'optional'),
      DOC.inforSign,
      DOC.confidenceLevel,
      DOC.description,
      DOC.docCode,
      docOrdinal(),
      DOC.typeName,
      DOC.codeNumber,
      DOC.codeNotation,
      DOC.issuedDate,
      DOC.organName,
      DOC.subject,
      DOC.autograph,
      DOC.process,
    ],
  },
  pic: {
    kind: 'pic',
    label: 'Phim âm bản, ảnh (EAD_pic)',
    file: 'representations/rep1/metadata/descriptive/EAD_PIC_<name>.xml',
    fields: [
      ...SHAPE_HEAD,
      code('typePic', 'Loại (01 phim âm bản, 02 ảnh)', 'typePic', 'required'),
      field('archivesNumber', 'Số lưu trữ', 'text', 'optional'),
      field('eventName', 'Tên sự kiện', 'text', 'optional'),
      field('imageTitle', 'Tiêu đề phim, ảnh', 'text', 'required'),
      field('photographer', 'Tác giả (người chụp)', 'text', 'optional'),
      field('photoPlace', 'Địa điểm chụp', 'text', 'optional'),
      field('photoTime', 'Thời gian chụp', 'date', 'optional', { dateForms: ANY_DATE }),
      code('colour', 'Màu sắc', 'colour', 'optional'),
      field('filmSize', 'Cỡ phim, ảnh', 'text', 'optional'),
      code('mode', 'Chế độ sử dụng', 'mode', 'required'),
      code('format', 'Tình trạng vật lý', 'format', 'optional'),
      ...SHAPE_TAIL,
    ],
  },
  media: {
    kind: 'media',
    label: 'Ghi âm, ghi hình (EAD_media)',
    file: 'representations/rep1/metadata/descriptive/EAD_MEDIA_<name>.xml',
    fields: [
      ...SHAPE_HEAD,
      code('typeMedia', 'Loại (01 ghi âm, 02 ghi hình)', 'typeMedia', 'required'),
      field('eventName', 'Tên sự kiện', 'text', 'optional'),
      field('movieTitle', 'Tiêu đề phim, âm thanh', 'text', 'required'),
      field('recorder', 'Tác giả (người ghi)', 'text', 'optional'),
      field('recordPlace', 'Địa điểm ghi', 'text', 'optional'),
      field('recordDate', 'Thời gian ghi', 'date', 'optional', { dateForms: ANY_DATE }),
      code('language', 'Ngôn ngữ', 'language', 'optional', { multiple: true }),
      field('playTime', 'Thời lượng', 'text', 'optional'),
      field('quality', 'Chất lượng', 'text', 'optional'),
      ...SHAPE_TAIL,
    ],
  },
};

export function fieldSpec(kind: DescriptionKind, name: string): FieldSpec | undefined {
  return TT05_CATALOGUE[kind].fields.find((f) => f.name === name);
}

/** The shape of an EAD_pic / EAD_media description: II as soon as a field only shape II has is present. */
export function picMediaShape(kind: DescriptionKind, fields: Readonly<Record<string, string>>): PicMediaShape | undefined {
  const spec = TT05_CATALOGUE[kind].fields;
  if (!spec.some((f) => f.shape)) return undefined;
  return spec.some((f) => f.shape === 'II' && f.name in fields) ? 'II' : 'I';
}

/** The fields written for a description: the whole catalogue, or one pic/media shape of it. */
export function fieldsToWrite(kind: DescriptionKind, fields: Readonly<Record<string, string>>): readonly FieldSpec[] {
  const shape = picMediaShape(kind, fields);
  return TT05_CATALOGUE[kind].fields.filter((f) => f.shape === undefined || f.shape === shape);
}

/** Every element name of every kind: what `parseSimpleDc` accepts when not told the kind. */
export const ALL_FIELD_NAMES: ReadonlySet<string> = new Set(DESCRIPTION_KINDS.flatMap((k) => TT05_CATALOGUE[k].fields.map((f) => f.name)));
