import { randomUUID } from 'node:crypto';
import {
  isUnderWay,
  batchProgress,
  displayUnitDate,
  isoVietnam,
  parseUnitDate,
  type BatchFile,
  type BatchProgress,
  type BatchState,
  type DigitisationBatch,
  type DigitisationFinding,
  type DigitisedDocument,
  type FileRecord,
  type Principal,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError, requestError } from '../errors.js';
import { actorName, recordUnit, requireRight, sees } from './selection-access.js';

/*
 * Digitisation work orders (issue 10): a batch is drawn from an approved backup list, or from
 * chosen files, of one unit. Only files marked arranged (chỉnh lý hoàn chỉnh: arrangedDate,
 * arrangedBy on the file) may be digitised; the others are left out with a finding, and a batch
 * with none left is refused.
 */

export interface CreateBatchRequest {
  name?: string;
  listId?: string;
  fileCodes?: string[];
  operator?: string;
  equipment?: string;
  /** DD/MM/YYYY or YYYY-MM-DD. */
  dueDate?: string;
  note?: string;
}

export interface BatchView {
  batch: DigitisationBatch;
  progress: BatchProgress;
  documents: DigitisedDocument[];
}

const pageCount = (file: FileRecord | undefined): number | null => {
  const n = Number(file?.fields.numberOfPage);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export const isArranged = (file: FileRecord): boolean => (file.fields.arrangedDate ?? '').trim() !== '';

function dateOf(text: string | undefined, what: string): string | null {
  if (text === undefined || text.trim() === '') return null;
  const iso = parseUnitDate(text.trim());
  if (!iso)
    throw requestError('DP-DATE-INVALID', `${what} không hợp lệ: "${text}" (DD/MM/YYYY).`, `Invalid ${what}: "${text}" (DD/MM/YYYY).`);
  return iso;
}

/** The files a batch is asked for: a list's files (a fonds entry stands for its files) or the ones named. */
async function requestedFiles(ctx: Context, principal: Principal | undefined, request: CreateBatchRequest) {
  if (request.listId !== undefined) {
    const list = await ctx.catalogue.selection.getList(request.listId);
    if (!list || !sees(principal, list.unitId))
      throw notFoundError('DP-LIST-UNKNOWN', `Không có danh mục dự phòng "${request.listId}".`, `No backup list "${request.listId}".`);
    if (list.status !== 'approved')
      throw requestError(
        'DP-DIGITISE-LIST-NOT-APPROVED',
        `Danh mục ${list.id} chưa được phê duyệt: chỉ số hóa theo danh mục đã được phê duyệt.`,
        `Backup list ${list.id} is not approved: only approved lists are digitised.`,
      );
    const codes: string[] = [];
    for (const entry of list.entries) {
      if (entry.recordKind === 'file') codes.push(entry.recordCode);
      else if (entry.recordKind === 'fonds')
        for (const f of await ctx.catalogue.records.listFiles({ fondsCode: entry.recordCode })) codes.push(f.code);
      else {
        // A document on the list is digitised with its file (the scans name the file's documents).
        const doc = await ctx.catalogue.records.getDocument(entry.recordCode);
        if (doc) codes.push(doc.fileCode);
      }
    }
    return { unitId: list.unitId, listId: list.id, codes: [...new Set(codes)] };
  }
  const codes = [...new Set((request.fileCodes ?? []).map((c) => c.normalize('NFC').trim()).filter((c) => c !== ''))];
  if (codes.length === 0)
    throw requestError(
      'DP-USAGE',
      'Hãy chọn một danh mục đã phê duyệt hoặc các hồ sơ cần số hóa.',
      'Choose an approved list or the files to digitise.',
    );
  const units = new Set<string | null>();
  for (const code of codes) units.add(await recordUnit(ctx.catalogue, 'file', code));
  if (units.size > 1)
    throw requestError(
      'DP-DIGITISE-MIXED-UNITS',
      'Các hồ sơ thuộc nhiều đơn vị: mỗi đợt số hóa thuộc một đơn vị.',
      'The files belong to several units: a batch belongs to one unit.',
    );
  const unitId = [...units][0] ?? null;
  if (!sees(principal, unitId)) throw notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${codes[0]}".`, `No file "${codes[0]}".`);
  return { unitId: unitId ?? '', listId: null, codes };
}

export async function createBatch(
  ctx: Context,
  principal: Principal | undefined,
  request: CreateBatchRequest,
): Promise<{ batch: DigitisationBatch; findings: DigitisationFinding[] }> {
  requireRight(principal, 'digitise');
  const { unitId, listId, codes } = await requestedFiles(ctx, principal, request);
  // The open-batch check and the write are one step: two at once would both find the file free.
  return ctx.locks.hold('so-hoa:lap-dot', 'digitise-create', () => createLocked(ctx, principal, request, unitId, listId, codes));
}

async function createLocked(
  ctx: Context,
  principal: Principal | undefined,
  request: CreateBatchRequest,
  unitId: string,
  listId: string | null,
  codes: string[],
): Promise<{ batch: DigitisationBatch; findings: DigitisationFinding[] }> {
  const findings: DigitisationFinding[] = [];
  const files: BatchFile[] = [];
  // A file in a batch still under way stays there: two batches would make two versions from two sets of scans.
  const open = new Map<string, DigitisationBatch>();
  for (const b of await ctx.catalogue.digitisation.listBatches()) if (isUnderWay(b)) for (const f of b.files) open.set(f.fileCode, b);
  for (const code of codes) {
    const busy = open.get(code);
    if (busy) {
      findings.push({
        code: 'DP-DIGITISE-IN-BATCH',
        severity: 'error',
        vi: `Hồ sơ ${code} đang thuộc đợt số hóa "${busy.name}" chưa xong; hãy hoàn tất đợt đó hoặc đóng nó (duphong digitize batch close ${busy.id} --reason "…").`,
        en: `File ${code} is in the unfinished digitisation batch "${busy.name}"; finish or close it first (duphong digitize batch close ${busy.id} --reason "…").`,
        name: code,
      });
      continue;
    }
    const file = await ctx.catalogue.records.getFile(code);
    if (!file) {
      findings.push({
        code: 'DP-FILE-UNKNOWN',
        severity: 'error',
        vi: `Hồ sơ ${code} không có trong danh mục.`,
        en: `File ${code} is not in the catalogue.`,
        name: code,
      });
      continue;
    }
    if (!isArranged(file)) {
      findings.push({
        code: 'DP-DIGITISE-NOT-ARRANGED',
        severity: 'error',
        vi: `Hồ sơ ${code} chưa được đánh dấu chỉnh lý hoàn chỉnh: chỉ số hóa tài liệu đã chỉnh lý (ghi bằng "duphong digitize arranged ${code} --date DD/MM/YYYY").`,
        en: `File ${code} is not marked as arranged: only arranged records are digitised ("duphong digitize arranged ${code} --date DD/MM/YYYY").`,
        name: code,
      });
      continue;
    }
    files.push({ fileCode: code, title: file.title, expectedPages: pageCount(file) });
  }
  if (files.length === 0)
    throw requestError(
      'DP-DIGITISE-NOTHING',
      'Không hồ sơ nào đủ điều kiện số hóa; chưa lập đợt số hóa.',
      'No file qualifies for digitisation; no batch was made.',
      { findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.vi, ...(f.name && { path: f.name }) })) },
    );
  const now = isoVietnam(ctx.clock.now());
  const batch: DigitisationBatch = {
    id: randomUUID(),
    name: (request.name ?? '').normalize('NFC').trim() || `Đợt số hóa ${displayUnitDate(now.slice(0, 10))}${listId ? ` — ${listId}` : ''}`,
    unitId,
    listId,
    state: 'planned',
    files,
    operator: (request.operator ?? '').normalize('NFC').trim(),
    equipment: (request.equipment ?? '').normalize('NFC').trim(),
    dueDate: dateOf(request.dueDate, 'Hạn hoàn thành'),
    createdBy: actorName(principal, process.env.DUPHONG_USER),
    createdAt: now,
    updatedAt: now,
    runStartedAt: null,
    runStartPages: 0,
    note: (request.note ?? '').normalize('NFC').trim(),
    closedAt: null,
  };
  await ctx.catalogue.digitisation.putBatch(batch);
  return { batch, findings };
}

