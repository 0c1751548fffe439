import type { Context } from '../ports/context.js';
import { conflictError } from '../errors.js';
import { dataRelative, isDataPath } from '../aip/read-object.js';
import { sizeText } from './upload-names.js';
import { readHeadAttachments } from '../aip/head-documents.js';

/*
 * THE REPLACE RULE. Ingesting into a file code that already has a backup copy makes a new version
 * whose documents REPLACE the head version's: a document the new package does not carry is no
 * longer in the head (older versions keep it, but a person reading the copy does not see it).
 * So the change is computed before anything is written, always reported, and a version that drops
 * documents is refused unless the caller confirms (CLI --replace, HTTP confirmReplace: true).
 */

export interface DocumentChange {
  /** Path of the document inside the package's data (the documents' own names). */
  path: string;
  size: number;
  /** The head version's size, for a changed document. */
  previousSize?: number;
}

export interface IngestChanges {
  fileCode: string;
  /** The head version compared against; 0 when the file has no backup copy yet. */
  headVersion: number;
  /** A SIP with recordStatus SUPPLEMENT adds to the head: nothing can be dropped. */
  supplement: boolean;
  added: DocumentChange[];
  changed: DocumentChange[];
  dropped: DocumentChange[];
  unchanged: number;
}

export interface IncomingDocument {
  path: string;
  size: number;
  /** SHA-256 when known before reading (a SIP's METS gives it); otherwise sizes are compared. */
  sha256?: string;
}

export interface HeadDocument {
  path: string;
  size: number;
  sha256: string;
}

/** The documents of a file's head version, from the catalogue's index of it (no storage read). */
export async function headDocumentsOf(ctx: Context, fileCode: string): Promise<{ version: number; documents: HeadDocument[] }> {
  const object = await ctx.catalogue.getObjectByFileCode(fileCode);
  if (!object || object.head === 0) return { version: 0, documents: [] };
  const files = await ctx.catalogue.listVersionFiles(object.id, object.head);
  // Original scans kept beside a PDF/A are its attachments, not documents: they follow their
  // document (settle-attachments.ts) and are never reported as documents dropped.
  const attachments = await readHeadAttachments(ctx, object.id, object.head).then(
    (list) => new Set(list.map((a) => a.relative)),
    () => new Set<string>(),
  );
  return {
    version: object.head,
    documents: files
      .filter((f) => isDataPath(f.logicalPath) && !attachments.has(dataRelative(f.logicalPath)))
      .map((f) => ({ path: dataRelative(f.logicalPath), size: f.size, sha256: f.sha256.toLowerCase() })),
  };
}

/** Pure: what a version made of `incoming` changes against the head's documents. */
export function compareDocuments(
  fileCode: string,
  head: { version: number; documents: HeadDocument[] },
  incoming: IncomingDocument[],
  supplement = false,
): IngestChanges {
  const before = new Map(head.documents.map((d) => [d.path.normalize('NFC'), d]));
  const changes: IngestChanges = { fileCode, headVersion: head.version, supplement, added: [], changed: [], dropped: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const doc of incoming) {
    const path = doc.path.normalize('NFC');
    seen.add(path);
    const old = before.get(path);
    if (!old) changes.added.push({ path, size: doc.size });
    else if (doc.size !== old.size || (doc.sha256 !== undefined && doc.sha256.toLowerCase() !== old.sha256))
      changes.changed.push({ path, size: doc.size, previousSize: old.size });
    else changes.unchanged++;
  }
  for (const [path, old] of before) {
    if (seen.has(path)) continue;
    if (supplement) changes.unchanged++;
    else changes.dropped.push({ path, size: old.size });
  }
  // In document order as a person reads it (".0000002" before ".0000010"), whatever order uploads arrived in.
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path, 'vi', { numeric: true });
  changes.added.sort(byPath);
  changes.changed.sort(byPath);
  changes.dropped.sort(byPath);
  return changes;
}

/** Refuse a version that drops documents unless the caller confirmed it (exit 2, HTTP 409). */
export function requireConfirmedDrops(changes: IngestChanges, confirmReplace: boolean | undefined): void {
  if (changes.dropped.length === 0 || confirmReplace === true) return;
  const listed = changes.dropped.map((d) => d.path);
  const shown = listed.slice(0, 20).join(', ') + (listed.length > 20 ? ` … (+${listed.length - 20})` : '');
  throw conflictError(
    'DP-INGEST-DROPS-DOCUMENTS',
    `Hồ sơ ${changes.fileCode} đã có bản sao dự phòng v${changes.headVersion}; gói mới sẽ thay thế và BỎ ${listed.length} tài liệu: ${shown}. Chưa ghi gì. Nếu đúng ý, chạy lại với --replace (hoặc xác nhận thay thế trên giao diện).`,
    `${changes.fileCode} already has backup copy v${changes.headVersion}; the new package replaces it and DROPS ${listed.length} document(s): ${shown}. Nothing written. If intended, run again with --replace (or confirm the replacement in the UI).`,
    {
      findings: changes.dropped.map((d) => ({
        code: 'DP-INGEST-DROPS-DOCUMENTS',
        severity: 'error' as const,
        message: `Tài liệu sẽ bị bỏ khỏi phiên bản mới: ${d.path} (${sizeText(d.size)})`,
        path: d.path,
      })),
    },
  );
}

/** One paragraph for a person: what the ingest changes (Vietnamese or English). */
export function describeChanges(changes: IngestChanges, lang: 'vi' | 'en'): string[] {
  const vi = lang === 'vi';
  if (changes.headVersion === 0)
    return [
      vi
        ? `Hồ sơ ${changes.fileCode} chưa có bản sao dự phòng: tạo mới với ${changes.added.length} tài liệu.`
        : `${changes.fileCode} has no backup copy yet: a new one with ${changes.added.length} document(s).`,
    ];
  const lines = [
    vi
      ? `Hồ sơ ${changes.fileCode} đã có bản sao v${changes.headVersion}${changes.supplement ? ' (gói bổ sung)' : ''}: thêm ${changes.added.length}, thay đổi ${changes.changed.length}, bỏ ${changes.dropped.length}, giữ nguyên ${changes.unchanged} tài liệu.`
      : `${changes.fileCode} already has copy v${changes.headVersion}${changes.supplement ? ' (supplement)' : ''}: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.dropped.length} dropped, ${changes.unchanged} unchanged.`,
  ];
  const line = (label: string, d: DocumentChange) => `  ${label} ${d.path} (${sizeText(d.size, lang)})`;
  for (const d of changes.added) lines.push(line('+', d));
  for (const d of changes.changed) lines.push(line('~', d));
  for (const d of changes.dropped) lines.push(line('-', d));
  return lines;
}
