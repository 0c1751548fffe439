import { randomBytes } from 'node:crypto';
import { open, mkdir, readFile, readdir, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { conflictError, notFoundError, requestError, tooLargeError } from '../errors.js';
import { checkedUploadName, sizeText } from './upload-names.js';

/*
 * Resumable uploads (the tus 1.0 core protocol, HTTP in http/routes/uploads.ts): an upload is a
 * declared length, a file under HOME/uploads/ that grows by appends at the offset the client
 * names, and a small JSON record (owner, name, relative path). Bytes received before a broken
 * connection stay; the client asks the offset and goes on. An upload belongs to the user who
 * created it: to anyone else it does not exist.
 */

export interface UploadRecord {
  id: string;
  owner: string;
  length: number;
  /** NFC file name, checked (see upload-names.ts). */
  filename: string;
  /** Path inside a chosen folder (`webkitdirectory`), checked; absent for a single file. */
  relativePath?: string;
  /** Upload-Metadata as sent (base64-decoded), for the client's own use. */
  metadata: Record<string, string>;
  createdAt: string;
}

export interface UploadState extends UploadRecord {
  offset: number;
  complete: boolean;
}

export const UPLOAD_ID = /^[0-9a-f]{32}$/;

export const uploadsDir = (ctx: Context) => join(ctx.home, 'uploads');
const recordPath = (ctx: Context, id: string) => join(uploadsDir(ctx), `${id}.json`);
/** Where an upload's bytes are; intake moves this file into its staging folder once complete. */
export const uploadDataPath = (ctx: Context, id: string) => join(uploadsDir(ctx), `${id}.bin`);

/** Appends in progress in this process: a second PATCH of the same upload is refused, not interleaved. */
const appending = new Set<string>();

function unknownUpload(id: string) {
  return notFoundError('DP-UPLOAD-UNKNOWN', `Không có tệp tải lên "${id.slice(0, 64)}".`, `No upload "${id.slice(0, 64)}".`);
}

async function readRecord(ctx: Context, id: string): Promise<UploadRecord | undefined> {
  if (!UPLOAD_ID.test(id)) return undefined;
  try {
    return JSON.parse(await readFile(recordPath(ctx, id), 'utf8')) as UploadRecord;
  } catch {
    return undefined;
  }
}

async function dataSize(ctx: Context, id: string): Promise<number> {
  return (await stat(uploadDataPath(ctx, id)).catch(() => undefined))?.size ?? 0;
}

/** Bytes the staging area has promised to uploads not yet consumed, and how many of them are still to come. */
async function reservedBytes(ctx: Context): Promise<{ total: number; pending: number }> {
  const names = await readdir(uploadsDir(ctx)).catch(() => [] as string[]);
  let total = 0;
  let pending = 0;
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const record = await readRecord(ctx, name.slice(0, -5));
    if (!record) continue;
    total += record.length;
    pending += Math.max(0, record.length - (await dataSize(ctx, record.id)));
  }
  return { total, pending };
}

export interface CreateUploadRequest {
  owner: string;
  length: number;
  metadata: Record<string, string>;
}

/**
 * Creations one after another: the reservation check reads the folder, the reservation writes it,
 * and creations sent all at once each passed the check before any was written (hostile tests).
 */
let creating: Promise<unknown> = Promise.resolve();

/** tus creation: check the declared size against both limits and the names, then reserve the upload. */
export function createUpload(ctx: Context, request: CreateUploadRequest): Promise<UploadState> {
  const run = creating.then(() => reserveUpload(ctx, request));
  creating = run.catch(() => undefined);
  return run;
}

