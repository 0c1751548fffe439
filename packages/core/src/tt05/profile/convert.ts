import type { Finding } from '../../findings.js';
import { TT05_CATALOGUE, type DescriptionKind } from './catalogue.js';
import { tt05Finding } from './finding-codes.js';
import { splitSequencedCode } from './values.js';

export type SipDescriptionKind = 'sip-hoso' | 'sip-tailieu' | 'sip-doc';

export interface SipToAipOptions {
  /** Code of the archive (mã cơ quan lưu trữ) put in front of the file code: arcFileCode = archiveCode.fileCode. */
  archiveCode?: string;
  /**
   * Fonds code (mã phông) that replaces the agency identifier of the file code, for a closed fonds
   * ("file code may use the fonds code for closed fonds"). The agency identifier is everything
   * before the first 4-digit year segment.
   */
  fondsCode?: string;
  /** fileCode of the parent file, for a document (default: docId without its ordinal). */
  fileCode?: string;
  path?: string;
}

export interface SipToAipResult {
  kind: DescriptionKind;
  fields: Record<string, string>;
  findings: Finding[];
}

const AIP_KIND: Record<SipDescriptionKind, DescriptionKind> = {
  'sip-hoso': 'aip-hoso',
  'sip-tailieu': 'aip-tailieu',
  'sip-doc': 'aip-doc',
};

/**
 * Turn a SIP description into its AIP shape (SIP → AIP, TT05 art. 25): fileCode → arcFileCode;
 * SIP_tailieu: totalDoc dropped, source Boolean → String ("true"/"false" become "1"/"0");
 * EAD_DOC → EAD_doc: docId, maintenance and riskRecovery* dropped, arcFileCode (the parent's) and
 * docOrdinal (the docCode sequence, else the docId ordinal) added. Fields come out in the AIP
 * catalogue's order; values are kept as they are (check the result with `checkDescription`).
 */
export function sipToAipFields(
  kind: SipDescriptionKind,
  fields: Readonly<Record<string, string>>,
  options: SipToAipOptions = {},
): SipToAipResult {
  const findings: Finding[] = [];
  const fail = (message: string) => findings.push(tt05Finding('DP-TT05-CONVERT', message, options.path));
  const source: Record<string, string> = { ...fields };
  const derived: Record<string, string> = {};

  if (kind === 'sip-hoso' || kind === 'sip-tailieu') {
    const fileCode = (fields.fileCode ?? '').trim();
    if (fileCode === '') fail('Không có mã hồ sơ (fileCode) để lập mã hồ sơ lưu trữ (arcFileCode)');
    else derived.arcFileCode = archivalCode(fileCode, options, fail);
  }
  if (kind === 'sip-tailieu') {
    const value = (fields.source ?? '').trim().toLowerCase();
    derived.source = value === 'true' ? '1' : value === 'false' ? '0' : (fields.source ?? '');
  }
  if (kind === 'sip-doc') {
    const docId = (fields.docId ?? '').trim();
    const split = splitSequencedCode((fields.docCode ?? '').trim());
    const docIdMatch = /^(.+)\.(\d+)$/.exec(docId);
    const fileCode = options.fileCode ?? docIdMatch?.[1] ?? split?.prefix;
    if (fileCode === undefined || fileCode === '')
      fail('Không xác định được mã hồ sơ của tài liệu: cho fileCode hoặc docId dạng <mã hồ sơ>.<số thứ tự>');
    else derived.arcFileCode = archivalCode(fileCode, options, fail);
    const ordinal = split?.sequence ?? (docIdMatch ? Number(docIdMatch[2]) : undefined);
    if (ordinal === undefined) fail('Không xác định được số thứ tự tài liệu (docOrdinal) từ docCode hoặc docId');
    else derived.docOrdinal = String(ordinal);
  }

  const aipKind = AIP_KIND[kind];
  const out: Record<string, string> = {};
  for (const spec of TT05_CATALOGUE[aipKind].fields) {
    const value = derived[spec.name] ?? source[spec.name];
    if (value !== undefined) out[spec.name] = value;
  }
  return { kind: aipKind, fields: out, findings };
}

/** archiveCode + "." + file code, the agency identifier replaced by the fonds code when given. */
function archivalCode(fileCode: string, options: SipToAipOptions, fail: (message: string) => void): string {
  let code = fileCode;
  if (options.fondsCode !== undefined && options.fondsCode !== '') {
    const segments = fileCode.split('.');
    const year = segments.findIndex((s, i) => i > 0 && /^\d{4}$/.test(s));
    if (year < 0) fail(`Không tìm thấy năm trong mã hồ sơ “${fileCode}” nên không thay được mã định danh bằng mã phông`);
    else code = [options.fondsCode, ...segments.slice(year)].join('.');
  }
  return options.archiveCode !== undefined && options.archiveCode !== '' ? `${options.archiveCode}.${code}` : code;
}
