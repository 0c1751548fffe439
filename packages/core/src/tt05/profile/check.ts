import type { Finding } from '../../findings.js';
import { TT05_CATALOGUE, fieldsToWrite, picMediaShape, type DescriptionKind, type FieldSpec } from './catalogue.js';
import { TT05_CODE_LISTS, isListedCode } from './code-lists.js';
import { checkDocumentCodes } from './check-codes.js';
import { fieldTitle, tt05Finding } from './finding-codes.js';
import { characterCount, parseTt05Date, parseTt05Integer, splitCodes } from './values.js';

/** What a description is checked against besides itself. */
export interface DescriptionContext {
  /** `fileCode` of the file the document belongs to (docId / docCode consistency). */
  fileCode?: string;
  /** `arcFileCode` of the file or package the document belongs to (AIP). */
  arcFileCode?: string;
  /** DuPhong's own output: every warning (tolerated defects of the official sample) is an error. */
  strict?: boolean;
  /** File path put on the findings. */
  path?: string;
}

const title = (spec: FieldSpec) => fieldTitle(spec.label, spec.name);

/**
 * Check one description against the TT05 catalogue of its kind: presence, lengths, types, code
 * lists and the cross-field rules. Returns findings with stable DP-TT05 codes and Vietnamese
 * messages naming the field; the official sample's known defects are warnings (errors if strict).
 */
export function checkDescription(
  kind: DescriptionKind,
  fields: Readonly<Record<string, string>>,
  context: DescriptionContext = {},
): Finding[] {
  const path = context.path;
  const findings: Finding[] = [];
  const add = (code: string, message: string, severity?: Finding['severity']) => findings.push(tt05Finding(code, message, path, severity));
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) values[name] = value.trim().normalize('NFC');

  const specs = fieldsToWrite(kind, values);
  const catalogue = TT05_CATALOGUE[kind].fields;
  const otherShape = Object.keys(values).filter((name) => catalogue.some((f) => f.name === name) && !specs.some((f) => f.name === name));
  if (otherShape.length > 0) {
    add('DP-TT05-SHAPE-MIXED', `Mô tả ${kind} dạng phụ lục ${picMediaShape(kind, values)} không được có trường ${otherShape.join(', ')}`);
  }
  for (const name of Object.keys(values)) {
    if (!catalogue.some((f) => f.name === name)) add('DP-TT05-UNKNOWN-FIELD', `Trường “${name}” không có trong danh mục ${kind}`);
  }

  for (const spec of specs) {
    const value = values[spec.name];
    if (value === undefined) {
      if (spec.presence === 'required') add('DP-TT05-REQUIRED', `Thiếu trường bắt buộc ${title(spec)}`);
      else if (spec.omittedBy) add('DP-TT05-FIELD-COUNT', fieldCountMessage(spec));
      else add('DP-TT05-FIELD-ABSENT', `Thiếu phần tử ${title(spec)}: TT05 ghi đủ mọi trường, kể cả khi rỗng`);
      continue;
    }
    if (value === '') {
      if (spec.presence === 'required') add('DP-TT05-REQUIRED', `Trường bắt buộc ${title(spec)} để trống`);
      continue;
    }
    checkValue(spec, value, add);
  }

  checkCrossFieldRules(kind, values, add);
  findings.push(...checkDocumentCodes(kind, values, context));
  return context.strict ? findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f)) : findings;
}

type Add = (code: string, message: string, severity?: Finding['severity']) => void;

function fieldCountMessage(spec: FieldSpec): string {
  const where = spec.omittedBy === 'table' ? 'bảng mô tả 17 trường' : 'EAD.xsd 16 trường';
  return `Thiếu phần tử ${title(spec)}: ${where} của thông tư bỏ sót trường này, nhưng gói mẫu và DuPhong ghi đủ 18 trường`;
}

