import { join } from 'node:path';
import {
  checkDocumentSet,
  checkNearDuplicates,
  checkPage,
  checkPdf,
  checkMedia,
  docCodeOf,
  extensionOf,
  isMediaExtension,
  codeLabel,
  isoVietnam,
  type DigitisationBatch,
  type DigitisationFinding,
  type DigitisedDocument,
  type DigitisedPage,
  type DocumentRecord,
  type QcFinding,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { measureImage, measurePdf } from '../digitisation/measure-image.js';
import { playTime, probeMedia } from '../digitisation/probe-media.js';
import { conversionParallelism, qcRulesFor } from './digitise-config.js';
import { mapLimit } from '../storage/stage.js';
import { scanFolder } from './digitise-receive.js';

/*
 * Quality control of received documents (TT05 Art. 8; docs/digitisation-qc.md): every page
 * measured (resolution, colour depth, blank, skew, readable), near-duplicate pages, names and page
 * counts against the catalogue. Errors reject the document; warnings send it to a person's review
 * (or accept it when the caller does not ask for review); a clean document is accepted.
 */

const toFinding = (f: QcFinding): DigitisationFinding => ({
  code: f.code,
  severity: f.severity,
  vi: f.vi,
  en: f.en,
  ...(f.page !== undefined && { page: f.page }),
  ...(f.name !== undefined && { name: f.name }),
});

/** Maps and drawings need 300 dpi, photographs their own; everything else is administrative. */
function documentTypeOf(doc: DocumentRecord | undefined, fileTitle: string): 'administrative' | 'map' | 'photo' {
  if (doc?.kind === 'pic') return 'photo';
  // typeName is a TT05 code (30 Bản đồ, 31 Bản vẽ kỹ thuật) or, in older data, the name itself.
  const typeName = doc?.fields.typeName ?? '';
  const words = `${codeLabel('typeName', typeName) ?? typeName} ${doc?.fields.subject ?? ''} ${fileTitle}`
    .normalize('NFC')
    .toLocaleLowerCase('vi');
  return /bản đồ|bản vẽ|sơ đồ/.test(words) ? 'map' : 'administrative';
}

interface Measured {
  pages: number;
  findings: DigitisationFinding[];
  pageInfo: DigitisedPage[];
  hashes: Array<{ document: number; page: number; dHash: string; inkMask?: string }>;
  keptAsIs: boolean;
  kind: DigitisedDocument['kind'];
  facts: Record<string, string>;
}

/**
 * A photograph or a recording is kept exactly as received, one file per document: its headers
 * (ffprobe, image metadata) are checked against TT05's minimums and become description fields.
 */
async function measureKeptAsIs(
  ctx: Context,
  batch: DigitisationBatch,
  doc: DigitisedDocument,
  described: DocumentRecord | undefined,
  kind: 'pic' | 'media',
): Promise<Measured> {
  const rules = qcRulesFor(ctx, batch.unitId);
  const out: Measured = { pages: 0, findings: [], pageInfo: [], hashes: [], keptAsIs: true, kind, facts: {} };
  if (doc.sources.length !== 1) {
    out.findings.push({
      code: 'DP-MEDIA-SEVERAL',
      severity: 'error',
      vi: `Tài liệu ${docCodeOf(doc.fileCode, doc.ordinal)} là ${kind === 'pic' ? 'ảnh' : 'tệp ghi âm, ghi hình'}: mỗi tài liệu một tệp (nhận ${doc.sources.length} tệp).`,
      en: `Document ${docCodeOf(doc.fileCode, doc.ordinal)} is a ${kind === 'pic' ? 'photograph' : 'recording'}: one file per document (got ${doc.sources.length}).`,
    });
    return out;
  }
  const name = doc.sources[0]!;
  const path = join(scanFolder(ctx, batch.id, doc.fileCode), name);
  const title = described?.fields.subject ?? '';
  if (kind === 'media') {
    const m = await probeMedia(path);
    out.findings.push(...checkMedia(m, rules).map(toFinding));
    out.facts = {
      typeMedia: m.kind === 'video' ? '02' : '01',
      movieTitle: described?.fields.movieTitle || title,
      playTime: playTime(m.durationSec),
      quality: [m.codec, m.width && m.height ? `${m.width}×${m.height}` : '', m.bitRateKbps ? `${Math.round(m.bitRateKbps)} kbps` : '']
        .filter(Boolean)
        .join(', '),
    };
    return out;
  }
  for await (const p of measureImage(path)) {
    const dpi = p.dpiX === null || p.dpiY === null ? null : Math.min(p.dpiX, p.dpiY);
    const image = {
      name,
      kind: 'image' as const,
      container: p.format,
      codec: null,
      durationSec: null,
      width: p.widthPx,
      height: p.heightPx,
      bitRateKbps: null,
      audioBitRateKbps: null,
      sampleRate: null,
      bitsPerPixel: p.bitsPerPixel,
      dpi,
      readable: p.readable,
      ...(p.error && { error: p.error }),
    };
    out.findings.push(...checkMedia(image, rules).map(toFinding));
    out.facts = {
      typePic: '02',
      imageTitle: described?.fields.imageTitle || title,
      filmSize: `${p.widthPx}×${p.heightPx} px, ${dpi ?? '?'} dpi`,
    };
    out.pages = 1;
    out.pageInfo = [{ page: 1, source: name, confidence: null }];
    break; // a photograph is one picture
  }
  return out;
}

async function measureDocument(
  ctx: Context,
  batch: DigitisationBatch,
  doc: DigitisedDocument,
  described: DocumentRecord | undefined,
): Promise<Measured> {
  if (doc.sources.some((n) => isMediaExtension(extensionOf(n)))) return measureKeptAsIs(ctx, batch, doc, described, 'media');
  if (described?.kind === 'pic' || described?.kind === 'media') return measureKeptAsIs(ctx, batch, doc, described, described.kind);
  const rules = qcRulesFor(ctx, batch.unitId);
  const out: Measured = { pages: 0, findings: [], pageInfo: [], hashes: [], keptAsIs: false, kind: 'doc', facts: {} };
  const documentType = documentTypeOf(described, batch.files.find((f) => f.fileCode === doc.fileCode)?.title ?? '');
  const grayscaleRecorded = described?.fields.scanColour === 'grayscale';
  for (const name of doc.sources) {
    const path = join(scanFolder(ctx, batch.id, doc.fileCode), name);
    if (/\.pdf$/i.test(name)) {
      const pdf = await measurePdf(path);
      out.findings.push(...checkPdf({ ...pdf, name }, { document: doc.ordinal, documentType }, rules).map(toFinding));
      if (pdf.pdfa !== null || pdf.signed) out.keptAsIs = true;
      for (let p = 1; p <= pdf.pages; p++) out.pageInfo.push({ page: out.pages + p, source: `${name}#${p}`, confidence: null });
      out.pages += pdf.pages;
      continue;
    }
    for await (const m of measureImage(path)) {
      const page = out.pages + 1;
      out.pages = page;
      out.pageInfo.push({ page, source: m.page > 1 ? `${name}#${m.page}` : name, confidence: null });
      out.findings.push(
        ...checkPage({ ...m, name }, { document: doc.ordinal, page, documentType, grayscaleRecorded }, rules).map(toFinding),
      );
      if (m.readable)
        out.hashes.push({ document: doc.ordinal, page, dHash: m.dHash, ...(m.inkMask !== undefined && { inkMask: m.inkMask }) });
    }
  }
  // A PDF/A or signed PDF is kept by copying it, and a copy holds one file: beside other files of
  // the document it silently lost their pages (numberOfPage still counted them). Refused instead.
  if (out.keptAsIs && doc.sources.length > 1)
    out.findings.push({
      code: 'DP-PDF-KEPT-NOT-ALONE',
      severity: 'error',
      vi: `Tài liệu ${docCodeOf(doc.fileCode, doc.ordinal)} có tệp PDF/A hoặc PDF đã ký (giữ nguyên, không ghép được) cùng ${doc.sources.length - 1} tệp khác: hãy nộp tài liệu trong một tệp duy nhất.`,
      en: `Document ${docCodeOf(doc.fileCode, doc.ordinal)} has a PDF/A or signed PDF (kept as is, cannot be merged) beside ${doc.sources.length - 1} other file(s): deliver the document as one file.`,
    });
  out.findings.push(...checkNearDuplicates(out.hashes, rules).map(toFinding));
  return out;
}

/** Check every received document of the batch; returns the documents checked, with their new state. */
export async function checkBatchDocuments(
  ctx: Context,
  batchId: string,
  options: { reviewWarnings: boolean },
): Promise<DigitisedDocument[]> {
  const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
  const received = await ctx.catalogue.digitisation.listDocuments(batchId, { state: 'received' });
  // A file's catalogue documents read once per file, not once per document checked.
  const catalogue = new Map<string, DocumentRecord[]>();
  for (const doc of received)
    if (!catalogue.has(doc.fileCode)) catalogue.set(doc.fileCode, await ctx.catalogue.records.listDocuments(doc.fileCode));
  // Decoding and analysing pages is CPU work: as many documents at once as conversion runs (cores).
  return mapLimit(received, conversionParallelism(ctx), async (doc) => {
    const described = catalogue.get(doc.fileCode)!.find((d) => d.ordinal === doc.ordinal);
    const measured = await measureDocument(ctx, batch, doc, described);
    // The page count against the catalogue's numberOfPage, names: the document-set rules of core.
    const expected = Number(described?.fields.numberOfPage);
    const setFindings =
      measured.kind !== 'doc'
        ? []
        : checkDocumentSet(
            {
              fileCode: doc.fileCode,
              names: doc.sources,
              catalogue: [{ ordinal: doc.ordinal, numberOfPage: Number.isSafeInteger(expected) && expected > 0 ? expected : null }],
              pagesPerDocument: new Map([[doc.ordinal, measured.pages]]),
            },
            qcRulesFor(ctx, batch.unitId),
          ).map(toFinding);
    const findings = [...measured.findings, ...setFindings];
    const state = findings.some((f) => f.severity === 'error')
      ? 'rejected'
      : findings.length > 0 && options.reviewWarnings
        ? 'review'
        : 'accepted';
    const next: DigitisedDocument = {
      ...doc,
      state,
      pages: measured.pages,
      pageInfo: measured.pageInfo,
      findings,
      keptAsIs: measured.keptAsIs,
      kind: measured.kind,
      facts: measured.facts,
      updatedAt: isoVietnam(ctx.clock.now()),
    };
    await ctx.catalogue.digitisation.putDocument(next);
    return next;
  });
}

/**
 * What the batch's files lack against the catalogue: documents described but not scanned (and
 * scans of documents the catalogue does not know), computed from what is stored, no measuring.
 */
export async function fileFindings(ctx: Context, batch: DigitisationBatch): Promise<DigitisationFinding[]> {
  const documents = await ctx.catalogue.digitisation.listDocuments(batch.id);
  const out: DigitisationFinding[] = [];
  for (const file of batch.files) {
    const mine = documents.filter((d) => d.fileCode === file.fileCode);
    if (mine.length === 0) continue;
    const catalogue = (await ctx.catalogue.records.listDocuments(file.fileCode))
      .filter((d) => d.ordinal !== null)
      .map((d) => {
        const n = Number(d.fields.numberOfPage);
        return { ordinal: d.ordinal!, numberOfPage: Number.isSafeInteger(n) && n > 0 ? n : null };
      });
    if (catalogue.length === 0) continue;
    out.push(
      ...checkDocumentSet(
        {
          fileCode: file.fileCode,
          names: mine.flatMap((d) => d.sources),
          catalogue,
          pagesPerDocument: new Map(mine.map((d) => [d.ordinal, d.pages])),
        },
        qcRulesFor(ctx, batch.unitId),
      )
        .filter((f) => f.code === 'DP-SCAN-MISSING' || f.code === 'DP-SCAN-NOT-IN-CATALOGUE')
        .map((f) => toFinding({ ...f, name: f.name ?? file.fileCode })),
    );
  }
  return out;
}