async function reserveUpload(ctx: Context, request: CreateUploadRequest): Promise<UploadState> {
  const { maxBytes, maxTotalBytes } = ctx.config.uploads;
  if (!Number.isSafeInteger(request.length) || request.length < 0)
    throw requestError('DP-UPLOAD-LENGTH', 'Thiếu hoặc sai Upload-Length (số byte của tệp).', 'Missing or invalid Upload-Length.');
  if (request.length > maxBytes)
    throw tooLargeError(
      'DP-UPLOAD-TOO-LARGE',
      `Tệp nặng ${sizeText(request.length)}, vượt giới hạn ${sizeText(maxBytes)} cho một lần tải lên; chưa nhận gì. Hãy chia gói nhỏ hơn hoặc nhờ quản trị tăng uploads.maxBytes.`,
      `The file is ${sizeText(request.length, 'en')}, over the ${sizeText(maxBytes, 'en')} limit of one upload; nothing received.`,
    );
  const filename = checkedUploadName(request.metadata.filename ?? request.metadata.name ?? '', 'filename');
  if (filename.includes('/'))
    throw requestError('DP-UPLOAD-BAD-NAME', `Tên tệp không được chứa "/": ${filename}`, `A file name cannot contain "/": ${filename}`);
  const relativePath = request.metadata.relativePath ? checkedUploadName(request.metadata.relativePath, 'relativePath') : undefined;
  await mkdir(uploadsDir(ctx), { recursive: true });
  const { total: reserved, pending } = await reservedBytes(ctx);
  // The configured limits do not know the disk: a declared length it cannot hold (with what other
  // uploads still have to send) is refused now, not when the disk fills halfway (hostile tests).
  const disk = await statfs(uploadsDir(ctx));
  const free = disk.bavail * disk.bsize;
  if (pending + request.length > free)
    throw tooLargeError(
      'DP-UPLOAD-NO-SPACE',
      `Tệp nặng ${sizeText(request.length)} nhưng đĩa tạm tải lên chỉ còn trống ${sizeText(Math.max(0, free - pending))}; chưa nhận gì. Hãy giải phóng chỗ trên đĩa hoặc tiếp nhận các tệp đã tải lên trước.`,
      `The file is ${sizeText(request.length, 'en')} but the upload disk has only ${sizeText(Math.max(0, free - pending), 'en')} free; nothing received. Free some space or take in earlier uploads first.`,
    );
  if (reserved + request.length > maxTotalBytes)
    throw tooLargeError(
      'DP-UPLOAD-QUOTA',
      `Vùng tải lên đã giữ ${sizeText(reserved)}; thêm ${sizeText(request.length)} sẽ vượt tổng ${sizeText(maxTotalBytes)}. Hãy tiếp nhận hoặc xóa các tệp đã tải lên trước.`,
      `Uploads already hold ${sizeText(reserved, 'en')}; ${sizeText(request.length, 'en')} more exceeds the ${sizeText(maxTotalBytes, 'en')} total. Take in or delete earlier uploads first.`,
    );
  const record: UploadRecord = {
    id: randomBytes(16).toString('hex'),
    owner: request.owner,
    length: request.length,
    filename,
    ...(relativePath !== undefined && { relativePath }),
    metadata: request.metadata,
    createdAt: isoVietnam(ctx.clock.now()),
  };
  await writeFile(uploadDataPath(ctx, record.id), new Uint8Array(), { flag: 'wx' });
  const temporary = `${recordPath(ctx, record.id)}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, recordPath(ctx, record.id));
  return { ...record, offset: 0, complete: record.length === 0 };
}

/** tus HEAD: the upload and how many bytes have arrived — only for its owner. */
export async function getUpload(ctx: Context, owner: string, id: string): Promise<UploadState> {
  const record = await readRecord(ctx, id);
  if (!record || record.owner !== owner) throw unknownUpload(id);
  const offset = await dataSize(ctx, id);
  return { ...record, offset, complete: offset === record.length };
}

/**
 * tus PATCH: append the body at `offset`, which must be where the upload stands. Whatever arrives
 * before the connection breaks is kept (the client resumes from there); bytes beyond the declared
 * length are refused and cut off.
 */
export async function appendUpload(
  ctx: Context,
  owner: string,
  id: string,
  offset: number,
  body: AsyncIterable<Uint8Array>,
): Promise<UploadState> {
  const state = await getUpload(ctx, owner, id);
  if (appending.has(id))
    throw conflictError(
      'DP-UPLOAD-BUSY',
      'Tệp này đang được gửi từ một kết nối khác.',
      'This upload is receiving data on another connection.',
    );
  if (offset !== state.offset)
    throw conflictError(
      'DP-UPLOAD-OFFSET',
      `Upload-Offset ${offset} không khớp: máy chủ đã nhận ${state.offset} byte. Hãy hỏi lại vị trí (HEAD) rồi gửi tiếp.`,
      `Upload-Offset ${offset} does not match the ${state.offset} bytes received. Ask the offset (HEAD) and resume.`,
    );
  appending.add(id);
  const handle = await open(uploadDataPath(ctx, id), 'r+');
  let position = offset;
  let overflow = false;
  try {
    for await (const chunk of body) {
      if (position + chunk.byteLength > state.length) {
        overflow = true;
        break;
      }
      await handle.write(chunk, 0, chunk.byteLength, position);
      position += chunk.byteLength;
    }
  } catch (error) {
    // A broken connection: keep what arrived (it is on disk at `position`), report it on HEAD.
    ctx.log.info('upload interrupted', { upload: id, offset: position, error: error instanceof Error ? error.message : String(error) });
  } finally {
    await handle.sync().catch(() => undefined);
    await handle.truncate(position).catch(() => undefined);
    await handle.close();
    appending.delete(id);
  }
  if (overflow)
    throw requestError(
      'DP-UPLOAD-OVERFLOW',
      `Dữ liệu gửi vượt quá độ dài đã khai báo (${sizeText(state.length)}); đã giữ ${sizeText(position)}.`,
      `More data than the declared length (${sizeText(state.length, 'en')}); ${sizeText(position, 'en')} kept.`,
    );
  return { ...state, offset: position, complete: position === state.length };
}

/** tus termination, and what intake does once it has taken an upload's bytes. */
export async function deleteUpload(ctx: Context, owner: string, id: string): Promise<void> {
  await getUpload(ctx, owner, id);
  if (appending.has(id))
    throw conflictError(
      'DP-UPLOAD-BUSY',
      'Tệp này đang được gửi từ một kết nối khác.',
      'This upload is receiving data on another connection.',
    );
  await rm(recordPath(ctx, id), { force: true });
  await rm(uploadDataPath(ctx, id), { force: true });
}

/** A complete upload of `owner`, or a refusal saying what is missing. */
export async function completeUpload(ctx: Context, owner: string, id: string): Promise<UploadState> {
  const state = await getUpload(ctx, owner, id);
  if (!state.complete || appending.has(id))
    throw conflictError(
      'DP-UPLOAD-INCOMPLETE',
      `Tệp "${state.filename}" mới tải lên ${sizeText(state.offset)} trên ${sizeText(state.length)}; hãy gửi tiếp cho xong.`,
      `"${state.filename}" has ${sizeText(state.offset, 'en')} of ${sizeText(state.length, 'en')}; finish the upload first.`,
    );
  return state;
}
