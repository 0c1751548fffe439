import {
  SIP_OBJID,
  checkCsipStructure,
  checkDescription,
  fromUtf8,
  packageFinding,
  parseSimpleDc,
  parseXml,
  readMets,
  resolveMetsHref,
  type MetsDiv,
  type MetsDocument,
  type PackageFinding,
} from '@duphong/core';
import { openPackage, type ArchiveLimits, type PackageSource } from './archive.js';
import { validatePackage } from './validate.js';

/** One document of a SIP's representation, as its METS describes it. */
export interface SipDocument {
  /** Entry path in the archive (or folder). */
  entry: string;
  /** Path under representations/rep1/data/. */
  dataPath: string;
  size: number;
  /** Upper-case hex SHA-256 as the METS gives it (already verified by the fixity check). */
  checksum: string;
  mimeType: string;
  holey: boolean;
  /** The EAD_DOC: its file name and fields, when the METS links one. */
  ead?: { name: string; fields: Record<string, string> };
  /** A linked document's target (`.fetch.txt` content: the document id submitted earlier). */
  fetchTarget?: string;
}

export interface SipRead {
  findings: PackageFinding[];
  valid: boolean;
  objid?: string;
  type?: 'Mixed' | 'Collection';
  recordStatus?: string;
  fondsCode?: string;
  fileCode?: string;
  title?: string;
  description?: Record<string, string>;
  documents: SipDocument[];
}

const SMALL = 16 * 1024 * 1024;

/**
 * Read and check a TT05 SIP (SIP_hoso / SIP_tailieu): the E-ARK CSIP validation first (structure,
 * METS schema and rules, fixity, unsafe archives), then the TT05 profile (package type, OBJID,
 * SHA-256, the EAD and every EAD_DOC against the field catalogue). Never throws on bad input.
 */
export async function readSip(path: string, limits: Partial<ArchiveLimits> = {}): Promise<SipRead> {
  const validation = await validatePackage(path, { limits });
  const findings: PackageFinding[] = [
    ...validation.report.errors.map((f) => ({ ...f, severity: 'error' as const })),
    ...validation.report.warnings.map((f) => ({ ...f, severity: 'warning' as const })),
  ];
  const out: SipRead = { findings, valid: false, documents: [] };
  const opened = await openPackage(path, limits);
  if (!opened.source) return out;
  try {
    await readProfile(opened.source, opened.format !== 'dir', out);
  } finally {
    await opened.source.close();
  }
  out.valid = !findings.some((f) => f.severity === 'error');
  return out;
}

