import type { Finding } from '../../findings.js';
import { picMediaShape, type DescriptionKind } from './catalogue.js';
import type { DescriptionContext } from './check.js';
import { tt05Finding } from './finding-codes.js';
import { parseTt05Integer, splitSequencedCode } from './values.js';

/**
 * Identity codes of a document against its file: docCode = file code + 7-digit sequence
 * (arcDocCode = archive code + file code + sequence), docId = file code + "." + ordinal (the
 * sample's form), arcFileCode = the parent's. The official sample's docCodes carry the wrong year,
 * so a docCode whose prefix is not the file code is only a warning (DP-TT05-DOCCODE-MISMATCH).
 */
export function checkDocumentCodes(
  kind: DescriptionKind,
  values: Readonly<Record<string, string>>,
  context: DescriptionContext,
): Finding[] {
  const findings: Finding[] = [];
  const add = (code: string, message: string) => findings.push(tt05Finding(code, message, context.path));
  const value = (name: string) => values[name] ?? '';
  const shape = picMediaShape(kind, values);
  const codeField = kind === 'sip-doc' || kind === 'aip-doc' ? 'docCode' : shape === 'II' ? 'arcDocCode' : undefined;

  // The parent codes a document code may start with (arcFileCode ends with the file code).
  const parents = [context.fileCode, context.arcFileCode].filter((c): c is string => c !== undefined && c !== '');
  let sequence: number | undefined;
  if (codeField !== undefined && value(codeField) !== '') {
    const split = splitSequencedCode(value(codeField));
    if (!split) {
      add('DP-TT05-DOCCODE-FORMAT', `Mã lưu trữ tài liệu (${codeField}) “${value(codeField)}” phải kết thúc bằng số thứ tự 7 chữ số`);
    } else {
      sequence = split.sequence;
      if (parents.length > 0 && !parents.some((p) => p === split.prefix || p.endsWith(`.${split.prefix}`))) {
        add(
          'DP-TT05-DOCCODE-MISMATCH',
          `Mã lưu trữ tài liệu (${codeField}) “${value(codeField)}” không bắt đầu bằng mã hồ sơ “${parents.join('” / “')}”` +
            ' (lỗi đã biết của gói mẫu: sai năm)',
        );
      }
    }
  }

  if (kind === 'sip-doc' && value('docId') !== '') {
    const docId = value('docId');
    const fileCode = context.fileCode;
    if (fileCode !== undefined && fileCode !== '' && !docId.startsWith(`${fileCode}.`)) {
      add('DP-TT05-DOCID-MISMATCH', `Mã định danh tài liệu (docId) “${docId}” không bắt đầu bằng mã hồ sơ “${fileCode}.”`);
    }
    const ordinal = /\.(\d+)$/.exec(docId)?.[1];
    if (ordinal !== undefined && sequence !== undefined && Number(ordinal) !== sequence) {
      add('DP-TT05-DOC-SEQUENCE', `Số thứ tự ${Number(ordinal)} trong docId “${docId}” khác số thứ tự ${sequence} trong docCode`);
    }
  }

  if (value('docOrdinal') !== '' && sequence !== undefined) {
    const ordinal = parseTt05Integer(value('docOrdinal'));
    if (ordinal !== undefined && ordinal !== sequence) {
      add('DP-TT05-DOC-SEQUENCE', `Số thứ tự tài liệu (docOrdinal) ${ordinal} khác số thứ tự ${sequence} trong docCode`);
    }
  }

  const parentArc = context.arcFileCode;
  const ownsArcFileCode = kind === 'aip-doc' || ((kind === 'pic' || kind === 'media') && shape === 'I');
  if (ownsArcFileCode && parentArc !== undefined && parentArc !== '' && value('arcFileCode') !== '' && value('arcFileCode') !== parentArc) {
    add(
      'DP-TT05-ARCFILECODE-MISMATCH',
      `Mã hồ sơ lưu trữ (arcFileCode) “${value('arcFileCode')}” khác mã của hồ sơ chứa nó “${parentArc}”`,
    );
  }
  return findings;
}
