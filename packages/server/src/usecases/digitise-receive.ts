import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  isUnderWay,
  batchStateOf,
  isoVietnam,
  extensionOf,
  parseScanName,
  tt05ScanName,
  type MappedScan,
  type DigitisationBatch,
  type DigitisationFinding,
  type DigitisedDocument,
  type Principal,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { scanSourceFolder } from './scan-source.js';
import { requireBatch } from './digitise-batches.js';
import { requireRight } from './selection-access.js';
import { checkBatchDocuments } from './digitise-check.js';
import { faultPoint } from '../storage/fault-point.js';

/*
 * Receiving scans into a batch: a folder (a scanning station's output, an upload) of TIFF/JPEG/
 * PNG/PDF named by TT05's rule (file code + "." + 7-digit document ordinal, optionally + "." +
 * 4-digit page). Each scan is copied into HOME/digitisation/<batch>/scans/<file>/ (temp name,
 * then renamed: a crash leaves no half scan under a real name), grouped into documents, then
 * checked (digitise-check.ts). A document received again replaces its earlier scans.
 */

export interface ReceiveResult {
  batch: DigitisationBatch;
  received: number;
  documents: DigitisedDocument[];
  /** Scans that could not be placed (wrong names, other files' scans). */
  findings: DigitisationFinding[];
}

export interface ReceiveOptions {
  reviewWarnings?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Watch mode: only scans last modified before this time (ms) — a file still being written waits. */
  settledBefore?: number;
  /** Scans named the station's own way, mapped to TT05 numbering by a sheet (read-scan-map.ts). */
  map?: Map<string, MappedScan>;
}

export const batchFolder = (ctx: Context, batchId: string): string => join(ctx.home, 'digitisation', batchId);
export const scanFolder = (ctx: Context, batchId: string, fileCode: string): string => join(batchFolder(ctx, batchId), 'scans', fileCode);

interface Placed {
  fileCode: string;
  ordinal: number;
  page: number | null;
  name: string;
  absolute: string;
}

/** Which of the batch's files a scan name belongs to: the longest file code it parses against. */
function place(name: string, batch: DigitisationBatch): { fileCode: string; ordinal: number; page: number | null } | undefined {
  let best: { fileCode: string; ordinal: number; page: number | null } | undefined;
  for (const f of batch.files) {
    const parsed = parseScanName(name, f.fileCode);
    if (!parsed) continue;
    const ordinal = 'wholeFile' in parsed ? 1 : parsed.ordinal;
    const page = 'wholeFile' in parsed ? null : parsed.page;
    if (!best || f.fileCode.length > best.fileCode.length) best = { fileCode: f.fileCode, ordinal, page };
  }
  return best;
}

/** The page a scan name numbers (null: the whole document in one file). */
function pageOfScan(name: string, fileCode: string): number | null {
  const parsed = parseScanName(name, fileCode);
  return parsed && !('wholeFile' in parsed) ? parsed.page : null;
}

async function sha256Of(path: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** Whether two files hold the same bytes (streamed: scans can be gigabytes). */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  if (!sa || !sb || sa.size !== sb.size) return false;
  const [ha, hb] = await Promise.all([sha256Of(a), sha256Of(b)]);
  return ha !== undefined && ha === hb;
}

export async function receiveScans(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  folder: string,
  options: ReceiveOptions = {},
): Promise<ReceiveResult> {
  requireRight(principal, 'digitise');
  // Under the batch's lock, the one a run holds: a receive while the batch runs reset documents
  // the run was converting (their new scans lost under the old PDF). Refused now: retry after.
  return ctx.locks.hold(`so-hoa:${batchId}`, 'digitise-receive', () => receiveLocked(ctx, principal, batchId, folder, options));
}

