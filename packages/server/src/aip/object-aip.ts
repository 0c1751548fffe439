import { createHash } from 'node:crypto';
import { AIP, buildAipMetadata, toPremisEventRecord, utf8, writeXml, type PremisAgentRecord, type PremisEvent } from '@duphong/core';
import { SOFTWARE, SOFTWARE_NAME, SOFTWARE_VERSION } from '../storage/object-metadata.js';
import { aipSchemaFiles } from './schema-files.js';
import { documentDescription, fileDescription, mediaDescription } from './descriptions.js';

import type { FileFormat } from '../formats/file-format.js';

export type { FileFormat } from '../formats/file-format.js';

export interface AipContentFile {
  /** Path under representations/rep1/data/. */
  dataPath: string;
  size: number;
  sha256: string;
  format: FileFormat;
  originalName?: string;
  /** A linked document (`.fetch.txt`). */
  holey?: boolean;
  /**
   * The document's own description and file name, when the source gave one (a SIP, digitisation):
   * EAD_doc fields, or EAD_pic / EAD_media fields for photographs and recordings (`kind`).
   */
  description?: { eadName: string; fields: Record<string, string>; kind?: 'doc' | 'pic' | 'media' };
  /** An attachment (an original scan) of the document at this `dataPath`, not a document itself. */
  attachmentOf?: string;
}

export interface ObjectAipInput {
  objectId: string;
  fileCode: string;
  title: string;
  fondsCode?: string;
  /** When the object's first version was made, and now. */
  createDate: string;
  lastModDate: string;
  version: number;
  files: AipContentFile[];
  /** The whole event history up to and including this version. */
  events: PremisEvent[];
  /** The file's description (AIP_hoso EAD fields) when known; otherwise made from the catalogue. */
  description?: Record<string, string>;
  type?: 'Mixed' | 'Collection';
}

export const SOFTWARE_AGENT: PremisAgentRecord = {
  identifier: { type: 'local', value: SOFTWARE },
  name: SOFTWARE_NAME,
  type: 'software',
  version: SOFTWARE_VERSION,
  note: 'Lưu trữ dự phòng: tiếp nhận, tạo gói AIP, sao lưu nhiều site, kiểm tra toàn vẹn',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every file of a backup object's version other than its data: the TT05 AIP's METS, EAD,
 * PREMIS and schemas, by logical path. The data files are the caller's (already staged).
 */
export async function objectAipFiles(input: ObjectAipInput): Promise<Map<string, Uint8Array>> {
  const schemas = await aipSchemaFiles(input.type === 'Collection' ? 'aip-tailieu' : 'aip');
  let ordinal = 0;
  const documents = input.files.map((f) => {
    const common = {
      dataPath: f.dataPath,
      size: f.size,
      sha256: f.sha256,
      created: input.lastModDate,
      mimeType: f.format.mime,
      format: {
        name: f.format.name,
        ...(f.format.version && { version: f.format.version }),
        ...(f.format.puid && { puid: f.format.puid }),
      },
      ...(f.originalName !== undefined && { originalName: f.originalName }),
    };
    if (f.attachmentOf !== undefined) return { ...common, attachmentOf: f.attachmentOf };
    ordinal += 1;
    const ead = f.description ?? {
      eadName: `EAD_DOC_${input.fileCode}.${String(ordinal).padStart(7, '0')}.xml`,
      fields: {},
    };
    const kind = f.description?.kind ?? 'doc';
    const bytes = utf8(
      writeXml(
        kind === 'doc'
          ? documentDescription(input.fileCode, ordinal, ead.fields)
          : mediaDescription(kind, input.fileCode, ordinal, ead.fields),
      ),
    );
    return { ...common, ...(f.holey && { holey: true }), ead: { name: ead.eadName, bytes } };
  });
  const metadata = buildAipMetadata({
    objid: input.objectId,
    label: input.title,
    type: input.type ?? 'Mixed',
    fileCode: input.fileCode,
    ...(input.fondsCode !== undefined && { fondsCode: input.fondsCode }),
    createDate: input.createDate,
    lastModDate: input.lastModDate,
    recordStatus: input.version === 1 ? 'NEW' : 'REPLACEMENT',
    software: { name: SOFTWARE_NAME, version: SOFTWARE_VERSION },
    ead: utf8(
      writeXml(
        fileDescription(input.type === 'Collection' ? 'aip-tailieu' : 'aip-hoso', input.fileCode, input.title, ordinal, input.description),
      ),
    ),
    documents,
    schemas: schemas.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    events: input.events.map(toPremisEventRecord),
    agents: [SOFTWARE_AGENT],
    sha256,
  });
  for (const s of schemas) metadata.set(`${AIP.schemas}${s.name}`, s.bytes);
  return metadata;
}
