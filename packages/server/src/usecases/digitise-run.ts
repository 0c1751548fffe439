import {
  batchStateOf,
  displayUnitDate,
  isUnderWay,
  docCodeOf,
  isoVietnam,
  type DigitisationBatch,
  type DigitisationFinding,
  type DigitisedDocument,
  type MappedScan,
  type Principal,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { conflictError, notFoundError, requestError } from '../errors.js';
import { batchView, createBatch, requireBatch, type BatchView } from './digitise-batches.js';
import { checkBatchDocuments, fileFindings } from './digitise-check.js';
import { convertBatch } from './digitise-convert.js';
import { packageBatch, type PackagedFile } from './digitise-package.js';
import { receiveScans } from './digitise-receive.js';
import { requireOcrTools } from '../digitisation/ocr-tools.js';
import { actorName, requireRight } from './selection-access.js';

/*
 * Running a batch: check what was received, convert what was accepted, package the files that are
 * ready; each step picks up where the last run stopped (states in the catalogue, conversion
 * markers on disk), so a run after a crash or a full disk goes on where it stopped. One run of a
 * batch at a time (the batch's lock).
 */

export type RunPhase = 'checking' | 'converting' | 'packaging';
export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
  /** The document or file just finished. */
  item?: string;
}

export interface RunResult extends BatchView {
  packaged: PackagedFile[];
  fileFindings: DigitisationFinding[];
}

/** DP-BATCH-CLOSED for a batch a person closed: no run, no scans, no decisions any more. */
function refuseClosed(batch: DigitisationBatch): void {
  if (batch.closedAt === null) return;
  throw conflictError(
    'DP-BATCH-CLOSED',
    `Đợt số hóa "${batch.name}" đã đóng ngày ${displayUnitDate(batch.closedAt.slice(0, 10))}; hãy lập đợt mới.`,
    `Batch "${batch.name}" was closed on ${batch.closedAt.slice(0, 10)}; make a new batch.`,
  );
}

async function settleState(ctx: Context, batchId: string): Promise<DigitisationBatch> {
  const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
  const documents = await ctx.catalogue.digitisation.listDocuments(batchId);
  // A closed batch stays ended: stored when some documents reached the backup copy, else rejected.
  const state =
    batch.closedAt !== null ? (documents.some((d) => d.state === 'stored') ? 'stored' : 'rejected') : batchStateOf(batch.state, documents);
  const updated = { ...batch, state, updatedAt: isoVietnam(ctx.clock.now()) };
  await ctx.catalogue.digitisation.putBatch(updated);
  return updated;
}

export async function runBatch(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  options: { reviewWarnings?: boolean; onProgress?: (p: RunProgress) => void } = {},
): Promise<RunResult> {
  requireRight(principal, 'digitise');
  await requireBatch(ctx, principal, batchId);
  return ctx.locks.hold(`so-hoa:${batchId}`, 'digitise', async () => {
    refuseClosed((await ctx.catalogue.digitisation.getBatch(batchId))!);
    const progress = options.onProgress;
    await checkBatchDocuments(ctx, batchId, { reviewWarnings: options.reviewWarnings ?? true });
    const toConvert = (await ctx.catalogue.digitisation.listDocuments(batchId, { state: 'accepted' })).length;
    let converted = 0;
    progress?.({ phase: 'converting', done: 0, total: toConvert });
    await convertBatch(ctx, batchId, {
      onDocument: (d) => progress?.({ phase: 'converting', done: ++converted, total: toConvert, item: docCodeOf(d.fileCode, d.ordinal) }),
    });
    await settleState(ctx, batchId);
    const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
    let packagedCount = 0;
    const packaged = await packageBatch(ctx, batchId, (f) =>
      progress?.({ phase: 'packaging', done: ++packagedCount, total: batch.files.length, item: f.fileCode }),
    );
    const settled = await settleState(ctx, batchId);
    const view = await batchView(ctx, principal, batchId);
    return { ...view, batch: settled, packaged, fileFindings: await fileFindings(ctx, settled) };
  });
}

