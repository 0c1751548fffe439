import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { docCodeOf, isoVietnam, placeCopies, type DigitisationBatch, type DigitisedDocument } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { readHeadDocuments } from '../aip/head-documents.js';
import { recoverJournal } from './recover.js';
import { event, writeObjectVersion, type IngestResult, type VersionSource } from './write-version.js';
import { refreshRiskRecoveryStatusOf } from './backup-list.js';
import { outputNameOf, pdfPathOf, readMarker, type ConversionMarker } from './digitise-convert.js';
import { keepsOriginals } from './digitise-config.js';
import { scanFolder } from './digitise-receive.js';
import { faultPoint } from '../storage/fault-point.js';

/*
 * Into the backup copy: a file's converted documents become documents of its AIP_hoso
 * (representation rep1), with confidenceLevel 02 (số hóa), the page counts, paperFileCode, and
 * PREMIS events for the digitisation (batch, operator, equipment), the quality control and the
 * conversion (software and versions); then the normal replication and verification path. A file
 * is packaged once none of its documents in the batch waits (for checking, review or conversion),
 * so one batch makes one new version per file. Documents kept from earlier versions stay.
 */

export interface PackagedFile {
  fileCode: string;
  documents: number;
  pages: number;
  result: IngestResult;
}

const ready = (docs: DigitisedDocument[]): boolean =>
  docs.some((d) => d.state === 'converted') && docs.every((d) => d.state === 'converted' || d.state === 'stored' || d.state === 'rejected');

function software(markers: ConversionMarker[]): string {
  const s = markers.find((m) => !m.keptAsIs)?.software;
  return s
    ? [s.ocrmypdf && `ocrmypdf ${s.ocrmypdf}`, s.tesseract && `Tesseract ${s.tesseract}`, s.ghostscript && `Ghostscript ${s.ghostscript}`]
        .filter(Boolean)
        .join(', ')
    : '';
}

