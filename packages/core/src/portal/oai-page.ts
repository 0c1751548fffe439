import type { Finding } from '../findings.js';
import { elements, parseXml, type XmlElement } from '../xml/tree.js';
import { DC_NS, OAI_DC_NS, OAI_NS } from '../oai/records.js';

/*
 * One OAI-PMH 2.0 ListRecords response, read by the portal's harvester (decision 0027): the
 * records' headers and their oai_dc fields, the resumption token, or the protocol error. XML is
 * parsed by core's parser (no DOCTYPE, no entities). Only what the shared record contract
 * (docs/oai-pmh.md) defines is read; everything else is ignored.
 */

export interface OaiHeader {
  identifier: string;
  datestamp: string;
  deleted: boolean;
  setSpecs: string[];
}

/** The oai_dc elements, each as the list of its values in document order. */
export type DcFields = Record<string, string[]>;

export interface OaiRecord {
  header: OaiHeader;
  dc?: DcFields;
}

export type OaiPage =
  | { kind: 'records'; responseDate: string; records: OaiRecord[]; resumptionToken: string | null; completeListSize?: number }
  | { kind: 'error'; responseDate: string; code: string; message: string }
  | { kind: 'invalid'; findings: Finding[] };

const text = (e: XmlElement): string =>
  e.children
    .map((c) => ('text' in c ? c.text : text(c)))
    .join('')
    .trim();

const first = (parent: XmlElement, ns: string, local: string): XmlElement | undefined => elements(parent, ns, local)[0];

const invalid = (message: string): OaiPage => ({
  kind: 'invalid',
  findings: [{ code: 'DP-HARVEST-RESPONSE', severity: 'error', message }],
});

/** Read one response. Never throws: a response that is not OAI-PMH comes back `invalid`. */
export function readOaiPage(xml: string): OaiPage {
  const parsed = parseXml(xml);
  if (!parsed.root) return { kind: 'invalid', findings: parsed.findings };
  const root = parsed.root;
  if (root.ns !== OAI_NS || root.local !== 'OAI-PMH') return invalid('Phản hồi không phải OAI-PMH 2.0 (phần tử gốc khác OAI-PMH)');
  const responseDate = first(root, OAI_NS, 'responseDate');
  if (!responseDate) return invalid('Phản hồi OAI-PMH thiếu responseDate');
  const date = text(responseDate);
  const error = first(root, OAI_NS, 'error');
  if (error) return { kind: 'error', responseDate: date, code: error.attributes.code ?? 'unknown', message: text(error) };
  const list = first(root, OAI_NS, 'ListRecords');
  if (!list) return invalid('Phản hồi OAI-PMH không có ListRecords');
  const records: OaiRecord[] = [];
  for (const r of elements(list, OAI_NS, 'record')) {
    const header = first(r, OAI_NS, 'header');
    if (!header) return invalid('Bản ghi OAI-PMH thiếu header');
    const identifier = first(header, OAI_NS, 'identifier');
    const datestamp = first(header, OAI_NS, 'datestamp');
    if (!identifier || !datestamp) return invalid('Header OAI-PMH thiếu identifier hoặc datestamp');
    const h: OaiHeader = {
      identifier: text(identifier),
      datestamp: text(datestamp),
      deleted: header.attributes.status === 'deleted',
      setSpecs: elements(header, OAI_NS, 'setSpec').map(text),
    };
    const dc = first(r, OAI_NS, 'metadata') && first(first(r, OAI_NS, 'metadata')!, OAI_DC_NS, 'dc');
    records.push(dc ? { header: h, dc: dcFields(dc) } : { header: h });
  }
  const token = first(list, OAI_NS, 'resumptionToken');
  const value = token ? text(token) : '';
  const size = token?.attributes.completeListSize;
  return {
    kind: 'records',
    responseDate: date,
    records,
    resumptionToken: value === '' ? null : value,
    ...(size !== undefined && /^\d+$/.test(size) ? { completeListSize: Number(size) } : {}),
  };
}

function dcFields(dc: XmlElement): DcFields {
  const fields: DcFields = {};
  for (const e of elements(dc, DC_NS)) (fields[e.local] ??= []).push(text(e));
  return fields;
}