async function receiveLocked(
  ctx: Context,
  principal: Principal | undefined,
  batchId: string,
  folder: string,
  options: ReceiveOptions,
): Promise<ReceiveResult> {
  const batch = await requireBatch(ctx, principal, batchId);
  // A rejected document is scanned again in its batch; a batch whose every document is stored is
  // over, and one a person closed takes nothing more.
  const rescans = (await ctx.catalogue.digitisation.listDocuments(batchId, { state: 'rejected' })).length > 0;
  if (batch.closedAt !== null || ((batch.state === 'stored' || batch.state === 'rejected') && !rescans))
    throw requestError(
      'DP-BATCH-CLOSED',
      `Đợt số hóa "${batch.name}" đã kết thúc; hãy lập đợt mới cho bản quét bổ sung.`,
      `Batch "${batch.name}" is closed; make a new batch for further scans.`,
    );
  const scans = await scanSourceFolder(folder);
  const findings: DigitisationFinding[] = [];
  const placed: Placed[] = [];
  // Scans land in one folder per file: the same name in two sub-folders (two scanning stations)
  // silently kept whichever came last. Neither is received; the operator says which is right.
  const named = new Map<string, number>();
  for (const s of scans) named.set(basename(s.relative), (named.get(basename(s.relative)) ?? 0) + 1);
  // The batch's documents read once, not once per scan (a batch can hold thousands of pages).
  const before = new Map((await ctx.catalogue.digitisation.listDocuments(batchId)).map((d) => [`${d.fileCode}\u0000${d.ordinal}`, d]));
  // Rescans into a batch that had ended: not for a file a newer batch under way holds now.
  const elsewhere = new Map<string, string>();
  if (batch.state === 'stored' || batch.state === 'rejected')
    for (const b of await ctx.catalogue.digitisation.listBatches())
      if (b.id !== batchId && isUnderWay(b)) for (const f of b.files) elsewhere.set(f.fileCode, b.name);
  for (const s of scans) {
    const received = basename(s.relative).normalize('NFC');
    const mapped = options.map?.get(received);
    // A mapped scan is kept under its TT05 name, so everything after reads it like any other.
    const name = mapped ? tt05ScanName(mapped, extensionOf(received)) : received;
    const where = mapped && !batch.files.some((f) => f.fileCode === mapped.fileCode) ? undefined : place(name, batch);
    if (where && named.get(basename(s.relative))! > 1) {
      findings.push({
        code: 'DP-SCAN-DUPLICATE-NAME',
        severity: 'error',
        vi: `Bản quét "${s.relative}" trùng tên với bản quét khác trong thư mục con khác; không nhận bản nào, hãy giữ lại một bản.`,
        en: `Scan "${s.relative}" has the same name as another scan in another sub-folder; neither is received, keep one.`,
        name: s.relative,
      });
      continue;
    }
    if (!where) {
      findings.push({
        code: 'DP-SCAN-NAME',
        severity: 'error',
        vi: `Bản quét "${s.relative}" không đặt tên theo quy tắc (mã hồ sơ + "." + số thứ tự văn bản 7 chữ số) của một hồ sơ trong đợt; không nhận.`,
        en: `Scan "${s.relative}" is not named after a file of the batch (file code + "." + 7-digit document ordinal); not received.`,
        name: s.relative,
      });
      continue;
    }
    if (elsewhere.has(where.fileCode)) {
      findings.push({
        code: 'DP-DIGITISE-IN-BATCH',
        severity: 'error',
        vi: `Bản quét "${name}": hồ sơ ${where.fileCode} đang thuộc đợt số hóa "${elsewhere.get(where.fileCode)}" chưa xong; hãy nhận vào đợt đó.`,
        en: `Scan "${name}": file ${where.fileCode} is in the unfinished batch "${elsewhere.get(where.fileCode)}"; receive it there.`,
        name,
      });
      continue;
    }
    if (s.size === 0) {
      findings.push({
        code: 'DP-SCAN-EMPTY',
        severity: 'error',
        vi: `Bản quét "${name}" rỗng (0 byte); không nhận.`,
        en: `Scan "${name}" is empty (0 bytes); not received.`,
        name,
      });
      continue;
    }
    // The same bytes already received for this document (a watched folder looked at again, a
    // folder received twice): not received again, so a decision or a conversion is not undone.
    const known = before.get(`${where.fileCode}\u0000${where.ordinal}`);
    const kept = join(scanFolder(ctx, batchId, where.fileCode), name);
    const [source, copy] = await Promise.all([stat(s.absolute), stat(kept).catch(() => undefined)]);
    // Not modified since it was copied in: the same scan, without reading a watched folder's large
    // TIFFs again every few seconds; otherwise the bytes decide.
    const unchanged =
      copy !== undefined && copy.size === source.size && (source.mtimeMs <= copy.mtimeMs || (await sameBytes(s.absolute, kept)));
    if (known?.sources.includes(name) && unchanged) continue;
    // A scanning station may still be writing it: in watch mode, taken at the next look once settled.
    if (options.settledBefore !== undefined && source.mtimeMs > options.settledBefore) continue;
    placed.push({ ...where, name, absolute: s.absolute });
  }
  await ctx.catalogue.digitisation.putBatch({
    ...batch,
    state: batch.state === 'planned' ? 'receiving' : batch.state,
    updatedAt: isoVietnam(ctx.clock.now()),
  });

  // Each document about to get new scans goes back to "received" before a byte is copied: a
  // receive killed after copying then leaves it to be checked again, and the unchanged-scan skip
  // above cannot mistake the copy it left for scans already checked. A stored document keeps no
  // earlier scans (as below).
  const resetAt = isoVietnam(ctx.clock.now());
  for (const key of new Set(placed.map((p) => `${p.fileCode}\u0000${p.ordinal}`))) {
    const [fileCode, ordinal] = key.split('\u0000') as [string, string];
    const known = await ctx.catalogue.digitisation.getDocument(batchId, fileCode, Number(ordinal));
    if (known && known.state !== 'received')
      await ctx.catalogue.digitisation.putDocument({
        ...known,
        state: 'received',
        sources: known.state === 'stored' ? [] : known.sources,
        pdfSha256: null,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        updatedAt: resetAt,
      });
  }

  // Copy every scan in (temp + rename), grouped by document.
  const groups = new Map<string, Placed[]>();
  let done = 0;
  for (const p of placed) {
    const dir = scanFolder(ctx, batchId, p.fileCode);
    await mkdir(dir, { recursive: true });
    const target = join(dir, p.name);
    const temp = `${target}.nhan-tam`;
    try {
      await copyFile(p.absolute, temp);
      await rename(temp, target);
      faultPoint('digitise:after-scan-copy');
    } catch (error) {
      await rm(temp, { force: true });
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOSPC')
        throw requestError(
          'DP-DISK-FULL',
          `Hết chỗ trên đĩa khi nhận bản quét ${p.name}; các bản đã nhận được giữ lại, hãy giải phóng chỗ rồi nhận tiếp.`,
          `Disk full while receiving ${p.name}; scans received so far are kept, free space and receive again.`,
        );
      throw error;
    }
    const key = `${p.fileCode}\u0000${p.ordinal}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...p, absolute: target }]);
    options.onProgress?.(++done, placed.length);
  }

  const now = isoVietnam(ctx.clock.now());
  for (const group of groups.values()) {
    const first = group[0]!;
    const known = await ctx.catalogue.digitisation.getDocument(batchId, first.fileCode, first.ordinal);
    // Scans received earlier for the same document stay unless a new scan of the same page came
    // (whatever its format: a rejected .jpg rescanned as .png would otherwise stay beside it and
    // reject the document again as DP-SCAN-DUPLICATE-NAME); a whole-document scan replaces pages
    // and pages replace a whole-document scan.
    const pageOf = (n: string) => pageOfScan(n, first.fileCode);
    const newPages = new Set(group.map((g) => g.page));
    const earlier = (known && known.state !== 'stored' ? known.sources : []).filter((n) => {
      const page = pageOf(n);
      return !newPages.has(page) && !newPages.has(null) && page !== null;
    });
    const names = new Set([...earlier, ...group.map((g) => g.name)]);
    const present: string[] = [];
    for (const n of names) if (await stat(join(scanFolder(ctx, batchId, first.fileCode), n)).catch(() => undefined)) present.push(n);
    const doc: DigitisedDocument = {
      batchId,
      fileCode: first.fileCode,
      ordinal: first.ordinal,
      state: 'received',
      sources: present.sort(),
      pages: 0,
      findings: [],
      pageInfo: [],
      pdfSha256: null,
      keptAsIs: false,
      kind: 'doc',
      facts: {},
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      updatedAt: now,
    };
    await ctx.catalogue.digitisation.putDocument(doc);
  }
  const checked = await checkBatchDocuments(ctx, batchId, { reviewWarnings: options.reviewWarnings ?? true });
  const documents = await ctx.catalogue.digitisation.listDocuments(batchId);
  const current = (await ctx.catalogue.digitisation.getBatch(batchId))!;
  const updated = { ...current, state: batchStateOf(current.state, documents), updatedAt: isoVietnam(ctx.clock.now()) };
  await ctx.catalogue.digitisation.putBatch(updated);
  return { batch: updated, received: [...groups.values()].reduce((n, g) => n + g.length, 0), documents: checked, findings };
}
