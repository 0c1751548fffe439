import type { Finding } from '../findings.js';
import { strip } from './strip.js';
import { MetsDoc } from '../csip/mets.js';
import { elements, firstElement, textOf, type XmlElement } from '../xml/tree.js';
import {
  CSIP_NAMESPACE,
  METS_NAMESPACE as M,
  XLINK_NAMESPACE,
  XSI_NAMESPACE,
  type MetsDiv,
  type MetsDocument,
  type MetsFile,
  type MetsMdSec,
} from './mets-model.js';

export interface ReadMetsResult {
  doc?: MetsDocument;
  findings: Finding[];
}

/**
 * The model of a parsed METS document. Tolerant: what TT05 requires but is absent becomes an
 * empty value plus a DP-TT05-METS-… finding, so a validator can report every problem at once.
 */
export function readMets(root: XmlElement, path?: string): ReadMetsResult {
  const findings: Finding[] = [];
  const at = path === undefined ? {} : { path };
  const missing = (what: string) =>
    findings.push({ code: 'DP-TT05-METS-MISSING', severity: 'error', message: `METS thiếu ${what} / METS lacks ${what}`, ...at });
  if (root.ns !== M || root.local !== 'mets') {
    findings.push({
      code: 'DP-TT05-METS-ROOT',
      severity: 'error',
      message: 'Phần tử gốc không phải mets:mets / root is not mets:mets',
      ...at,
    });
    return { findings };
  }
  const d = new MetsDoc(root);
  const a = (e: XmlElement, name: string) => d.attr(e, name);
  const req = (e: XmlElement, name: string) => {
    const v = a(e, name);
    if (v === undefined) missing(`@${name} trên <${e.local}>`);
    return v ?? '';
  };
  const num = (e: XmlElement, name: string) => {
    const v = a(e, name);
    return v === undefined || !/^\d+$/.test(v.trim()) ? undefined : Number(v.trim());
  };
  const ids = (v: string | undefined) => (v === undefined ? undefined : v.split(/\s+/).filter((s) => s !== ''));
  const href = (e: XmlElement) => d.attrNs(e, XLINK_NAMESPACE, 'href') ?? '';

  const mdSec = (e: XmlElement): MetsMdSec => {
    const ref = firstElement(e, M, 'mdRef');
    if (!ref) missing(`mdRef trong ${a(e, 'ID') ?? e.local}`);
    const r = ref ?? e;
    return strip({
      id: req(e, 'ID'),
      created: a(e, 'CREATED'),
      status: a(e, 'STATUS'),
      ref: strip({
        href: href(r),
        mdType: a(r, 'MDTYPE') ?? '',
        otherMdType: a(r, 'OTHERMDTYPE'),
        mdTypeVersion: a(r, 'MDTYPEVERSION'),
        mimeType: a(r, 'MIMETYPE'),
        size: num(r, 'SIZE'),
        created: a(r, 'CREATED'),
        checksum: a(r, 'CHECKSUM'),
        checksumType: a(r, 'CHECKSUMTYPE'),
      }),
    });
  };
  const file = (e: XmlElement): MetsFile => {
    const loc = firstElement(e, M, 'FLocat');
    if (!loc) missing(`FLocat trong file ${a(e, 'ID') ?? ''}`);
    return strip({
      id: req(e, 'ID'),
      mimeType: a(e, 'MIMETYPE') ?? '',
      size: num(e, 'SIZE') ?? -1,
      created: a(e, 'CREATED') ?? '',
      checksum: a(e, 'CHECKSUM') ?? '',
      checksumType: a(e, 'CHECKSUMTYPE') ?? '',
      href: loc ? href(loc) : '',
      admIds: ids(a(e, 'ADMID')),
    });
  };
  const div = (e: XmlElement): MetsDiv =>
    strip({
      id: a(e, 'ID') ?? '',
      label: a(e, 'LABEL') ?? '',
      type: a(e, 'TYPE'),
      dmdIds: ids(a(e, 'DMDID')),
      admIds: ids(a(e, 'ADMID')),
      mptrs: elements(e, M, 'mptr').map((m) => strip({ href: href(m), title: d.attrNs(m, XLINK_NAMESPACE, 'title') })),
      fptrs: elements(e, M, 'fptr').map((f) => a(f, 'FILEID') ?? ''),
      divs: elements(e, M, 'div').map(div),
    });

  const hdr = firstElement(root, M, 'metsHdr');
  if (!hdr) missing('metsHdr');
  const h = hdr ?? root;
  const fileSec = firstElement(root, M, 'fileSec');
  const structMap = elements(root, M, 'structMap').find((s) => a(s, 'LABEL') === 'CSIP') ?? firstElement(root, M, 'structMap');
  const top = structMap && firstElement(structMap, M, 'div');
  if (!top) missing('structMap/div');
  const schemaLocation = (d.attrNs(root, XSI_NAMESPACE, 'schemaLocation') ?? '').split(/\s+/).filter((s) => s !== '');
  const doc: MetsDocument = strip({
    objid: req(root, 'OBJID'),
    label: a(root, 'LABEL'),
    type: a(root, 'TYPE') ?? '',
    profile: a(root, 'PROFILE') ?? '',
    contentInformationType: d.attrNs(root, CSIP_NAMESPACE, 'CONTENTINFORMATIONTYPE'),
    schemaLocation: pairs(schemaLocation),
    header: strip({
      createDate: hdr ? req(h, 'CREATEDATE') : '',
      lastModDate: hdr ? a(h, 'LASTMODDATE') : undefined,
      recordStatus: hdr ? a(h, 'RECORDSTATUS') : undefined,
      oaisPackageType: hdr ? d.attrNs(h, CSIP_NAMESPACE, 'OAISPACKAGETYPE') : undefined,
      agents: hdr
        ? elements(h, M, 'agent').map((ag) =>
            strip({
              role: a(ag, 'ROLE') ?? '',
              type: a(ag, 'TYPE') ?? '',
              otherType: a(ag, 'OTHERTYPE'),
              name: textOf(firstElement(ag, M, 'name') ?? ag).trim(),
              notes: elements(ag, M, 'note').map((n) =>
                strip({ text: textOf(n).trim(), noteType: d.attrNs(n, CSIP_NAMESPACE, 'NOTETYPE') }),
              ),
            }),
          )
        : [],
      altRecordIds: hdr ? elements(h, M, 'altRecordID').map((r) => ({ type: a(r, 'TYPE') ?? '', value: textOf(r).trim() })) : [],
    }),
    dmdSecs: elements(root, M, 'dmdSec').map(mdSec),
    amdSecs: elements(root, M, 'amdSec').map((s) => ({ id: req(s, 'ID'), digiprov: elements(s, M, 'digiprovMD').map(mdSec) })),
    fileSec: fileSec && {
      id: a(fileSec, 'ID') ?? '',
      groups: elements(fileSec, M, 'fileGrp').map((g) =>
        strip({ id: a(g, 'ID'), use: a(g, 'USE') ?? a(g, 'USER') ?? '', files: elements(g, M, 'file').map(file) }),
      ),
    },
    structMap: {
      id: structMap ? (a(structMap, 'ID') ?? '') : '',
      type: structMap ? (a(structMap, 'TYPE') ?? '') : '',
      label: structMap ? (a(structMap, 'LABEL') ?? '') : '',
      root: top ? div(top) : { id: '', label: '', fptrs: [], mptrs: [], divs: [] },
    },
  });
  return { doc, findings };
}

function pairs(tokens: string[]): MetsDocument['schemaLocation'] {
  const out: MetsDocument['schemaLocation'] = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) out.push({ namespace: tokens[i]!, location: tokens[i + 1]! });
  return out;
}

/** Every data/metadata file of a METS: fileSec files and md references, with the path they point at. */
export function metsFilesByHref(doc: MetsDocument): Map<string, MetsFile> {
  const out = new Map<string, MetsFile>();
  for (const g of doc.fileSec?.groups ?? []) for (const f of g.files) out.set(f.href, f);
  return out;
}
