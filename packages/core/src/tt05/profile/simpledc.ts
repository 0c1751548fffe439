import type { Finding } from '../../findings.js';
import { el, type XmlElement } from '../../xml/tree.js';
import { ALL_FIELD_NAMES, TT05_CATALOGUE, fieldsToWrite, type DescriptionKind } from './catalogue.js';
import { tt05Finding } from './finding-codes.js';

/**
 * Reading and writing the TT05 `<simpledc>` element (EAD.xml, EAD_DOC_…, EAD_PIC_…, EAD_MEDIA_…):
 * no namespace, one child per field. Values are trimmed and NFC-normalised both ways, so a
 * description written here reads back to exactly what was given (Vietnamese diacritics included).
 */
export const SIMPLEDC = 'simpledc';

const clean = (value: string): string => value.trim().normalize('NFC');

/**
 * The `<simpledc>` element of a description: every catalogue field of the kind, in catalogue order,
 * written even when empty (the official sample writes all 18 fields of a file). For EAD_pic /
 * EAD_media, the fields of one shape (appendix II as soon as one of its own fields is given).
 * Fields outside the catalogue are not written: check them first with `checkDescription`.
 */
export function writeSimpleDc(kind: DescriptionKind, fields: Readonly<Record<string, string>>): XmlElement {
  const children = fieldsToWrite(kind, fields).map((spec) => {
    const value = clean(fields[spec.name] ?? '');
    return el(spec.name, '', {}, value === '' ? [] : [value]);
  });
  return el(SIMPLEDC, '', {}, children);
}

export interface ParsedSimpleDc {
  fields: Record<string, string>;
  findings: Finding[];
}

export interface ParseSimpleDcOptions {
  /** Unknown elements are judged against this kind's catalogue (default: every kind's). */
  kind?: DescriptionKind;
  /** File path put on the findings. */
  path?: string;
}

/**
 * The fields of a `<simpledc>` element, in any order. Unknown elements are reported and left out
 * of `fields`; a field given twice keeps its first value. Never throws.
 */
export function parseSimpleDc(root: XmlElement, options: ParseSimpleDcOptions = {}): ParsedSimpleDc {
  const { kind, path } = options;
  const findings: Finding[] = [];
  const fields: Record<string, string> = {};
  if (root.local !== SIMPLEDC) {
    findings.push(tt05Finding('DP-TT05-ROOT', `Phần tử gốc là <${root.name}>, phải là <simpledc>`, path));
    return { fields, findings };
  }
  const known = kind === undefined ? ALL_FIELD_NAMES : new Set(TT05_CATALOGUE[kind].fields.map((f) => f.name));
  const namespaced = new Set<string>();
  if (root.ns !== '') namespaced.add(root.ns);
  for (const child of root.children) {
    if (!('name' in child)) continue; // whitespace between fields
    if (child.ns !== '') namespaced.add(child.ns);
    const name = child.local;
    if (!known.has(name)) {
      const where = kind === undefined ? 'TT05' : `loại mô tả ${kind}`;
      findings.push(tt05Finding('DP-TT05-UNKNOWN-FIELD', `Trường <${name}> không có trong danh mục ${where}`, path));
      continue;
    }
    if (name in fields) {
      findings.push(tt05Finding('DP-TT05-DUPLICATE-FIELD', `Trường <${name}> xuất hiện nhiều lần: chỉ lấy giá trị đầu tiên`, path));
      continue;
    }
    if (child.children.some((c) => 'name' in c)) {
      findings.push(tt05Finding('DP-TT05-NESTED', `Trường <${name}> chứa phần tử con: chỉ lấy phần văn bản`, path));
    }
    const raw = child.children.map((c) => ('text' in c ? c.text : '')).join('');
    if (raw !== raw.normalize('NFC')) {
      findings.push(tt05Finding('DP-TT05-NOT-NFC', `Trường <${name}> chưa chuẩn hóa Unicode NFC: đã chuẩn hóa khi đọc`, path));
    }
    fields[name] = clean(raw);
  }
  for (const ns of namespaced) {
    findings.push(tt05Finding('DP-TT05-NAMESPACE', `simpledc của TT05 không dùng không gian tên, gặp “${ns}”`, path));
  }
  return { fields, findings };
}
