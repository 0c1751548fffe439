import { el, type XmlElement } from '@duphong/core';

// TODO(merge): replace with writeSimpleDc from core tt05/profile once it lands (same field order).
const AIP_HOSO = ['arcFileCode','title','maintenance','mode','language','startDate','endDate','keyword','totalDoc','numberOfPaper','numberOfPage','format','inforSign','confidenceLevel','paperFileCode','riskRecovery','riskRecoveryStatus','description'];
const AIP_DOC = ['arcFileCode','mode','language','keyword','numberOfPage','format','inforSign','confidenceLevel','description','docCode','docOrdinal','typeName','codeNumber','codeNotation','issuedDate','organName','subject','autograph','process'];

function simpleDc(names: string[], fields: Record<string, string>): XmlElement {
  return el('simpledc', '', {}, names.map((n) => el(n, '', {}, [fields[n] ?? ''])));
}

/** The file's EAD (AIP_hoso, 18 fields): what the source said, completed from the catalogue. */
export function fileDescription(fileCode: string, title: string, totalDoc: number, given: Record<string, string> = {}): XmlElement {
  return simpleDc(AIP_HOSO, {
    riskRecovery: '1',
    riskRecoveryStatus: '01',
    ...given,
    arcFileCode: given.arcFileCode || fileCode,
    title: given.title || title,
    totalDoc: given.totalDoc || String(totalDoc),
  });
}

/** A document's EAD_doc (AIP, 19 fields); docCode = file code + 7-digit sequence when the source gave none. */
export function documentDescription(fileCode: string, ordinal: number, given: Record<string, string> = {}): XmlElement {
  return simpleDc(AIP_DOC, {
    ...given,
    arcFileCode: given.arcFileCode || fileCode,
    docCode: given.docCode || `${fileCode}.${String(ordinal).padStart(7, '0')}`,
    docOrdinal: given.docOrdinal || String(ordinal),
  });
}