/** A person's decision on a document waiting for review: accepted (to convert, or converted) or rejected. */
export async function decideDocument(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  fileCode: string,
  ordinal: number,
  decision: { accept: boolean; note?: string; by?: string },
): Promise<DigitisedDocument> {
  requireRight(principal, 'digitise');
  await requireBatch(ctx, principal, batchId);
  // The reason is the use case's rule, not only the HTTP route's: the CLI checked only that
  // --note was given, so `--note " "` rejected a document with no reason recorded.
  if (!decision.accept && !(decision.note ?? '').trim())
    throw requestError('DP-REVIEW-REASON', 'Hãy ghi lý do không chấp nhận.', 'Give the reason for rejecting.');
  // Two reviewers deciding at once both read "review" and the later write silently replaced the
  // earlier decision: the check and the write are one step under the document's lock.
  return ctx.locks.hold(`so-hoa:${batchId}:${docCodeOf(fileCode.normalize('NFC'), ordinal)}`, 'digitise-review', () =>
    decideLocked(ctx, principal, batchId, fileCode, ordinal, decision),
  );
}

async function decideLocked(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  fileCode: string,
  ordinal: number,
  decision: { accept: boolean; note?: string; by?: string },
): Promise<DigitisedDocument> {
  // Read under the document's lock: a close that began after this cannot be undone by the decision
  // (closeBatch marks the batch closed first, then takes each document's lock to reject it).
  refuseClosed((await ctx.catalogue.digitisation.getBatch(batchId))!);
  const doc = await ctx.catalogue.digitisation.getDocument(batchId, fileCode.normalize('NFC'), ordinal);
  if (!doc)
    throw notFoundError(
      'DP-DOCUMENT-UNKNOWN',
      `Đợt số hóa không có tài liệu ${docCodeOf(fileCode, ordinal)}.`,
      `The batch has no document ${docCodeOf(fileCode, ordinal)}.`,
    );
  if (doc.state !== 'review')
    throw conflictError(
      'DP-REVIEW-NOT-WAITING',
      `Tài liệu ${docCodeOf(fileCode, ordinal)} không chờ xem xét (đang ở trạng thái "${doc.state}").`,
      `Document ${docCodeOf(fileCode, ordinal)} is not waiting for review (state "${doc.state}").`,
    );
  const now = isoVietnam(ctx.clock.now());
  const updated: DigitisedDocument = {
    ...doc,
    // A document reviewed after conversion (low OCR confidence) has its PDF/A already.
    state: decision.accept ? (doc.pdfSha256 !== null ? 'converted' : 'accepted') : 'rejected',
    decidedBy: actorName(principal, decision.by) || 'không rõ',
    decidedAt: now,
    decisionNote: (decision.note ?? '').normalize('NFC').trim() || null,
    updatedAt: now,
  };
  await ctx.catalogue.digitisation.putDocument(updated);
  await settleState(ctx, batchId);
  return updated;
}

/**
 * Close a batch that will not be finished (scans never came, the station was moved): every
 * document not yet in the backup copy is rejected with the reason, the batch ends (stored when some
 * documents reached the backup copy, else rejected) and its files may go into a new batch. Work
 * files stay on disk; nothing in the backup copies changes.
 */
export async function closeBatch(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  request: { reason: string; by?: string },
): Promise<BatchView> {
  requireRight(principal, 'digitise');
  await requireBatch(ctx, principal, batchId);
  const reason = request.reason.normalize('NFC').trim();
  if (!reason) throw requestError('DP-BATCH-CLOSE-REASON', 'Hãy ghi lý do đóng đợt số hóa.', 'Give the reason for closing the batch.');
  return ctx.locks.hold(`so-hoa:${batchId}`, 'digitise', async () => {
    const now = isoVietnam(ctx.clock.now());
    const by = actorName(principal, request.by) || 'không rõ';
    // Closed first, so a review decision that starts from now on is refused; closing again (after
    // DP-LOCKED on a document being decided) finishes the work without a second note.
    const batch = (await ctx.catalogue.digitisation.getBatch(batchId))!;
    if (batch.closedAt === null) {
      const note = `${batch.note ? `${batch.note}\n` : ''}Đóng đợt ngày ${displayUnitDate(now.slice(0, 10))} (${by}): ${reason}`;
      await ctx.catalogue.digitisation.putBatch({ ...batch, closedAt: now, note, updatedAt: now });
    }
    for (const doc of await ctx.catalogue.digitisation.listDocuments(batchId)) {
      if (doc.state === 'stored' || doc.state === 'rejected') continue;
      await ctx.locks.hold(`so-hoa:${batchId}:${docCodeOf(doc.fileCode, doc.ordinal)}`, 'digitise-close', async () => {
        const current = (await ctx.catalogue.digitisation.getDocument(batchId, doc.fileCode, doc.ordinal))!;
        if (current.state === 'stored' || current.state === 'rejected') return;
        await ctx.catalogue.digitisation.putDocument({
          ...current,
          state: 'rejected',
          decidedBy: by,
          decidedAt: now,
          decisionNote: `Đóng đợt: ${reason}`,
          findings: [
            ...current.findings,
            {
              code: 'DP-BATCH-CLOSED',
              severity: 'error',
              vi: `Đợt số hóa đã đóng trước khi tài liệu vào bản sao dự phòng: ${reason}`,
              en: `The batch was closed before the document reached the backup copy: ${reason}`,
            },
          ],
          updatedAt: now,
        });
      });
    }
    await settleState(ctx, batchId);
    return batchView(ctx, principal, batchId);
  });
}

