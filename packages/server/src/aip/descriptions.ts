import { writeSimpleDc, type XmlElement } from '@duphong/core';

/**
 * The file's EAD (AIP_hoso, 18 fields; AIP_tailieu, 4): what the source said, completed from the
 * catalogue. Nothing is assumed: `riskRecovery` / `riskRecoveryStatus` are what the caller gives
 * (the catalogue's, usecases/risk-recovery-fields.ts), written empty otherwise.
 */
export function fileDescription(
  kind: 'aip-hoso' | 'aip-tailieu',
  fileCode: string,
  title: string,
  totalDoc: number,
  given: Record<string, string> = {},
): XmlElement {
  const fields = kind === 'aip-hoso' ? { ...given, totalDoc: given.totalDoc || String(totalDoc) } : { ...given };
  return writeSimpleDc(kind, { ...fields, arcFileCode: given.arcFileCode || fileCode, title: given.title || title });
}

/** A document's EAD_doc (AIP, 19 fields); docCode = file code + 7-digit sequence when the source gave none. */
export function documentDescription(fileCode: string, ordinal: number, given: Record<string, string> = {}): XmlElement {
  return writeSimpleDc('aip-doc', {
    ...given,
    arcFileCode: given.arcFileCode || fileCode,
    docCode: given.docCode || `${fileCode}.${String(ordinal).padStart(7, '0')}`,
    docOrdinal: given.docOrdinal || String(ordinal),
  });
}

/** A photograph's EAD_pic or a recording's EAD_media (shape I: the file's code and the document's ordinal). */
export function mediaDescription(kind: 'pic' | 'media', fileCode: string, ordinal: number, given: Record<string, string> = {}): XmlElement {
  return writeSimpleDc(kind, { ...given, arcFileCode: given.arcFileCode || fileCode, docOrdinal: given.docOrdinal || String(ordinal) });
}
