import { AIP, effectiveDocumentMode, mayRead, mayReadContent } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { recordAccess, type Requester } from './access-log.js';
import { approvedFor } from './reading-requests.js';
import { forbiddenError, integrityError, notFoundError } from '../errors.js';
import { readHeadAip, readHeadDocuments } from '../aip/head-documents.js';
import { objectKey } from '../storage/site-ocfl.js';
import { RecordScope } from './record-scope.js';

/*
 * A document's content for the viewer: read from a copy whose status is ok and whose signed
 * inventory verifies (readHeadAip picks one), hashed while it streams and cut off if the bytes do
 * not match the inventory's digest — a damaged copy is never shown as the record.
 */

export interface DocumentContent {
  filename: string;
  mediaType: string;
  size: number;
  site: string;
  body: AsyncIterable<Uint8Array>;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

export function mediaTypeOf(filename: string): string {
  const ext = /\.([^./]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}

const unknownDocument = (id: string) => notFoundError('DP-DOCUMENT-UNKNOWN', `Không có tài liệu "${id}".`, `No document "${id}".`);

/** The bytes, hashed as they pass; at the end a mismatch throws instead of completing the stream. */
async function* verified(body: AsyncIterable<Uint8Array>, ctx: Context, expected: string, what: string): AsyncIterable<Uint8Array> {
  const hash = ctx.hasher.create('sha256');
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest() !== expected.toLowerCase()) {
    ctx.log.error('document content digest mismatch while streaming', { what });
    throw integrityError(
      'DP-CONTENT-DAMAGED',
      `Nội dung "${what}" không khớp mã băm; bản sao cần kiểm tra.`,
      `The content of "${what}" does not match its digest; the copy needs an audit.`,
    );
  }
}

/**
 * A document's content for viewing, from a verified copy, when the principal may read it: within
 * scope and level, and — for a reader and a level-02 document — with an approved reading request
 * (usecases/reading-requests.ts `approvedFor`). Every attempt is written to the access log.
 */
export async function openDocumentContent(ctx: Context, requester: Requester, documentId: string): Promise<DocumentContent> {
  const { principal } = requester;
  const scope = new RecordScope(ctx.catalogue, principal);
  const doc = await ctx.catalogue.records.getDocument(documentId);
  const file = doc && (await ctx.catalogue.records.getFile(doc.fileCode));
  const fonds = file?.fondsCode ? await ctx.catalogue.records.getFonds(file.fondsCode) : undefined;
  // Every view of a record's content is logged (Decree 113 Art. 22), allowed or denied.
  const log = (outcome: 'allowed' | 'denied') =>
    recordAccess(ctx, {
      ...requester,
      action: 'view',
      recordKind: 'document',
      recordCode: documentId,
      unitId: fonds?.unitId ?? null,
      outcome,
    });
  if (!doc || !file || !(await scope.fileVisible(file))) {
    await log('denied');
    throw unknownDocument(documentId);
  }
  const mode = effectiveDocumentMode(doc.fields.mode, file.fields.mode);
  if (!mayRead(scope.levels, mode)) {
    await log('denied');
    throw unknownDocument(documentId);
  }
  // A reader sees a level-02 document's content only with an approved reading request for it.
  const approved = principal !== undefined && mode === '02' && (await approvedFor(ctx, principal, file.code, doc.id));
  const allowed = mayReadContent(principal, mode, approved);
  await log(allowed ? 'allowed' : 'denied');
  if (!allowed)
    throw forbiddenError(
      'DP-CONTENT-FORBIDDEN',
      `Tài liệu "${documentId}" có mức truy cập ${mode}: cần yêu cầu khai thác được duyệt trước khi xem nội dung.`,
      `Document "${documentId}" has access level ${mode}: its content needs an approved reading request.`,
    );
  const object = await ctx.catalogue.getObjectByFileCode(file.code);
  if (!object || object.head === 0)
    throw notFoundError(
      'DP-CONTENT-NO-COPY',
      `Hồ sơ "${file.code}" chưa có bản sao dự phòng: chưa xem được nội dung tài liệu.`,
      `File "${file.code}" has no backup copy yet: the document's content cannot be shown.`,
    );
  const sources = (await readHeadDocuments(ctx, object.id, object.head)).filter((s) => s.attachmentOf === undefined);
  const base = (relative: string) => relative.slice(relative.lastIndexOf('/') + 1);
  const source =
    sources.find((s) => !s.holey && (s.description?.fields.docCode === doc.id || s.description?.fields.arcDocCode === doc.id)) ??
    sources.find((s) => !s.holey && (base(s.relative) === doc.id || base(s.relative).startsWith(`${doc.id}.`)));
  if (!source)
    throw notFoundError(
      'DP-CONTENT-UNKNOWN',
      `Bản sao dự phòng của hồ sơ "${file.code}" không chứa tệp của tài liệu "${doc.id}".`,
      `The backup copy of file "${file.code}" holds no content for document "${doc.id}".`,
    );
  const aip = await readHeadAip(ctx, object.id, object.head);
  const entry = aip.files.get(`${AIP.repData}${source.relative}`)!;
  const body = await aip.store.get(`${objectKey(object.id, ctx.hasher)}/${entry.contentPath}`);
  const filename = base(source.relative);
  return {
    filename,
    mediaType: source.format?.mime && source.format.mime !== 'application/octet-stream' ? source.format.mime : mediaTypeOf(filename),
    size: source.size,
    site: aip.site,
    body: verified(body, ctx, entry.digest, `${file.code}/${source.relative}`),
  };
}
