import type { DocumentRecord, FileRecord, ImportedDocument, ImportedFile } from '@duphong/core';

export type Change = 'created' | 'updated' | 'unchanged';

/**
 * The sheet's values laid over what the catalogue has: a column present in the sheet decides its
 * field (an empty cell removes it), fields the sheet has no column for are kept (e.g. those ingest
 * or an earlier sheet wrote). Empty strings mark the removals.
 */
function overlay(base: Record<string, string>, sheet: Record<string, string>): Record<string, string> {
  const out = { ...base };
  for (const [k, v] of Object.entries(sheet)) {
    if (v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export function mergeFile(existing: FileRecord | undefined, row: ImportedFile, now: string): { record: FileRecord; change: Change } {
  const fields = overlay(existing?.fields ?? {}, row.fields);
  const legacy = overlay(existing?.legacy ?? {}, row.legacy);
  const fondsCode = row.fondsCode ?? existing?.fondsCode ?? null;
  const record: FileRecord = {
    code: row.code,
    fondsCode,
    title: row.title,
    fields,
    legacy,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  if (!existing) return { record, change: 'created' };
  const same =
    existing.title === row.title &&
    existing.fondsCode === fondsCode &&
    sameRecord(existing.fields, fields) &&
    sameRecord(existing.legacy, legacy);
  return same ? { record: existing, change: 'unchanged' } : { record, change: 'updated' };
}

export function mergeDocument(
  existing: DocumentRecord | undefined,
  row: ImportedDocument,
  now: string,
): { record: DocumentRecord; change: Change } {
  const fields = overlay(existing?.fields ?? {}, { ...row.fields, docCode: row.id });
  const legacy = overlay(existing?.legacy ?? {}, row.legacy);
  const ordinal = row.ordinal ?? existing?.ordinal ?? null;
  const record: DocumentRecord = {
    id: row.id,
    fileCode: row.fileCode,
    ordinal,
    kind: existing?.kind ?? 'doc',
    fields,
    legacy,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  if (!existing) return { record, change: 'created' };
  const same =
    existing.fileCode === row.fileCode &&
    existing.ordinal === ordinal &&
    sameRecord(existing.fields, fields) &&
    sameRecord(existing.legacy, legacy);
  return same ? { record: existing, change: 'unchanged' } : { record, change: 'updated' };
}