export async function reviewQueue(ctx: Context, principal: Principal | undefined) {
  requireRight(principal, 'digitise');
  const unitIds = principal === undefined || principal.units === 'all' ? undefined : [...principal.units];
  return ctx.catalogue.digitisation.listReview(unitIds ? { unitIds } : {});
}

export interface DigitiseFolderResult {
  batch: DigitisationBatch;
  file: string;
  documents: number;
  pages: number;
  accepted: number;
  review: number;
  rejected: number;
  findings: Array<{ document: string | null; page: number | null; code: string; severity: string; message: string; messageEn: string }>;
  copies: Array<{ site: string; status: string }>;
}

/**
 * `duphong digitize PATH --file CODE [--batch NAME] [--review]`: the scans of one file, received
 * into a batch of that name (made when none is open), checked, converted and packaged in one go.
 * Without --review, documents with only warnings are accepted (the warnings stay recorded).
 */
export async function digitiseFolder(
  ctx: Context,
  principal: Principal | undefined,
  folder: string,
  request: { fileCode: string; batchName?: string; review?: boolean; operator?: string; equipment?: string; map?: Map<string, MappedScan> },
  onProgress?: (p: RunProgress) => void,
): Promise<DigitiseFolderResult> {
  const fileCode = request.fileCode.normalize('NFC').trim();
  // Say what to install before anything is received, not after the scans were checked.
  await requireOcrTools(ctx.config.digitisation.language);
  const open = (await ctx.catalogue.digitisation.listBatches()).find(
    (b) =>
      isUnderWay(b) &&
      b.files.some((f) => f.fileCode === fileCode) &&
      (request.batchName === undefined || b.name === request.batchName.normalize('NFC').trim()),
  );
  const batch =
    open ??
    (
      await createBatch(ctx, principal, {
        fileCodes: [fileCode],
        ...(request.batchName !== undefined && { name: request.batchName }),
        ...(request.operator !== undefined && { operator: request.operator }),
        ...(request.equipment !== undefined && { equipment: request.equipment }),
      })
    ).batch;
  const reviewWarnings = request.review === true;
  const received = await receiveScans(ctx, principal, batch.id, folder, { reviewWarnings, ...(request.map && { map: request.map }) });
  const run = await runBatch(ctx, principal, batch.id, { reviewWarnings, ...(onProgress && { onProgress }) });
  const docs = run.documents.filter((d) => d.fileCode === fileCode);
  const object = await ctx.catalogue.getObjectByFileCode(fileCode);
  const copies = object ? await ctx.catalogue.listCopies(object.id) : [];
  const findings = [
    ...received.findings.map((f) => ({
      document: null,
      page: f.page ?? null,
      code: f.code,
      severity: f.severity,
      message: f.vi,
      messageEn: f.en,
    })),
    ...docs.flatMap((d) =>
      d.findings.map((f) => ({
        document: docCodeOf(fileCode, d.ordinal),
        page: f.page ?? null,
        code: f.code,
        severity: f.severity,
        message: f.vi,
        messageEn: f.en,
      })),
    ),
    ...run.fileFindings.map((f) => ({ document: null, page: null, code: f.code, severity: f.severity, message: f.vi, messageEn: f.en })),
  ];
  return {
    batch: run.batch,
    file: fileCode,
    documents: docs.length,
    pages: docs.reduce((n, d) => n + d.pages, 0),
    accepted: docs.filter((d) => d.state === 'accepted' || d.state === 'converted' || d.state === 'stored').length,
    review: docs.filter((d) => d.state === 'review').length,
    rejected: docs.filter((d) => d.state === 'rejected').length,
    findings,
    copies: copies.map((c) => ({ site: c.site, status: c.status })),
  };
}
