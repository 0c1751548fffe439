import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import {
  AIP,
  buildAipMetadata,
  el,
  fromUtf8,
  isoVietnam,
  packageFolderName,
  parseSimpleDc,
  parseXml,
  tt05Id,
  toPremisEventRecord,
  utf8,
  writeSimpleDc,
  writeXml,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { fondsOf, readHeadAip, readHeadDocuments } from '../aip/head-documents.js';
import { SOFTWARE_AGENT } from '../aip/object-aip.js';
import { aipSchemaFiles } from '../aip/schema-files.js';
import { SOFTWARE_NAME, SOFTWARE_VERSION } from '../storage/object-metadata.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { objectKey } from '../storage/site-ocfl.js';
import { exportFileStem } from './export-file-name.js';
import { writeVerifiedZip, type ZipEntrySource } from './zip-writer.js';
import { event, type VersionSource } from './write-version.js';

export interface DipRequest {
  requester: string;
  purpose: string;
  /** Include documents whose access level (`mode`) is 03 — secret; the operator's decision, logged. */
  includeSecret?: boolean;
}

export interface ExportDipResult {
  dip: string;
  object: string;
  fileCode: string;
  version: number;
  file: string;
  documents: number;
  withheld: string[];
  bytes: number;
}

const SECRET = '03';
const REQUEST_PATH = 'metadata/descriptive/REQUEST.xml';

/**
 * Which kept documents go into a DIP: not linked ones (a pointer, not the document), not secret
 * ones (access level 03) unless the operator includes them.
 */
export function selectDipDocuments(
  kept: VersionSource[],
  includeSecret: boolean,
  secretIds: ReadonlySet<string> = new Set(),
): { chosen: VersionSource[]; withheld: string[] } {
  const withheld: string[] = [];
  const chosen = kept.filter((d) => {
    if (d.holey) return false;
    if ((d.description?.fields.mode?.trim() === SECRET || isCatalogueSecret(d, secretIds)) && !includeSecret) {
      withheld.push(d.relative);
      return false;
    }
    return true;
  });
  return { chosen, withheld };
}

/** Whether a stored document is one of the catalogue's level-03 documents (matched as the viewer matches them). */
function isCatalogueSecret(d: VersionSource, secretIds: ReadonlySet<string>): boolean {
  const fields = d.description?.fields;
  if ((fields?.docCode && secretIds.has(fields.docCode)) || (fields?.arcDocCode && secretIds.has(fields.arcDocCode))) return true;
  const base = d.relative.slice(d.relative.lastIndexOf('/') + 1);
  return [...secretIds].some((id) => base === id || base.startsWith(`${id}.`));
}

/**
 * The catalogue's word on access levels (hostile tests, issue 9): levels are set and changed in the
 * catalogue after ingest, so the descriptions inside the AIP may be out of date. Whether the file is
 * level 03 there (undefined when the catalogue does not know it), and its documents at level 03.
 */
async function catalogueLevels(ctx: Context, fileCode: string): Promise<{ fileSecret: boolean | undefined; secretIds: Set<string> }> {
  const file = await ctx.catalogue.records.getFile(fileCode);
  if (!file) return { fileSecret: undefined, secretIds: new Set() };
  // Only a level the catalogue states: an unrecorded one is the operator's call here (the reading
  // room treats it as 03 before it ever gets this far, usecases/reading-requests.ts).
  const stated = (mode: string | undefined) => mode?.trim() === SECRET;
  const fileSecret = stated(file.fields.mode);
  const docs = await ctx.catalogue.records.listDocuments(file.code);
  const secretIds = new Set(docs.filter((d) => fileSecret || stated(d.fields.mode)).map((d) => d.id));
  return { fileSecret, secretIds };
}

/**
 * `duphong export dip CODE --out DIR --requester R --purpose P`: a DIP (E-ARK DIP profile, TT05
 * appendix V) made from the head AIP for one request: the documents the requester may see (access
 * level 03 withheld unless --include-secret), their descriptions, the request description
 * (`metadata/descriptive/REQUEST.xml`). Documents are streamed from a verified copy and re-hashed;
 * the dissemination is a PREMIS event of the object (every access to a record is logged).
 */
export async function exportDip(ctx: Context, fileCode: string, outDir: string, request: DipRequest): Promise<ExportDipResult> {
  const object = await ctx.catalogue.getObjectByFileCode(fileCode.normalize('NFC').trim());
  if (!object || object.head === 0)
    throw requestError('DP-FILE-UNKNOWN', `Hồ sơ "${fileCode}" chưa có bản sao dự phòng.`, `File "${fileCode}" has no backup copy.`);
  if (request.requester.trim() === '' || request.purpose.trim() === '')
    throw requestError('DP-USAGE', 'Cần --requester và --purpose (ai yêu cầu, để làm gì).', 'Give --requester and --purpose.');
  const aip = await readHeadAip(ctx, object.id, object.head);
  if (!aip.root || !aip.files.has(AIP.ead))
    throw requestError('DP-EXPORT-LEGACY', `Bản sao của "${fileCode}" còn ở định dạng cũ; chạy "duphong aip upgrade ${fileCode}" trước.`);
  const eadBytes = await aip.read(AIP.ead);
  const eadRoot = parseXml(fromUtf8(eadBytes)).root;
  const fileFields = eadRoot ? parseSimpleDc(eadRoot).fields : {};
  const levels = await catalogueLevels(ctx, object.fileCode);
  if ((fileFields.mode === SECRET || levels.fileSecret === true) && !request.includeSecret)
    throw requestError(
      'DP-ACCESS-SECRET',
      `Hồ sơ "${fileCode}" có mức độ tiếp cận 03 (Mật): không xuất DIP nếu không có --include-secret.`,
      `File "${fileCode}" is secret (mode 03): no DIP without --include-secret.`,
    );

  const { chosen, withheld } = selectDipDocuments(
    // A reading copy holds the documents, not the original scans kept beside them.
    (await readHeadDocuments(ctx, object.id, object.head)).filter((s) => s.attachmentOf === undefined),
    request.includeSecret === true,
    levels.secretIds,
  );
  if (chosen.length === 0) throw requestError('DP-DIP-EMPTY', `Không có tài liệu nào được phép xuất trong hồ sơ "${fileCode}".`);

  const now = isoVietnam(ctx.clock.now());
  const dipId = tt05Id();
  const dissemination = event(
    object.id,
    'dissemination',
    now,
    `Xuất gói DIP ${dipId} cho ${request.requester} — mục đích: ${request.purpose}; ${chosen.length} tài liệu` +
      (withheld.length ? `, giữ lại ${withheld.length} tài liệu mật` : ''),
  );
  const requestXml = el('request', '', {}, [
    el('dipId', '', {}, [dipId]),
    el('sourceObjid', '', {}, [object.id]),
    el('sourceVersion', '', {}, [`v${object.head}`]),
    el('fileCode', '', {}, [object.fileCode]),
    el('requester', '', {}, [request.requester]),
    el('purpose', '', {}, [request.purpose]),
    el('requestDate', '', {}, [now]),
    el('documents', '', {}, [String(chosen.length)]),
    el('withheld', '', {}, [String(withheld.length)]),
  ]);
  const schemas = await aipSchemaFiles(aip.root.type === 'Collection' ? 'aip-tailieu' : 'aip');
  const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const metadata = buildAipMetadata({
    objid: dipId,
    label: aip.root.label ?? object.fileCode,
    type: aip.root.type === 'Collection' ? 'Collection' : 'Mixed',
    fileCode: object.fileCode,
    ...(fondsOf(aip.root) !== undefined && { fondsCode: fondsOf(aip.root)! }),
    createDate: now,
    lastModDate: now,
    recordStatus: 'NEW',
    software: { name: SOFTWARE_NAME, version: SOFTWARE_VERSION },
    ead: eadBytes,
    documents: chosen.map((d, i) => ({
      dataPath: d.relative,
      size: d.size,
      sha256: d.kind === 'stored' ? d.sha256 : '',
      created: now,
      mimeType: d.format?.mime ?? 'application/octet-stream',
      format: { name: d.format?.name ?? 'unknown', ...(d.format?.puid && { puid: d.format.puid }) },
      ead: {
        name: d.description?.eadName ?? `EAD_DOC_${object.fileCode}.${String(i + 1).padStart(7, '0')}.xml`,
        bytes: utf8(writeXml(writeSimpleDc('aip-doc', d.description?.fields ?? {}))),
      },
    })),
    schemas: schemas.map(({ name, size, sha256: digest }) => ({ name, size, sha256: digest })),
    events: [toPremisEventRecord(dissemination)],
    agents: [SOFTWARE_AGENT],
    sha256,
    packageType: 'DIP',
    extraDescriptive: [{ path: REQUEST_PATH, bytes: utf8(writeXml(requestXml)), otherMdType: 'REQUEST' }],
  });

  const folder = packageFolderName(dipId);
  const key = objectKey(object.id, ctx.hasher);
  const entries: ZipEntrySource[] = [
    ...[...metadata].map(([path, bytes]) => ({ path: `${folder}/${path}`, bytes })),
    ...schemas.map((s) => ({ path: `${folder}/${AIP.schemas}${s.name}`, bytes: s.bytes })),
    ...chosen.map((d) => {
      const logical = `${AIP.repData}${d.relative}`;
      const entry = aip.files.get(logical) ?? aip.files.get(`data/${d.relative}`)!;
      return { path: `${folder}/${logical}`, store: aip.store, key: `${key}/${entry.contentPath}`, sha256: entry.digest };
    }),
  ];
  await mkdir(outDir, { recursive: true });
  // Named for people: the file code, then DIP and the start of the DIP's id (one file per request).
  const target = join(outDir, `${exportFileStem(object.fileCode)}_DIP_${dipId.replace(/^(urn:uuid:|uuid-)/i, '').slice(0, 8)}.zip`);
  const { bytes } = await writeVerifiedZip(entries, target, { hasher: ctx.hasher, mtime: new Date(now) });
  await ctx.catalogue.addEvent(dissemination);
  await appendLogEvents(aip.store, key, [dissemination], ctx.hasher).catch(() => undefined);
  return {
    dip: dipId,
    object: object.id,
    fileCode: object.fileCode,
    version: object.head,
    file: target,
    documents: chosen.length,
    withheld,
    bytes,
  };
}
