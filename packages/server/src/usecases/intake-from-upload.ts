import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inScope, isoVietnam, queuedJob, type Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { classify, notFoundError, requestError } from '../errors.js';
import { recordUnit } from './selection-access.js';
import { completeUpload, deleteUpload, uploadDataPath, type UploadState } from './uploads.js';
import { compareDocuments, headDocumentsOf, requireConfirmedDrops, type IngestChanges } from './ingest-changes.js';
import { ingestFolder } from './ingest.js';
import { ingestSip, previewSipIngest } from './ingest-sip.js';

/*
 * Intake in the browser: what was uploaded (usecases/uploads.ts) becomes a staging folder
 * HOME/intake/<id>/ — one SIP file, or a folder of scans assembled from each upload's relative
 * path — and the existing ingest use cases run on it as a background job ('ingest'). The replace
 * rule is asked before the job is queued (a preview) and again by the ingest itself under its lock.
 */

export interface IntakeRequest {
  owner: string;
  /** The signed-in user, for the unit scope of the file (absent before sign-in exists). */
  principal?: Principal;
  uploads: string[];
  kind: 'sip' | 'scans';
  fileCode?: string;
  title?: string;
  confirmReplace?: boolean;
}

export interface IntakeState {
  id: string;
  owner: string;
  kind: 'sip' | 'scans';
  fileCode?: string;
  title?: string;
  confirmReplace: boolean;
  job?: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number; bytes: number };
  changes?: IngestChanges;
  result?: { object: string; fileCode: string; version: number; files: number; bytes: number };
  error?: { code: string; message: string };
  createdAt: string;
  updatedAt: string;
}

const intakeDir = (ctx: Context, id: string) => join(ctx.home, 'intake', id);
const statePath = (ctx: Context, id: string) => join(intakeDir(ctx, id), 'intake.json');
const STAGED = 'staged';

async function saveState(ctx: Context, state: IntakeState): Promise<void> {
  const path = statePath(ctx, state.id);
  await writeFile(`${path}.tmp`, JSON.stringify({ ...state, updatedAt: isoVietnam(ctx.clock.now()) }));
  await rename(`${path}.tmp`, path);
}

/** An intake of `owner` (or any, for the job); unknown to everyone else. */
export async function getIntake(ctx: Context, owner: string | undefined, id: string): Promise<IntakeState> {
  const state = /^[0-9a-f]{32}$/.test(id)
    ? ((await readFile(statePath(ctx, id), 'utf8').then(JSON.parse, () => undefined)) as IntakeState | undefined)
    : undefined;
  if (!state || (owner !== undefined && state.owner !== owner))
    throw notFoundError('DP-INTAKE-UNKNOWN', `Không có lượt tiếp nhận "${id.slice(0, 64)}".`, `No intake "${id.slice(0, 64)}".`);
  return state;
}

/** The uploads, complete and owned, with the path each takes in the staging folder. */
async function placedUploads(ctx: Context, request: IntakeRequest): Promise<Array<{ upload: UploadState; path: string }>> {
  if (request.uploads.length === 0) throw requestError('DP-INTAKE-EMPTY', 'Chưa chọn tệp nào để tiếp nhận.', 'No upload chosen.');
  if (request.kind === 'sip' && request.uploads.length !== 1)
    throw requestError('DP-INTAKE-ONE-SIP', 'Mỗi lượt tiếp nhận một gói SIP (một tệp .zip).', 'One SIP (one .zip file) per intake.');
  if (request.kind === 'scans' && !request.fileCode)
    throw requestError(
      'DP-INTAKE-FILE-CODE',
      'Hãy cho biết mã hồ sơ mà các bản quét thuộc về.',
      'Name the catalogue file the scans belong to.',
    );
  const uploads: UploadState[] = [];
  for (const id of request.uploads) uploads.push(await completeUpload(ctx, request.owner, id));
  // A chosen folder arrives as "HS01/trang 1.tif", "HS01/…": the folder's own name is not part of the documents' paths.
  const names = uploads.map((u) => u.relativePath ?? u.filename);
  const tops = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/')) : '')));
  const strip = tops.size === 1 && !tops.has('') ? [...tops][0]!.length + 1 : 0;
  const seen = new Map<string, string>();
  return uploads.map((upload, i) => {
    const path = names[i]!.slice(strip);
    const key = path.toLowerCase();
    if (seen.has(key))
      throw requestError(
        'DP-INTAKE-DUPLICATE-NAME',
        `Hai tệp cùng tên "${path}" (không phân biệt hoa thường) trong lượt tiếp nhận.`,
        `Two files named "${path}" (ignoring case) in one intake.`,
      );
    seen.set(key, path);
    return { upload, path };
  });
}

/** Whether the principal may take in into this file: its fonds' unit must be in scope. */
async function checkScope(ctx: Context, principal: Principal | undefined, fileCode: string | undefined): Promise<void> {
  if (!principal || principal.units === 'all' || !fileCode) return;
  if (!inScope(principal, await recordUnit(ctx.catalogue, 'file', fileCode.normalize('NFC'))))
    throw notFoundError('DP-FILE-UNKNOWN', `Hồ sơ "${fileCode}" không có trong danh mục.`, `File "${fileCode}" is not in the catalogue.`);
}

/**
 * A SIP names its fonds, and ingest files the record under it: a unit's archivist may not move a
 * record into a fonds outside their units (it would vanish from their own view, and land in another's).
 */
