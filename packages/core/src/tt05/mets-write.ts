import { el, writeXml, type XmlElement } from '../xml/tree.js';
import {
  CSIP_NAMESPACE,
  METS_NAMESPACE as M,
  SIP_NAMESPACE,
  XLINK_NAMESPACE,
  XSI_NAMESPACE,
  type MetsDiv,
  type MetsDocument,
  type MetsFile,
  type MetsMdRef,
  type MetsMdSec,
} from './mets-model.js';

/** METS 1.12 XML for the model, elements in the schema's order; namespaces declared once on the root. */
export function metsElement(doc: MetsDocument): XmlElement {
  const h = doc.header;
  const header = el(
    'metsHdr',
    M,
    { CREATEDATE: h.createDate, LASTMODDATE: h.lastModDate, RECORDSTATUS: h.recordStatus, 'csip:OAISPACKAGETYPE': h.oaisPackageType },
    [
      ...h.agents.map((a) =>
        el('agent', M, { ROLE: a.role, TYPE: a.type, OTHERTYPE: a.otherType }, [
          el('name', M, {}, [a.name]),
          ...a.notes.map((n) => el('note', M, { 'csip:NOTETYPE': n.noteType }, [n.text])),
        ]),
      ),
      ...h.altRecordIds.map((r) => el('altRecordID', M, { TYPE: r.type }, [r.value])),
    ],
  );
  return el(
    'mets',
    M,
    {
      OBJID: doc.objid,
      LABEL: doc.label,
      TYPE: doc.type,
      PROFILE: doc.profile,
      'csip:CONTENTINFORMATIONTYPE': doc.contentInformationType,
      xmlns: M,
      'xmlns:xlink': XLINK_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xmlns:csip': CSIP_NAMESPACE,
      'xmlns:sip': SIP_NAMESPACE,
      'xsi:schemaLocation': doc.schemaLocation.map((s) => `${s.namespace} ${s.location}`).join(' '),
    },
    [
      header,
      ...doc.dmdSecs.map((d) => mdSec('dmdSec', d)),
      ...doc.amdSecs.map((a) =>
        el(
          'amdSec',
          M,
          { ID: a.id },
          a.digiprov.map((d) => mdSec('digiprovMD', d)),
        ),
      ),
      doc.fileSec &&
        el(
          'fileSec',
          M,
          { ID: doc.fileSec.id },
          doc.fileSec.groups.map((g) => el('fileGrp', M, { ID: g.id, USE: g.use }, g.files.map(file))),
        ),
      el('structMap', M, { ID: doc.structMap.id, TYPE: doc.structMap.type, LABEL: doc.structMap.label }, [div(doc.structMap.root)]),
    ],
  );
}

export function writeMets(doc: MetsDocument): string {
  return writeXml(metsElement(doc));
}

function mdSec(name: string, d: MetsMdSec): XmlElement {
  return el(name, M, { ID: d.id, CREATED: d.created, STATUS: d.status }, [mdRef(d.ref)]);
}

function mdRef(r: MetsMdRef): XmlElement {
  return el('mdRef', M, {
    LOCTYPE: 'URL',
    MDTYPE: r.mdType,
    OTHERMDTYPE: r.otherMdType,
    MDTYPEVERSION: r.mdTypeVersion,
    MIMETYPE: r.mimeType,
    'xlink:type': 'simple',
    'xlink:href': r.href,
    SIZE: r.size === undefined ? undefined : String(r.size),
    CREATED: r.created,
    CHECKSUMTYPE: r.checksumType,
    CHECKSUM: r.checksum,
  });
}

function file(f: MetsFile): XmlElement {
  return el(
    'file',
    M,
    {
      ID: f.id,
      MIMETYPE: f.mimeType,
      SIZE: String(f.size),
      CREATED: f.created,
      CHECKSUM: f.checksum,
      CHECKSUMTYPE: f.checksumType,
      ADMID: f.admIds?.join(' '),
    },
    [el('FLocat', M, { LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': f.href })],
  );
}

function div(d: MetsDiv): XmlElement {
  return el('div', M, { ID: d.id, LABEL: d.label, TYPE: d.type, DMDID: d.dmdIds?.join(' '), ADMID: d.admIds?.join(' ') }, [
    // divType's sequence: mptr*, fptr*, div*.
    ...d.mptrs.map((m) => el('mptr', M, { LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': m.href, 'xlink:title': m.title })),
    ...d.fptrs.map((id) => el('fptr', M, { FILEID: id })),
    ...d.divs.map(div),
  ]);
}