async function packageFile(ctx: Context, batch: DigitisationBatch, fileCode: string, docs: DigitisedDocument[]): Promise<PackagedFile> {
  return ctx.locks.hold(fileCode, 'digitise', async () => {
    await recoverJournal(ctx, { fileCode });
    const file = await ctx.catalogue.records.getFile(fileCode);
    const title = file?.title ?? batch.files.find((f) => f.fileCode === fileCode)?.title ?? fileCode;
    const described = new Map((await ctx.catalogue.records.listDocuments(fileCode)).map((d) => [d.ordinal, d]));
    const converted = docs.filter((d) => d.state === 'converted');
    const markers: ConversionMarker[] = [];
    const sources: VersionSource[] = [];
    for (const doc of converted) {
      const marker = await readMarker(ctx, doc);
      if (!marker) throw new Error(`digitise: converted document ${docCodeOf(fileCode, doc.ordinal)} has no valid conversion marker`);
      markers.push(marker);
      const docCode = docCodeOf(fileCode, doc.ordinal);
      const path = pdfPathOf(ctx, doc);
      const fields: Record<string, string> = {
        ...(described.get(doc.ordinal)?.fields ?? {}),
        ...doc.facts,
        docOrdinal: String(doc.ordinal),
      };
      sources.push({
        kind: 'file',
        absolute: path,
        relative: outputNameOf(doc),
        size: (await stat(path)).size,
        description:
          doc.kind === 'doc'
            ? { eadName: `EAD_DOC_${docCode}.xml`, fields: { ...fields, docCode, confidenceLevel: '02', numberOfPage: String(doc.pages) } }
            : {
                eadName: `EAD_${doc.kind === 'pic' ? 'PIC' : 'MEDIA'}_${docCode}.xml`,
                kind: doc.kind,
                // EAD_pic and EAD_media need a mode: the document's own, else its file's.
                fields: { ...fields, mode: fields.mode || file?.fields.mode || '01' },
              },
      });
    }
    const originals = keepsOriginals(ctx, batch.unitId) ? await originalScans(ctx, batch, converted) : [];
    const mine = new Set(sources.map((s) => s.relative));
    const existing = await ctx.catalogue.getObjectByFileCode(fileCode);
    const head = existing && existing.head > 0 ? await readHeadDocuments(ctx, existing.id, existing.head) : [];
    // A document scanned again replaces its earlier scans too.
    const kept = head.filter((s) => !mine.has(s.relative) && !(s.attachmentOf !== undefined && mine.has(s.attachmentOf)));
    sources.push(...originals);
    const pages = converted.reduce((n, d) => n + d.pages, 0);
    const previousPages = Number(file?.fields.numberOfPage);
    const fields = {
      ...(file?.fields ?? {}),
      confidenceLevel: '02',
      numberOfPage: String(Math.max(pages, Number.isSafeInteger(previousPages) ? previousPages : 0)),
      numberOfPaper: file?.fields.numberOfPaper || String(pages),
      paperFileCode: file?.fields.paperFileCode || fileCode,
    };
    // Killed after the version was written but before the catalogue learnt it: the head already
    // holds these very PDFs, so only the catalogue is brought up to date (no second version).
    const stored = new Map(head.map((s) => [s.relative, s.kind === 'stored' ? s.sha256 : undefined]));
    const alreadyWritten =
      converted.every((d, i) => stored.get(outputNameOf(d)) === markers[i]!.sha256) && originals.every((o) => stored.has(o.relative));
    if (alreadyWritten && existing) {
      await describeDigitised(ctx, fileCode, title, fields, converted, markers);
      await refreshRiskRecoveryStatusOf(ctx, fileCode);
      const copies = await ctx.catalogue.listCopies(existing.id);
      // The policy judged as a write judges it, over the sites that hold copies (not claimed met).
      const placement = placeCopies(
        ctx.config.sites
          .filter((site) => copies.some((c) => c.site === site.name))
          .map((site) => ({ name: site.name, region: site.region, medium: site.medium, online: true })),
        ctx.config.policy,
      );
      return {
        fileCode,
        documents: converted.length,
        pages,
        result: {
          object: existing.id,
          fileCode,
          version: existing.head,
          unchanged: true,
          files: head.length,
          bytes: head.reduce((n, s) => n + s.size, 0),
          copies: copies.map((c) => ({ site: c.site, status: c.status })),
          policy: { met: placement.shortfalls.length === 0, shortfalls: placement.shortfalls },
        },
      };
    }
    const decided = converted.filter((d) => d.decidedBy !== null);
    const warnings = converted.reduce((n, d) => n + d.findings.length, 0);
    const result = await writeObjectVersion(ctx, {
      fileCode,
      title,
      sources: [...kept, ...sources],
      origin: `đợt số hóa "${batch.name}"`,
      description: fields,
      ...(file?.fondsCode && { fondsCode: file.fondsCode }),
      force: true,
      events: (objectId, created) => [
        event(
          objectId,
          'imaging',
          created,
          `Số hóa ${converted.length} tài liệu, ${pages} trang của hồ sơ ${fileCode} trong đợt "${batch.name}"` +
            `${batch.operator ? `; người quét: ${batch.operator}` : ''}${batch.equipment ? `; thiết bị: ${batch.equipment}` : ''}` +
            `${batch.listId ? `; theo danh mục ${batch.listId}` : ''}`,
        ),
        event(
          objectId,
          'validation',
          created,
          `Kiểm tra chất lượng bản quét (TT05 Điều 8): ${warnings} cảnh báo` +
            (decided.length
              ? `; ${decided.length} tài liệu được ${[...new Set(decided.map((d) => d.decidedBy))].join(', ')} xem xét và chấp nhận`
              : ''),
          null,
          warnings > 0 ? 'warning' : 'success',
        ),
        event(
          objectId,
          'normalization',
          created,
          `Chuyển sang PDF/A-2b hai lớp (ảnh và chữ nhận dạng, ngôn ngữ ${ctx.config.digitisation.language})` +
            `${software(markers) ? ` bằng ${software(markers)}` : ''}, không nén lại ảnh quét` +
            (markers.some((m) => m.keptAsIs) ? `; ${markers.filter((m) => m.keptAsIs).length} tệp PDF/A hoặc đã ký được giữ nguyên` : '') +
            (originals.length > 0 ? `; ${originals.length} bản quét gốc được giữ kèm PDF/A (data/ban-quet/)` : ''),
        ),
      ],
    });
    faultPoint('digitise:after-version');
    await describeDigitised(ctx, fileCode, title, fields, converted, markers);
    await refreshRiskRecoveryStatusOf(ctx, fileCode);
    return { fileCode, documents: converted.length, pages, result };
  });
}

