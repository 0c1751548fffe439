import { utf8 } from '../ports/bytes.js';
import { tt05FileId, tt05Id } from './ids.js';
import {
  AIP_PROFILE_URL,
  CSIP_PROFILE_URL,
  DIP_PROFILE_URL,
  emptyDiv,
  tt05SchemaLocation,
  type MetsDiv,
  type MetsDocument,
  type MetsFile,
  type MetsMdSec,
} from './mets-model.js';
import { writeMets } from './mets-write.js';
import { writePremis, type PremisAgentRecord, type PremisEventRecord, type PremisObject } from './premis.js';

/** Where everything lives inside a TT05 AIP (and so inside every DuPhong backup object). */
export const AIP = {
  mets: 'METS.xml',
  ead: 'metadata/descriptive/EAD.xml',
  premis: 'metadata/preservation/PREMIS.xml',
  rep: 'representations/rep1/',
  repMets: 'representations/rep1/METS.xml',
  repPremis: 'representations/rep1/metadata/preservation/PREMIS_rep1.xml',
  repDescriptive: 'representations/rep1/metadata/descriptive/',
  repData: 'representations/rep1/data/',
  schemas: 'schemas/',
} as const;

export interface AipDocumentInput {
  /** Path under `representations/rep1/data/`. */
  dataPath: string;
  size: number;
  /** Lower-case hex SHA-256. */
  sha256: string;
  created: string;
  mimeType: string;
  format?: { name: string; version?: string; puid?: string };
  originalName?: string;
  /** The document's EAD_DOC (file name under rep1's metadata/descriptive/, bytes written by the caller). */
  ead?: { name: string; bytes: Uint8Array };
  /** A linked document (`….fetch.txt`, METS group Holeyfile). */
  holey?: boolean;
  /**
   * Not a document but an attachment of one (TT05 `AttachmentFile`): the `dataPath` of the document
   * it belongs to, e.g. an original scan kept beside the PDF/A made from it. It has no EAD_DOC.
   */
  attachmentOf?: string;
}

export interface AipBuildInput {
  objid: string;
  label: string;
  /** Mixed = hồ sơ (AIP_hoso), Collection = loose documents (AIP_tailieu). */
  type: 'Mixed' | 'Collection';
  fileCode: string;
  fondsCode?: string;
  createDate: string;
  lastModDate: string;
  recordStatus: 'NEW' | 'SUPPLEMENT' | 'REPLACEMENT';
  software: { name: string; version: string };
  /** The package's EAD.xml bytes (simpledc). */
  ead: Uint8Array;
  documents: AipDocumentInput[];
  schemas: Array<{ name: string; size: number; sha256: string }>;
  events: PremisEventRecord[];
  agents: PremisAgentRecord[];
  /** Lower-case hex SHA-256 of bytes (the server's hasher). */
  sha256(bytes: Uint8Array): string;
  /** AIP (default) or a DIP made from one (E-ARK DIP profile). */
  packageType?: 'AIP' | 'DIP';
  /** More package-level descriptive files (path in the package → bytes), e.g. a DIP's request. */
  extraDescriptive?: Array<{ path: string; bytes: Uint8Array; otherMdType: string }>;
}

