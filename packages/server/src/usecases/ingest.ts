import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { scanSourceFolder } from './scan-source.js';
import { aipSchemaFiles } from '../aip/schema-files.js';
import { recoverJournal } from './recover.js';
import { writeObjectVersion, type IngestResult } from './write-version.js';
import { refreshRiskRecoveryStatusOf } from './backup-list.js';
import { compareDocuments, headDocumentsOf, requireConfirmedDrops, type IngestChanges } from './ingest-changes.js';

export type { IngestResult } from './write-version.js';
export { event, cleanupStaging } from './write-version.js';

export interface IngestRequest {
  folder: string;
  fileCode: string;
  title?: string;
  /** The caller accepts a version that drops documents of the head version (CLI --replace). */
  confirmReplace?: boolean;
  /** Where the documents came from, for the PREMIS events (default: a source folder). */
  origin?: string;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

const FILE_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

export type FolderIngestResult = IngestResult & { changes: IngestChanges };

function checkedFileCode(raw: string): string {
  const fileCode = raw.normalize('NFC').trim();
  if (!FILE_CODE.test(fileCode))
    throw requestError(
      'DP-FILE-CODE-INVALID',
      `Mã hồ sơ không hợp lệ: "${fileCode}" (chỉ chữ, số, dấu chấm, gạch ngang, gạch dưới).`,
      `Invalid file code "${fileCode}".`,
    );
  return fileCode;
}

/** What `ingestFolder` would change, without writing: the source checked, compared with the head version. */
export async function previewFolderIngest(ctx: Context, folder: string, rawFileCode: string): Promise<IngestChanges> {
  const fileCode = checkedFileCode(rawFileCode);
  const sources = await scanSourceFolder(folder);
  return compareDocuments(
    fileCode,
    await headDocumentsOf(ctx, fileCode),
    sources.map((s) => ({ path: s.relative, size: s.size })),
  );
}

/** ingest FOLDER --file CODE: the journal → stage → verify → commit → record → clear protocol. */
export async function ingestFolder(ctx: Context, request: IngestRequest): Promise<FolderIngestResult> {
  const fileCode = checkedFileCode(request.fileCode);
  const sources = await scanSourceFolder(request.folder);
  await aipSchemaFiles(); // an installation fault must not pass for an unreadable source file
  let file = await ctx.catalogue.getFile(fileCode);
  if (!file && request.title === undefined)
    throw requestError(
      'DP-FILE-UNKNOWN',
      `Hồ sơ "${fileCode}" không có trong danh mục. Thêm --title "…" để tạo hồ sơ mới.`,
      `File "${fileCode}" is not in the catalogue. Add --title "…" to create it.`,
    );
  return ctx.locks.hold(fileCode, 'ingest', async () => {
    await recoverJournal(ctx, { fileCode });
    // The replace rule (ingest-changes.ts): decided on the head as it stands under the lock, before any write.
    const changes = compareDocuments(
      fileCode,
      await headDocumentsOf(ctx, fileCode),
      sources.map((s) => ({ path: s.relative, size: s.size })),
    );
    requireConfirmedDrops(changes, request.confirmReplace);
    const now = isoVietnam(ctx.clock.now());
    if (!file) {
      file = { code: fileCode, title: request.title!.normalize('NFC').trim(), createdAt: now, updatedAt: now };
      await ctx.catalogue.putFile(file);
    } else if (request.title !== undefined && request.title.normalize('NFC').trim() !== file.title) {
      file = { ...file, title: request.title.normalize('NFC').trim(), updatedAt: now };
      await ctx.catalogue.putFile(file);
    }
    // The catalogue's description of the file (TT05 fields, fonds) goes into the AIP's EAD and METS.
    const described = await ctx.catalogue.records.getFile(fileCode);
    const fondsCode = described?.fondsCode ?? undefined;
    const result = await writeObjectVersion(ctx, {
      fileCode,
      title: file.title,
      sources: sources.map((s) => ({ kind: 'file', ...s })),
      origin: request.origin ?? 'thư mục nguồn',
      ...(described && Object.keys(described.fields).length > 0 && { description: { ...described.fields, title: file.title } }),
      ...(fondsCode && { fondsCode }),
      ...(request.onProgress && { onProgress: request.onProgress }),
    });
    // A listed file's riskRecoveryStatus follows its copies (01 only when the policy is met, verified).
    await refreshRiskRecoveryStatusOf(ctx, fileCode);
    return { ...result, changes };
  });
}
