import type { AccessMode } from '../search/model.js';
import { el, type XmlElement } from '../xml/tree.js';
import { setSpecOf } from './sets.js';

/*
 * One catalogue file (hồ sơ) as an OAI-PMH item, and its two metadata formats: `oai_dc` (the shape
 * the national portal's harvester reads, docs/oai-pmh.md) and `ead`, a TT05 description in
 * DuPhong's namespace whose schema the repository serves at /oai/tt05-ead.xsd.
 */
export const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const EAD_NS = 'urn:duphong:oai:tt05-ead';

export interface OaiItem {
  fileCode: string;
  /** UTC, seconds: `YYYY-MM-DDThh:mm:ssZ`. */
  datestamp: string;
  /** Not (or no longer) visible to this harvester, though it once was: a tombstone header. */
  deleted: boolean;
  mode: AccessMode;
  title: string;
  fondsCode: string | null;
  fondsName: string | null;
  unitId: string | null;
  unitName: string | null;
  fields: Record<string, string>;
}

export interface OaiRepositoryInfo {
  instanceId: string;
  /** The record page of the holding instance: `${publicUrl}/#/ho-so/${code}`. */
  publicUrl: string;
}

export const MODE_LABELS: Record<AccessMode, string> = { '01': 'Công khai', '02': 'Sử dụng có điều kiện', '03': 'Mật' };

export const oaiIdentifier = (instanceId: string, fileCode: string): string => `oai:${instanceId}:${encodeURIComponent(fileCode)}`;

/** The file code of an identifier of this repository, or undefined (another repository's, malformed). */
export function fileCodeOf(instanceId: string, identifier: string): string | undefined {
  const prefix = `oai:${instanceId}:`;
  if (!identifier.startsWith(prefix)) return undefined;
  try {
    const code = decodeURIComponent(identifier.slice(prefix.length));
    return code.length > 0 && oaiIdentifier(instanceId, code) === identifier ? code : undefined;
  } catch {
    return undefined;
  }
}

/** TT05 dates (DD/MM/YYYY, MM/YYYY, YYYY) as W3C-DTF. */
function w3cDate(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return /^\d{4}$/.test(v) ? v : undefined;
}

export function dateRange(fields: Record<string, string>): string | undefined {
  const start = w3cDate(fields.startDate);
  const end = w3cDate(fields.endDate);
  if (start && end && start !== end) return `${start}/${end}`;
  return start ?? end;
}

export function recordUrl(info: OaiRepositoryInfo, fileCode: string): string {
  return `${info.publicUrl.replace(/\/+$/, '')}/#/ho-so/${encodeURIComponent(fileCode)}`;
}

export function oaiHeader(info: OaiRepositoryInfo, item: OaiItem): XmlElement {
  const sets = [
    ...(item.unitId ? [setSpecOf({ kind: 'unit', id: item.unitId })] : []),
    ...(item.fondsCode ? [setSpecOf({ kind: 'fonds', code: item.fondsCode })] : []),
  ];
  return el('header', OAI_NS, item.deleted ? { status: 'deleted' } : {}, [
    el('identifier', OAI_NS, {}, [oaiIdentifier(info.instanceId, item.fileCode)]),
    el('datestamp', OAI_NS, {}, [item.datestamp]),
    ...sets.map((s) => el('setSpec', OAI_NS, {}, [s])),
  ]);
}

function oaiDc(info: OaiRepositoryInfo, item: OaiItem): XmlElement {
  const dc = (name: string, value: string | null | undefined) => (value ? el(`dc:${name}`, DC_NS, {}, [value]) : undefined);
  return el(
    'oai_dc:dc',
    OAI_DC_NS,
    {
      'xmlns:oai_dc': OAI_DC_NS,
      'xmlns:dc': DC_NS,
      'xmlns:xsi': XSI_NS,
      'xsi:schemaLocation': `${OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
    },
    [
      dc('title', item.title),
      dc('identifier', item.fileCode),
      dc('identifier', recordUrl(info, item.fileCode)),
      dc('date', dateRange(item.fields)),
      dc('publisher', item.unitName),
      dc('source', item.fondsName),
      dc('relation', item.fondsCode ? `fonds:${item.fondsCode}` : undefined),
      dc('rights', `urn:duphong:access:${item.mode}`),
      dc('rights', MODE_LABELS[item.mode]),
      dc('language', 'vi'),
      dc('type', 'hồ sơ lưu trữ'),
      dc('description', item.fields.description),
    ],
  );
}

/** The TT05 file description: each field as written in the catalogue, in field-name order. */
function ead(info: OaiRepositoryInfo, item: OaiItem): XmlElement {
  const field = (name: string, value: string) => el('field', EAD_NS, { name }, [value]);
  return el('ead', EAD_NS, { xmlns: EAD_NS, fileCode: item.fileCode, level: 'file', url: recordUrl(info, item.fileCode) }, [
    el('title', EAD_NS, {}, [item.title]),
    ...(item.fondsCode ? [el('fonds', EAD_NS, { code: item.fondsCode }, [item.fondsName ?? item.fondsCode])] : []),
    ...(item.unitId ? [el('unit', EAD_NS, { id: item.unitId }, [item.unitName ?? item.unitId])] : []),
    el('accessrestrict', EAD_NS, { mode: item.mode }, [MODE_LABELS[item.mode]]),
    ...Object.keys(item.fields)
      .sort()
      .filter((k) => item.fields[k]!.trim() !== '')
      .map((k) => field(k, item.fields[k]!)),
  ]);
}

export const METADATA_FORMATS = {
  oai_dc: { schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', namespace: OAI_DC_NS, build: oaiDc },
  ead: { schema: '/oai/tt05-ead.xsd', namespace: EAD_NS, build: ead },
} as const;
export type MetadataPrefix = keyof typeof METADATA_FORMATS;

export const isMetadataPrefix = (p: string): p is MetadataPrefix => Object.hasOwn(METADATA_FORMATS, p);

export function oaiRecord(info: OaiRepositoryInfo, item: OaiItem, prefix: MetadataPrefix): XmlElement {
  const header = oaiHeader(info, item);
  if (item.deleted) return el('record', OAI_NS, {}, [header]);
  return el('record', OAI_NS, {}, [header, el('metadata', OAI_NS, {}, [METADATA_FORMATS[prefix].build(info, item)])]);
}

/** The XSD of the `ead` format: TT05 fields by name, any order (served at /oai/tt05-ead.xsd). */
export const TT05_EAD_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${EAD_NS}" xmlns="${EAD_NS}" elementFormDefault="qualified">
  <xs:element name="ead">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title" type="xs:string"/>
        <xs:element name="fonds" minOccurs="0"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="code" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>
        <xs:element name="unit" minOccurs="0"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="id" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>
        <xs:element name="accessrestrict"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="mode" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>
        <xs:element name="field" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="name" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>
      </xs:sequence>
      <xs:attribute name="fileCode" type="xs:string" use="required"/>
      <xs:attribute name="level" type="xs:string" use="required"/>
      <xs:attribute name="url" type="xs:string" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;
