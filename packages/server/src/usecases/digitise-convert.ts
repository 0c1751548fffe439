import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docCodeOf, extensionOf, formatBytes, isoVietnam, type DigitisationBatch, type DigitisedDocument } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { convertToPdfa } from '../digitisation/convert-pdfa.js';
import { requireOcrTools } from '../digitisation/ocr-tools.js';
import { conversionParallelism } from './digitise-config.js';
import { faultPoint } from '../storage/fault-point.js';
import { DuphongError, requestError } from '../errors.js';
import { batchFolder, scanFolder } from './digitise-receive.js';

/*
 * Conversion of accepted documents to two-layer PDF/A-2b with OCR (ocrmypdf -l vie), one child
 * process per document, as many at once as there are cores (each OMP_THREAD_LIMIT=1). Resumable
 * like ingest's journal: a document is converted once its PDF and then its marker
 * (<docCode>.ocr.json, naming the PDF's SHA-256) are in out/; a crash before the marker leaves
 * the document accepted and the next run converts it again; a marker whose PDF no longer hashes
 * right is ignored. An existing PDF/A or a signed PDF is kept as is, never re-encoded.
 */

/** Failures of the machine, not of the document: the run stops and the document stays to convert. */
const STOPS_THE_RUN = new Set(['DP-OCR-TOOLS-MISSING', 'DP-OCR-TOOL-VERSION', 'DP-OCR-FILE-ACCESS', 'DP-OCR-ABORTED']);

export interface ConversionMarker {
  sha256: string;
  pages: Array<{ page: number; text: string; confidence: number | null }>;
  software: { ocrmypdf?: string; tesseract?: string; ghostscript?: string };
  keptAsIs: boolean;
  convertedAt: string;
}

export const outFolder = (ctx: Context, batchId: string, fileCode: string): string => join(batchFolder(ctx, batchId), 'out', fileCode);
/**
 * The name a document has in the backup copy: `<docCode>.pdf` for the PDF/A made, the received
 * file's own extension for what is kept as is (a photograph, a recording, a PDF/A or signed PDF).
 */
export function outputNameOf(doc: Pick<DigitisedDocument, 'fileCode' | 'ordinal' | 'keptAsIs' | 'sources'>): string {
  const ext = doc.keptAsIs ? extensionOf(doc.sources[0] ?? '') : '';
  return `${docCodeOf(doc.fileCode, doc.ordinal)}.${ext || 'pdf'}`;
}
export const pdfPathOf = (
  ctx: Context,
  doc: Pick<DigitisedDocument, 'batchId' | 'fileCode' | 'ordinal' | 'keptAsIs' | 'sources'>,
): string => join(outFolder(ctx, doc.batchId, doc.fileCode), outputNameOf(doc));
const markerPathOf = (ctx: Context, doc: DigitisedDocument): string =>
  join(outFolder(ctx, doc.batchId, doc.fileCode), `${docCodeOf(doc.fileCode, doc.ordinal)}.ocr.json`);