async function checkSipFondsScope(ctx: Context, principal: Principal | undefined, fileCode: string, fondsCode: string | undefined) {
  if (!principal || principal.units === 'all' || fondsCode === undefined) return;
  if (!inScope(principal, await recordUnit(ctx.catalogue, 'fonds', fondsCode)))
    throw requestError(
      'DP-INTAKE-FONDS-OUT-OF-SCOPE',
      `Gói SIP ghi hồ sơ ${fileCode} thuộc phông "${fondsCode}", phông này không thuộc đơn vị của bạn hoặc chưa có trong mục lục. Chưa ghi gì: hãy nhập mục lục của phông trước, hoặc nhờ người quản lý đơn vị đó tiếp nhận.`,
      `The SIP files ${fileCode} under fonds "${fondsCode}", which is not in your units or not in the catalogue. Nothing written: import that fonds' catalogue first, or ask someone of that unit to take it in.`,
    );
}

/**
 * The change summary an intake would make, without consuming the uploads: scans compared by name
 * and size, a SIP validated (hard-linked under its own name in a scratch folder) and compared.
 */
export async function previewIntake(ctx: Context, request: IntakeRequest): Promise<{ changes: IngestChanges }> {
  await checkScope(ctx, request.principal, request.fileCode);
  const placed = await placedUploads(ctx, request);
  if (request.kind === 'scans') {
    const fileCode = request.fileCode!.normalize('NFC').trim();
    const incoming = placed.map((p) => ({ path: p.path, size: p.upload.length }));
    return { changes: compareDocuments(fileCode, await headDocumentsOf(ctx, fileCode), incoming) };
  }
  const scratch = join(ctx.home, 'intake', `preview-${randomBytes(8).toString('hex')}`);
  try {
    await mkdir(scratch, { recursive: true });
    const path = join(scratch, placed[0]!.path.slice(placed[0]!.path.lastIndexOf('/') + 1));
    await link(uploadDataPath(ctx, placed[0]!.upload.id), path);
    const preview = await previewSipIngest(ctx, path);
    await checkScope(ctx, request.principal, preview.changes.fileCode);
    await checkSipFondsScope(ctx, request.principal, preview.changes.fileCode, preview.sip.fondsCode);
    return { changes: preview.changes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Check, stage and queue an intake: returns it with its job. Drops unconfirmed are refused now (409). */
export async function startIntake(ctx: Context, request: IntakeRequest): Promise<IntakeState> {
  const { changes } = await previewIntake(ctx, request);
  requireConfirmedDrops(changes, request.confirmReplace);
  const placed = await placedUploads(ctx, request);
  const id = randomBytes(16).toString('hex');
  const staged = join(intakeDir(ctx, id), STAGED);
  await mkdir(staged, { recursive: true });
  for (const p of placed) {
    const target = join(staged, p.path);
    await mkdir(dirname(target), { recursive: true });
    await rename(uploadDataPath(ctx, p.upload.id), target);
    await deleteUpload(ctx, request.owner, p.upload.id);
  }
  const now = isoVietnam(ctx.clock.now());
  const state: IntakeState = {
    id,
    owner: request.owner,
    kind: request.kind,
    ...(request.fileCode !== undefined && { fileCode: request.fileCode.normalize('NFC').trim() }),
    ...(request.title !== undefined && { title: request.title }),
    confirmReplace: request.confirmReplace === true,
    status: 'queued',
    progress: { done: 0, total: placed.length, bytes: 0 },
    changes,
    createdAt: now,
    updatedAt: now,
  };
  await saveState(ctx, state);
  const job = queuedJob('ingest', { intake: id }, now);
  await ctx.catalogue.enqueueJob(job);
  state.job = job.id;
  await saveState(ctx, state);
  return state;
}

/** The 'ingest' job: run the ingest use case on the staged intake, recording progress and outcome. */
export async function runIntake(ctx: Context, id: string): Promise<unknown> {
  const state = await getIntake(ctx, undefined, id);
  const staged = join(intakeDir(ctx, id), STAGED);
  // Killed after recording 'done' but before the clean-up: the job runs again; finish the clean-up
  // instead of ingesting the same files a second time.
  if (state.status === 'done' && state.result) {
    await rm(staged, { recursive: true, force: true });
    return state.result;
  }
  let saving = Promise.resolve();
  const onProgress = (done: number, total: number, bytes: number) => {
    state.progress = { done, total, bytes };
    saving = saving.then(() => saveState(ctx, state)).catch(() => undefined);
  };
  await saveState(ctx, { ...state, status: 'running' });
  try {
    const result =
      state.kind === 'sip'
        ? await ingestSip(ctx, join(staged, (await firstName(staged))!), { onProgress, confirmReplace: state.confirmReplace })
        : await ingestFolder(ctx, {
            folder: staged,
            fileCode: state.fileCode!,
            ...(state.title !== undefined && { title: state.title }),
            confirmReplace: state.confirmReplace,
            onProgress,
          });
    await saving;
    const { object, fileCode, version, files, bytes } = result;
    await saveState(ctx, { ...state, status: 'done', changes: result.changes, result: { object, fileCode, version, files, bytes } });
    await rm(staged, { recursive: true, force: true });
    return result;
  } catch (error) {
    await saving;
    const c = classify(error);
    // exit 4 (a site down, a lock held) is retried by the runner: the staged files stay for it.
    await saveState(ctx, { ...state, status: c.exit === 4 ? 'queued' : 'failed', error: { code: c.code, message: c.vi } });
    throw error;
  }
}

async function firstName(folder: string): Promise<string | undefined> {
  return (await readdir(folder))[0];
}