/** A batch the principal may see, or DP-BATCH-UNKNOWN (out of scope reads as unknown). */
export async function requireBatch(ctx: Context, principal: Principal | undefined, id: string): Promise<DigitisationBatch> {
  const batch = await ctx.catalogue.digitisation.getBatch(id);
  if (!batch || !sees(principal, batch.unitId || null))
    throw notFoundError('DP-BATCH-UNKNOWN', `Không có đợt số hóa "${id}".`, `No digitisation batch "${id}".`);
  return batch;
}

export async function batchView(ctx: Context, principal: Principal | undefined, id: string): Promise<BatchView> {
  const batch = await requireBatch(ctx, principal, id);
  const documents = await ctx.catalogue.digitisation.listDocuments(id);
  return { batch, documents, progress: batchProgress(batch, documents, ctx.clock.now()) };
}

export async function listBatchViews(
  ctx: Context,
  principal: Principal | undefined,
  filter: { listId?: string; state?: BatchState } = {},
): Promise<Array<Omit<BatchView, 'documents'>>> {
  const unitIds = principal === undefined || principal.units === 'all' ? undefined : [...principal.units];
  const batches = await ctx.catalogue.digitisation.listBatches({ ...filter, ...(unitIds && { unitIds }) });
  const now = ctx.clock.now();
  return Promise.all(
    batches.map(async (batch) => ({
      batch,
      progress: batchProgress(batch, await ctx.catalogue.digitisation.listDocuments(batch.id), now),
    })),
  );
}

/** Mark a file arranged (chỉnh lý hoàn chỉnh): the date and who, kept on the file's description. */
export async function markArranged(
  ctx: Context,
  principal: Principal | undefined,
  fileCode: string,
  request: { date: string; by?: string },
): Promise<FileRecord> {
  requireRight(principal, 'catalogue.write');
  const code = fileCode.normalize('NFC').trim();
  const file = await ctx.catalogue.records.getFile(code);
  if (!file || !sees(principal, await recordUnit(ctx.catalogue, 'file', code)))
    throw notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`);
  const date = dateOf(request.date, 'Ngày chỉnh lý');
  if (date === null) throw requestError('DP-USAGE', 'Thiếu ngày chỉnh lý (DD/MM/YYYY).', 'Missing the arrangement date (DD/MM/YYYY).');
  const by = actorName(principal, request.by).normalize('NFC').trim();
  const updated: FileRecord = {
    ...file,
    fields: { ...file.fields, arrangedDate: date, arrangedBy: by },
    updatedAt: isoVietnam(ctx.clock.now()),
  };
  await ctx.catalogue.records.putFile(updated);
  return updated;
}