/** Every metadata file of the AIP (EADs, PREMIS, METS), by path in the package; data and schemas are the caller's. */
export function buildAipMetadata(input: AipBuildInput): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const mdRef = (href: string, bytes: Uint8Array, mdType: string, version: string): MetsMdSec => ({
    id: tt05Id(),
    created: input.lastModDate,
    status: 'CURRENT',
    ref: {
      href,
      mdType,
      mdTypeVersion: version,
      mimeType: 'application/xml',
      size: bytes.byteLength,
      created: input.lastModDate,
      checksum: input.sha256(bytes).toUpperCase(),
      checksumType: 'SHA-256',
    },
  });
  const header = (): MetsDocument['header'] => ({
    createDate: input.createDate,
    lastModDate: input.lastModDate,
    recordStatus: input.recordStatus,
    oaisPackageType: input.packageType ?? 'AIP',
    agents: [
      {
        role: 'CREATOR',
        type: 'OTHER',
        otherType: 'SOFTWARE',
        name: input.software.name,
        notes: [
          { text: input.software.version, noteType: 'SOFTWARE VERSION' },
          ...(input.fondsCode ? [{ text: input.fondsCode, noteType: 'IDENTIFICATIONCODE' }] : []),
        ],
      },
    ],
    altRecordIds: [{ type: 'SUBMISSIONAGREEMENT', value: input.fileCode }],
  });

  // 1. Representation: EAD_DOCs, PREMIS_rep1, then its METS (which checksums them).
  const repDmd: Array<{ doc: AipDocumentInput; sec?: MetsMdSec; file: MetsFile }> = input.documents.map((doc) => {
    let sec: MetsMdSec | undefined;
    if (doc.ead) {
      out.set(`${AIP.repDescriptive}${doc.ead.name}`, doc.ead.bytes);
      sec = mdRef(`metadata/descriptive/${doc.ead.name}`, doc.ead.bytes, 'DC', '1.0.0');
    }
    const file: MetsFile = {
      id: tt05FileId(),
      mimeType: doc.mimeType,
      size: doc.size,
      created: doc.created,
      checksum: doc.sha256.toUpperCase(),
      checksumType: 'SHA-256',
      href: `data/${doc.dataPath}`,
    };
    return { doc, sec, file };
  });
  const fileObjects: PremisObject[] = input.documents.map((doc) => ({
    category: 'file',
    identifier: { type: 'local', value: `${input.objid}/${AIP.repData}${doc.dataPath}` },
    fixity: { algorithm: 'SHA-256', digest: doc.sha256.toUpperCase() },
    size: doc.size,
    format: doc.format ?? { name: doc.mimeType },
    ...(doc.originalName !== undefined && { originalName: doc.originalName }),
    location: `${AIP.repData}${doc.dataPath}`,
  }));
  const repPremis = utf8(
    writePremis({
      schemaLocation: '../../../../schemas/premis-v3-0.xsd',
      objects: [
        {
          category: 'representation',
          identifier: { type: 'local', value: `${input.objid}/rep1` },
          includes: fileObjects.map((o) => o.identifier),
        },
        ...fileObjects,
      ],
      events: [],
      agents: input.agents,
    }),
  );
  out.set(AIP.repPremis, repPremis);
  const repAmd = { id: tt05Id(), digiprov: [mdRef('metadata/preservation/PREMIS_rep1.xml', repPremis, 'PREMIS', '3.0')] };
  const data = repDmd.filter((d) => !d.doc.holey).map((d) => d.file);
  const holey = repDmd.filter((d) => d.doc.holey).map((d) => d.file);
  // An attachment sits inside its document's link div, so a reader knows whose it is.
  const attachments = new Map<string, string[]>();
  for (const d of repDmd)
    if (d.doc.attachmentOf !== undefined) attachments.set(d.doc.attachmentOf, [...(attachments.get(d.doc.attachmentOf) ?? []), d.file.id]);
  const linkDivs: MetsDiv[] = repDmd
    .filter((d) => d.doc.attachmentOf === undefined)
    .map((d) => {
      const attached = attachments.get(d.doc.dataPath);
      return {
        ...emptyDiv(tt05Id(), d.doc.holey ? 'MetadataLink/Holey' : 'MetadataLink/File'),
        ...(d.sec && { dmdIds: [d.sec.id] }),
        fptrs: [d.file.id],
        ...(attached && { divs: [{ ...emptyDiv(tt05Id(), 'AttachmentFile'), fptrs: attached }] }),
      };
    });
  const owners = new Set(repDmd.filter((d) => d.doc.attachmentOf === undefined).map((d) => d.doc.dataPath));
  const orphan = repDmd.find((d) => d.doc.attachmentOf !== undefined && !owners.has(d.doc.attachmentOf));
  if (orphan) throw new Error(`aip: attachment ${orphan.doc.dataPath} names no document of the package (${orphan.doc.attachmentOf})`);
  const repMets: MetsDocument = {
    objid: 'rep1',
    label: input.label,
    type: input.type,
    profile: CSIP_PROFILE_URL,
    contentInformationType: 'MIXED',
    schemaLocation: tt05SchemaLocation(2),
    header: header(),
    dmdSecs: repDmd.flatMap((d) => (d.sec ? [d.sec] : [])),
    amdSecs: [repAmd],
    fileSec: {
      id: tt05Id(),
      groups: [{ id: tt05Id(), use: 'Data', files: data }, ...(holey.length > 0 ? [{ id: tt05Id(), use: 'Holeyfile', files: holey }] : [])],
    },
    structMap: {
      id: tt05Id(),
      type: 'PHYSICAL',
      label: 'CSIP',
      root: {
        ...emptyDiv(tt05Id(), 'rep1'),
        type: 'NORMALIZED',
        divs: [
          { ...emptyDiv(tt05Id(), 'Metadata'), admIds: [repAmd.digiprov[0]!.id] },
          { ...emptyDiv(tt05Id(), 'Data'), fptrs: data.map((f) => f.id) },
          { ...emptyDiv(tt05Id(), 'MetadataLink'), divs: linkDivs },
        ],
      },
    },
  };
  const repMetsBytes = utf8(writeMets(repMets));
  out.set(AIP.repMets, repMetsBytes);

  // 2. Package: EAD, PREMIS (the whole event history), then the root METS.
  out.set(AIP.ead, input.ead);
  const premis = utf8(
    writePremis({
      schemaLocation: '../../schemas/premis-v3-0.xsd',
      objects: [{ category: 'intellectualEntity', identifier: { type: 'OBJID', value: input.objid } }],
      events: input.events,
      agents: input.agents,
    }),
  );
  out.set(AIP.premis, premis);
  const dmd = mdRef(AIP.ead, input.ead, 'DC', '1.0.0');
  const extra = (input.extraDescriptive ?? []).map((x) => {
    out.set(x.path, x.bytes);
    const sec = mdRef(x.path, x.bytes, 'OTHER', '1.0');
    return { ...sec, ref: { ...sec.ref, otherMdType: x.otherMdType, mdTypeVersion: undefined } };
  });
  const amd = { id: tt05Id(), digiprov: [mdRef(AIP.premis, premis, 'PREMIS', '3.0')] };
  const schemasGroup = {
    id: tt05Id(),
    use: 'Schemas',
    files: input.schemas.map((s): MetsFile => ({
      id: tt05FileId(),
      mimeType: 'application/octet-stream',
      size: s.size,
      created: input.createDate,
      checksum: s.sha256.toUpperCase(),
      checksumType: 'SHA-256',
      href: `${AIP.schemas}${s.name}`,
    })),
  };
  const repGroup = {
    id: tt05Id(),
    use: 'Representations/rep1',
    files: [
      {
        id: tt05FileId(),
        mimeType: 'application/xml',
        size: repMetsBytes.byteLength,
        created: input.lastModDate,
        checksum: input.sha256(repMetsBytes).toUpperCase(),
        checksumType: 'SHA-256',
        href: AIP.repMets,
      },
    ],
  };
  const root: MetsDocument = {
    objid: input.objid,
    label: input.label,
    type: input.type,
    profile: input.packageType === 'DIP' ? DIP_PROFILE_URL : AIP_PROFILE_URL,
    schemaLocation: tt05SchemaLocation(0),
    header: header(),
    dmdSecs: [dmd, ...extra],
    amdSecs: [amd],
    fileSec: { id: tt05Id(), groups: [schemasGroup, repGroup] },
    structMap: {
      id: tt05Id(),
      type: 'PHYSICAL',
      label: 'CSIP',
      root: {
        ...emptyDiv(tt05Id(), input.objid),
        divs: [
          { ...emptyDiv(tt05Id(), 'Metadata'), dmdIds: [dmd.id, ...extra.map((x) => x.id)], admIds: [amd.digiprov[0]!.id] },
          { ...emptyDiv(tt05Id(), 'Schemas'), fptrs: [schemasGroup.id] },
          { ...emptyDiv(tt05Id(), 'Representations/rep1'), mptrs: [{ href: AIP.repMets, title: repGroup.id }] },
        ],
      },
    },
  };
  out.set(AIP.mets, utf8(writeMets(root)));
  return out;
}