export async function sha256OfFile(ctx: Context, path: string): Promise<string> {
  const state = ctx.hasher.create('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) state.update(chunk as Uint8Array);
  return state.digest();
}

/** The marker of a finished conversion, when its PDF is still the one it names. */
export async function readMarker(ctx: Context, doc: DigitisedDocument): Promise<ConversionMarker | undefined> {
  const text = await readFile(markerPathOf(ctx, doc), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const marker = JSON.parse(text) as ConversionMarker;
    const actual = await sha256OfFile(ctx, pdfPathOf(ctx, doc)).catch(() => undefined);
    return actual === marker.sha256 ? marker : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Room for a conversion before it starts: ocrmypdf's temporary files and the PDF/A take a few
 * times the scans' size. Short of it, the run stops with DP-DISK-FULL (the document stays to
 * convert) instead of ocrmypdf failing half-way and the document being taken for a bad one.
 */
async function ensureRoom(dir: string, sources: string[]): Promise<void> {
  let size = 0;
  for (const s of sources) size += (await stat(s)).size;
  const need = 3 * size + 20 * 1024 * 1024;
  const fs = await statfs(dir);
  const free = Number(fs.bavail) * Number(fs.bsize);
  if (free < need)
    throw requestError(
      'DP-DISK-FULL',
      `Không đủ chỗ trên đĩa để chuyển đổi (còn ${formatBytes(free, 'vi')}, cần khoảng ${formatBytes(need, 'vi')}); các tài liệu đã chuyển được giữ lại, hãy giải phóng chỗ rồi chạy tiếp.`,
      `Not enough disk space to convert (${formatBytes(free, 'en')} free, about ${formatBytes(need, 'en')} needed); converted documents are kept, free space and run again.`,
    );
}

async function convertOne(ctx: Context, batch: DigitisationBatch, doc: DigitisedDocument): Promise<ConversionMarker> {
  const done = await readMarker(ctx, doc);
  if (done) return done;
  const dir = outFolder(ctx, batch.id, doc.fileCode);
  await mkdir(dir, { recursive: true });
  await ensureRoom(
    dir,
    doc.sources.map((n) => join(scanFolder(ctx, batch.id, doc.fileCode), n)),
  );
  const pdf = pdfPathOf(ctx, doc);
  // What a killed run left of this document (temp PDF, temp marker) goes before it is made again.
  const code = docCodeOf(doc.fileCode, doc.ordinal);
  for (const entry of await readdir(dir))
    if (entry.startsWith(`.${code}.pdf.`) || entry === `${code}.pdf.tam` || entry === `${code}.ocr.json.tam`)
      await rm(join(dir, entry), { force: true });
  const sources = doc.sources.map((n) => join(scanFolder(ctx, batch.id, doc.fileCode), n));
  let marker: Omit<ConversionMarker, 'sha256'>;
  if (doc.keptAsIs) {
    // An existing PDF/A or a signed PDF: any rewrite would break its conformance or its signature.
    await copyFile(sources[0]!, `${pdf}.tam`);
    await rename(`${pdf}.tam`, pdf);
    marker = { pages: [], software: {}, keptAsIs: true, convertedAt: isoVietnam(ctx.clock.now()) };
  } else {
    const workDir = join(dir, `${docCodeOf(doc.fileCode, doc.ordinal)}.lam-viec`);
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    try {
      const input = sources.length === 1 && /\.pdf$/i.test(sources[0]!) ? { pdf: sources[0]! } : { images: sources };
      // A scanned PDF may carry its scanner's OCR: done again in Vietnamese rather than refused.
      const result = await convertToPdfa(input, pdf, { workDir, language: ctx.config.digitisation.language, existingText: 'redo-ocr' });
      marker = {
        pages: result.pages.map((p) => ({ page: p.page, text: p.text.normalize('NFC'), confidence: p.confidence })),
        software: result.software,
        keptAsIs: false,
        convertedAt: isoVietnam(ctx.clock.now()),
      };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
  faultPoint('digitise:before-marker');
  const full: ConversionMarker = { ...marker, sha256: await sha256OfFile(ctx, pdf) };
  const markerPath = markerPathOf(ctx, doc);
  await writeFile(`${markerPath}.tam`, JSON.stringify(full));
  await rename(`${markerPath}.tam`, markerPath);
  faultPoint('digitise:after-marker');
  return full;
}

/** The mean confidence of the pages that have one (null when none has). */
const meanConfidence = (pages: ConversionMarker['pages']): number | null => {
  const known = pages.map((p) => p.confidence).filter((c): c is number => c !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

/**
 * Convert every accepted document of the batch. A document whose pages read below the configured
 * OCR confidence goes to review with its PDF made (a person looks at the page, then accepts).
 */
export async function convertBatch(
  ctx: Context,
  batchId: string,
  options: { onDocument?: (doc: DigitisedDocument) => void } = {},
): Promise<DigitisedDocument[]> {
  const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
  const queue = await ctx.catalogue.digitisation.listDocuments(batchId, { state: 'accepted' });
  if (queue.length === 0) return [];
  if (queue.some((d) => !d.keptAsIs)) await requireOcrTools();
  const all = await ctx.catalogue.digitisation.listDocuments(batchId);
  const convertedPages = all.filter((d) => d.state === 'converted' || d.state === 'stored').reduce((n, d) => n + d.pages, 0);
  await ctx.catalogue.digitisation.putBatch({
    ...batch,
    state: 'converting',
    runStartedAt: isoVietnam(ctx.clock.now()),
    runStartPages: convertedPages,
    updatedAt: isoVietnam(ctx.clock.now()),
  });
  const results: DigitisedDocument[] = [];
  let next = 0;
  let stop: unknown;
  const worker = async (): Promise<void> => {
    while (next < queue.length && stop === undefined) {
      const doc = queue[next++]!;
      let marker: ConversionMarker;
      try {
        marker = await convertOne(ctx, batch, doc);
      } catch (error) {
        // A document ocrmypdf cannot read is rejected with the reason; anything else (tools gone,
        // disk full) stops the run: what was converted stays converted, the rest waits for the next run.
        if (error instanceof DuphongError && error.code.startsWith('DP-OCR-') && !STOPS_THE_RUN.has(error.code)) {
          const rejected: DigitisedDocument = {
            ...doc,
            state: 'rejected',
            findings: [...doc.findings, { code: error.code, severity: 'error', vi: error.vi, en: error.en }],
            updatedAt: isoVietnam(ctx.clock.now()),
          };
          await ctx.catalogue.digitisation.putDocument(rejected);
          results.push(rejected);
          options.onDocument?.(rejected);
        } else stop = error;
        continue;
      }
      const threshold = ctx.config.digitisation.minConfidence;
      const low = marker.pages.filter((p) => p.confidence !== null && p.confidence < threshold).map((p) => p.page);
      const mean = meanConfidence(marker.pages);
      const updated: DigitisedDocument = {
        ...doc,
        state: low.length > 0 ? 'review' : 'converted',
        pdfSha256: marker.sha256,
        pageInfo: doc.pageInfo.map((p) => ({ ...p, confidence: marker.pages.find((m) => m.page === p.page)?.confidence ?? null })),
        findings: [
          ...doc.findings.filter((f) => f.code !== 'DP-OCR-LOW-CONFIDENCE'),
          ...(low.length > 0
            ? [
                {
                  code: 'DP-OCR-LOW-CONFIDENCE',
                  severity: 'warning' as const,
                  vi: `Độ tin cậy nhận dạng chữ thấp ở trang ${low.join(', ')} (trung bình ${Math.round(mean ?? 0)}/100, ngưỡng ${threshold}): cần người xem lại.`,
                  en: `Low OCR confidence on page(s) ${low.join(', ')} (mean ${Math.round(mean ?? 0)}/100, threshold ${threshold}): needs review.`,
                  page: low[0]!,
                },
              ]
            : []),
        ],
        updatedAt: isoVietnam(ctx.clock.now()),
      };
      await ctx.catalogue.digitisation.putDocument(updated);
      results.push(updated);
      options.onDocument?.(updated);
    }
  };
  await Promise.all(Array.from({ length: Math.min(conversionParallelism(ctx), queue.length) }, worker));
  if (stop !== undefined) {
    if ((stop as NodeJS.ErrnoException).code === 'ENOSPC')
      throw requestError(
        'DP-DISK-FULL',
        'Hết chỗ trên đĩa khi chuyển đổi PDF/A; các tài liệu đã chuyển được giữ lại, hãy giải phóng chỗ rồi chạy tiếp.',
        'Disk full while converting to PDF/A; converted documents are kept, free space and run again.',
      );
    throw stop;
  }
  return results;
}