async function readProfile(source: PackageSource, archived: boolean, out: SipRead): Promise<void> {
  const add = (code: string, severity: 'error' | 'warning', message: string, where?: string) =>
    out.findings.push(packageFinding(code, severity, message, where));
  const structure = checkCsipStructure({ entries: source.entries, archived, name: source.name });
  if (structure.rootPrefix === undefined || !structure.hasRootMets) return;
  const prefix = structure.rootPrefix;
  if (structure.representations.length !== 1)
    add(
      'DP-TT05-REPRESENTATIONS',
      'error',
      `Gói TT05 phải có đúng một biểu diễn rep1 (có ${structure.representations.length})`,
      `${prefix}representations`,
    );
  const rep = structure.representations.includes('rep1') ? 'representations/rep1/' : undefined;

  const small = new Map<string, Uint8Array>();
  const readSmall = async (rels: string[]) => {
    const wanted = new Set(rels.map((r) => prefix + r));
    await source.read(wanted, async (entry, stream) => {
      const parts: Buffer[] = [];
      let total = 0;
      for await (const chunk of stream) {
        total += chunk.length;
        if (total <= SMALL) parts.push(chunk);
      }
      if (total <= SMALL) small.set(entry.slice(prefix.length), Buffer.concat(parts));
    });
  };
  await readSmall(['METS.xml', ...(rep ? [`${rep}METS.xml`] : [])]);
  const mets = (rel: string): MetsDocument | undefined => {
    const bytes = small.get(rel);
    const root = bytes && parseXml(fromUtf8(bytes), prefix + rel).root;
    return root ? readMets(root, prefix + rel).doc : undefined;
  };
  const root = mets('METS.xml');
  if (!root) return;
  const repDoc = rep ? mets(`${rep}METS.xml`) : undefined;

  // The METS of the TT05 profile.
  out.objid = root.objid;
  out.recordStatus = root.header.recordStatus;
  if (root.header.oaisPackageType !== 'SIP')
    add(
      'DP-TT05-PACKAGE-TYPE',
      'error',
      `csip:OAISPACKAGETYPE phải là SIP để tiếp nhận (đang là "${root.header.oaisPackageType ?? ''}")`,
      `${prefix}METS.xml`,
    );
  if (root.type !== 'Mixed' && root.type !== 'Collection')
    add(
      'DP-TT05-METS-TYPE',
      'error',
      `mets/@TYPE phải là Mixed (hồ sơ) hoặc Collection (tài liệu), đang là "${root.type}"`,
      `${prefix}METS.xml`,
    );
  else out.type = root.type;
  if (!SIP_OBJID.test(root.objid))
    add('DP-TT05-OBJID', 'warning', `OBJID của SIP theo TT05 là uuid-{UUID}, đang là "${root.objid}"`, `${prefix}METS.xml`);
  for (const doc of [root, repDoc])
    for (const g of doc?.fileSec?.groups ?? [])
      for (const f of g.files)
        if (f.checksumType !== 'SHA-256')
          add('DP-TT05-CHECKSUMTYPE', 'error', `CHECKSUMTYPE phải là SHA-256 (tệp ${f.href}: "${f.checksumType}")`, `${prefix}METS.xml`);
  const creator = root.header.agents.find((a) => a.notes.some((n) => n.noteType === 'IDENTIFICATIONCODE'));
  out.fondsCode = creator?.notes.find((n) => n.noteType === 'IDENTIFICATIONCODE')?.text;
  for (const d of repDoc ? [repDoc] : [])
    for (const a of d.header.agents) if (!out.fondsCode) out.fondsCode = a.notes.find((n) => n.noteType === 'IDENTIFICATIONCODE')?.text;

  // Descriptions: EAD.xml and each document's EAD_DOC.
  const kind = out.type === 'Collection' ? 'sip-tailieu' : 'sip-hoso';
  const eadRef = root.dmdSecs.map((d) => resolveMetsHref('', d.ref.href)).find((h) => h !== undefined);
  const docRefs = new Map<string, string>();
  for (const d of repDoc?.dmdSecs ?? []) {
    const rel = rep && resolveMetsHref(rep.slice(0, -1), d.ref.href);
    if (rel) docRefs.set(d.id, rel);
  }
  const fetchFiles = (repDoc?.fileSec?.groups ?? []).flatMap((g) => g.files).filter((f) => f.href.endsWith('.fetch.txt'));
  await readSmall([
    ...(eadRef ? [eadRef] : []),
    ...docRefs.values(),
    ...fetchFiles.map((f) => resolveMetsHref(rep!.slice(0, -1), f.href) ?? ''),
  ]);
  if (!eadRef || !small.has(eadRef)) {
    add('DP-TT05-EAD-MISSING', 'error', 'Thiếu mô tả hồ sơ metadata/descriptive/EAD.xml (dmdSec của METS gốc)', `${prefix}METS.xml`);
    return;
  }
  const fileDescription = describe(kind, eadRef);
  out.description = fileDescription;
  out.fileCode = fileDescription?.fileCode?.trim() || undefined;
  out.title = fileDescription?.title?.trim() || root.label;
  if (!out.fileCode) add('DP-TT05-FILECODE-MISSING', 'error', 'EAD.xml không có mã hồ sơ (fileCode)', prefix + eadRef);

  function describe(k: 'sip-hoso' | 'sip-tailieu' | 'sip-doc', rel: string): Record<string, string> | undefined {
    const bytes = small.get(rel);
    const parsed = bytes && parseXml(fromUtf8(bytes), prefix + rel);
    if (!parsed?.root) {
      out.findings.push(...(parsed?.findings ?? []).map((f) => ({ ...f })));
      return undefined;
    }
    const dc = parseSimpleDc(parsed.root, { kind: k, path: prefix + rel });
    out.findings.push(
      ...dc.findings,
      ...checkDescription(k, dc.fields, { ...(out.fileCode && { fileCode: out.fileCode }), path: prefix + rel }),
    );
    return dc.fields;
  }

  // Documents: the Data and Holeyfile groups of rep1, linked to their EAD_DOC through the structMap.
  if (!repDoc || !rep) return;
  const eadOfFile = new Map<string, string>();
  const walk = (div: MetsDiv) => {
    if (div.label.startsWith('MetadataLink/')) for (const f of div.fptrs) for (const d of div.dmdIds ?? []) eadOfFile.set(f, d);
    div.divs.forEach(walk);
  };
  walk(repDoc.structMap.root);
  for (const group of repDoc.fileSec?.groups ?? []) {
    const holey = group.use === 'Holeyfile';
    if (group.use !== 'Data' && !holey) continue;
    for (const f of group.files) {
      const rel = resolveMetsHref(rep.slice(0, -1), f.href);
      if (!rel || !rel.startsWith(`${rep}data/`)) continue;
      const dmd = eadOfFile.get(f.id);
      const eadRel = dmd === undefined ? undefined : docRefs.get(dmd);
      const fields = eadRel ? describe('sip-doc', eadRel) : undefined;
      const fetchBytes = small.get(rel);
      out.documents.push({
        entry: prefix + rel,
        dataPath: rel.slice(`${rep}data/`.length),
        size: f.size,
        checksum: f.checksum,
        mimeType: f.mimeType,
        holey: holey || rel.endsWith('.fetch.txt'),
        ...(eadRel && fields && { ead: { name: eadRel.slice(eadRel.lastIndexOf('/') + 1), fields } }),
        ...(rel.endsWith('.fetch.txt') && fetchBytes && { fetchTarget: fromUtf8(fetchBytes).trim() }),
      });
    }
  }
  if (out.documents.length === 0)
    add('DP-TT05-NO-DOCUMENTS', 'error', 'rep1 không có tài liệu nào (nhóm tệp Data trống)', `${prefix}${rep}METS.xml`);
}