/** Folder of rep1/data/ that holds the original scans, one sub-folder per document code. */
export const ORIGINALS_FOLDER = 'ban-quet';

/**
 * The scans a PDF/A was made from, as attachments of its document (TT05 AttachmentFile), for a
 * unit whose policy keeps them. Files kept as is (photographs, recordings, PDF/A) are their own original.
 */
async function originalScans(ctx: Context, batch: DigitisationBatch, converted: DigitisedDocument[]): Promise<VersionSource[]> {
  const out: VersionSource[] = [];
  for (const doc of converted) {
    if (doc.keptAsIs) continue;
    const docCode = docCodeOf(doc.fileCode, doc.ordinal);
    for (const name of doc.sources) {
      const absolute = join(scanFolder(ctx, batch.id, doc.fileCode), name);
      out.push({
        kind: 'file',
        absolute,
        relative: `${ORIGINALS_FOLDER}/${docCode}/${name}`,
        originalRelative: name,
        size: (await stat(absolute)).size,
        attachmentOf: outputNameOf(doc),
      });
    }
  }
  return out;
}

/** The catalogue learns what was digitised: the file's fields, each document with its OCR text (searchable). */
async function describeDigitised(
  ctx: Context,
  fileCode: string,
  title: string,
  fields: Record<string, string>,
  converted: DigitisedDocument[],
  markers: ConversionMarker[],
): Promise<void> {
  const now = isoVietnam(ctx.clock.now());
  await ctx.catalogue.transaction(async (tx) => {
    const file = await tx.records.getFile(fileCode);
    await tx.records.putFile({
      code: fileCode,
      fondsCode: file?.fondsCode ?? null,
      title,
      fields: { ...(file?.fields ?? {}), ...fields },
      legacy: file?.legacy ?? {},
      createdAt: file?.createdAt ?? now,
      updatedAt: now,
    });
    const described = await tx.records.listDocuments(fileCode);
    for (let i = 0; i < converted.length; i++) {
      const doc = converted[i]!;
      const docCode = docCodeOf(fileCode, doc.ordinal);
      const known = described.find((d) => d.ordinal === doc.ordinal);
      const text = markers[i]!.pages.map((p) => p.text).join('\n');
      await tx.records.putDocument({
        id: known?.id ?? docCode,
        fileCode,
        ordinal: doc.ordinal,
        kind: known?.kind ?? 'doc',
        fields: {
          ...(known?.fields ?? {}),
          docCode: known?.fields.docCode || docCode,
          confidenceLevel: '02',
          numberOfPage: String(doc.pages),
          ocrText: text,
        },
        legacy: known?.legacy ?? {},
        createdAt: known?.createdAt ?? now,
        updatedAt: now,
      });
    }
    for (const doc of converted) await tx.digitisation.putDocument({ ...doc, state: 'stored', updatedAt: now });
  });
}

/** Package every file of the batch whose documents are all converted or ended. */
export async function packageBatch(ctx: Context, batchId: string, onFile?: (f: PackagedFile) => void): Promise<PackagedFile[]> {
  const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
  const out: PackagedFile[] = [];
  for (const f of batch.files) {
    const docs = await ctx.catalogue.digitisation.listDocuments(batchId, { fileCode: f.fileCode });
    if (!ready(docs)) continue;
    const packaged = await packageFile(ctx, batch, f.fileCode, docs);
    out.push(packaged);
    onFile?.(packaged);
  }
  return out;
}