function checkValue(spec: FieldSpec, value: string, add: Add): void {
  if (spec.maxLength !== undefined && characterCount(value) > spec.maxLength) {
    add('DP-TT05-TOO-LONG', `${title(spec)} dài ${characterCount(value)} ký tự, tối đa ${spec.maxLength}`);
  }
  switch (spec.type) {
    case 'integer': {
      const n = parseTt05Integer(value);
      if (n === undefined) add('DP-TT05-NOT-INTEGER', `${title(spec)} phải là số nguyên (chỉ gồm chữ số), gặp “${value}”`);
      else if (spec.min !== undefined && n < spec.min) add('DP-TT05-NOT-INTEGER', `${title(spec)} phải từ ${spec.min} trở lên, gặp ${n}`);
      break;
    }
    case 'date': {
      const forms = spec.dateForms ?? ['DD/MM/YYYY'];
      if (!parseTt05Date(value, forms)) {
        add('DP-TT05-BAD-DATE', `${title(spec)} phải có dạng ${forms.join(' hoặc ')} và là ngày có thật, gặp “${value}”`);
      }
      break;
    }
    case 'boolean-01':
      if (value !== '0' && value !== '1') add('DP-TT05-BAD-BOOLEAN', `${title(spec)} phải là 0 hoặc 1, gặp “${value}”`);
      break;
    case 'code': {
      const list = spec.codeList!;
      const codes = spec.multiple ? splitCodes(value) : [value];
      const bad = codes.length === 0 ? [value] : codes.filter((c) => !isListedCode(list, c));
      if (bad.length > 0) {
        const codesOf = TT05_CODE_LISTS[list].entries.map((e) => e.code);
        const range = `${codesOf[0]}–${codesOf[codesOf.length - 1]}`;
        const message = `${title(spec)}: mã “${bad.join(', ')}” không có trong bảng mã ${TT05_CODE_LISTS[list].label} (${range})`;
        add(
          'DP-TT05-BAD-CODE',
          spec.lenientCode ? `${message}; bảng mã không ràng buộc với loại mô tả này` : message,
          spec.lenientCode ? 'warning' : 'error',
        );
      }
      break;
    }
    case 'text':
      break;
  }
}

function checkCrossFieldRules(kind: DescriptionKind, values: Readonly<Record<string, string>>, add: Add): void {
  const has = (name: string) => fieldsToWrite(kind, values).some((f) => f.name === name);
  const value = (name: string) => values[name] ?? '';
  const label = (name: string) => {
    const spec = TT05_CATALOGUE[kind].fields.find((f) => f.name === name)!;
    return title(spec);
  };

  if (has('startDate') && has('endDate')) {
    const forms = TT05_CATALOGUE[kind].fields.find((f) => f.name === 'startDate')!.dateForms!;
    const start = parseTt05Date(value('startDate'), forms);
    const end = parseTt05Date(value('endDate'), forms);
    if (start && end && start.first > end.last) {
      add('DP-TT05-DATE-ORDER', `${label('startDate')} “${value('startDate')}” sau ${label('endDate')} “${value('endDate')}”`);
    }
  }
  if (has('riskRecoveryStatus') && value('riskRecovery') === '1' && value('riskRecoveryStatus') === '') {
    add('DP-TT05-RISKSTATUS-MISSING', `Chế độ dự phòng (riskRecovery) = 1 nên phải ghi ${label('riskRecoveryStatus')}`);
  }
  const confidence = value('confidenceLevel');
  if (has('paperFileCode') && (confidence === '02' || confidence === '03') && value('paperFileCode') === '') {
    // The official sample leaves it empty with 02: tolerated as a warning (TT05-PACKAGES.md, defect 3).
    const tolerated = confidence === '02';
    add(
      'DP-TT05-PAPERFILECODE-MISSING',
      `Hồ sơ số hóa (mức độ tin cậy ${confidence}) phải ghi ${label('paperFileCode')}` +
        (tolerated ? ' (gói mẫu chính thức cũng để trống: cảnh báo)' : ''),
      tolerated ? 'warning' : 'error',
    );
  }
  if (has('process') && (confidence === '01' || confidence === '03') && value('process') === '') {
    add('DP-TT05-PROCESS-MISSING', `Tài liệu điện tử (mức độ tin cậy ${confidence}) phải ghi ${label('process')}`);
  }
}
