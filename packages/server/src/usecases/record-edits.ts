import { checkDescription, fieldsNamed, inScope, isoVietnam, TT05_CATALOGUE } from '@duphong/core';
import type { Catalogue, Clock, DescriptionKind, DocumentKind, DocumentRecord, FileRecord, Finding, Fonds, Principal } from '@duphong/core';
import { accessError, conflictError, notFoundError, requestError } from '../errors.js';

/*
 * Writing the archival description (fonds, files, documents) as use cases shared by HTTP and CLI.
 * Writes are upserts by code: what the request gives replaces what was there, what it cannot give
 * (the imported `legacy` columns, the creation time) is kept from the stored record. Descriptions
 * are checked against the TT05 field catalogue: errors refuse the write with their findings,
 * warnings come back with the saved record.
 * With an `actor` (HTTP), the record must be in their units (decision 0014): a stored record of
 * another unit is unknown to them (404), and a record cannot be placed into another unit (403).
 * The CLI runs as the operator of the instance and passes none.
 * An editor that read a record says so with `expectedUpdatedAt` (the `updatedAt` it saw): when
 * someone saved the record in between, the write is refused (DP-FILE-STALE / DP-FONDS-STALE)
 * instead of silently overwriting their change. Without it (imports, scripts) the write is an upsert.
 */

export interface RecordEditPorts {
  catalogue: Catalogue;
  clock: Clock;
}

export interface Saved<T> {
  saved: T;
  findings: Finding[];
}

const now = (ports: RecordEditPorts): string => isoVietnam(ports.clock.now());

export async function unitOfFonds(ports: RecordEditPorts, fondsCode: string | null): Promise<string | null> {
  return fondsCode === null ? null : ((await ports.catalogue.records.getFonds(fondsCode))?.unitId ?? null);
}

/** The scope check of a write: `stored` is the unit of what exists (undefined: nothing yet), `target` where it goes. */
export function checkScope(
  actor: Principal | undefined,
  stored: string | null | undefined,
  target: string | null,
  unknown: () => Error,
): void {
  if (!actor) return;
  if (stored !== undefined && !inScope(actor, stored)) throw unknown();
  if (!inScope(actor, target))
    throw accessError(
      'forbidden',
      'DP-OUT-OF-SCOPE',
      'Không thể ghi hồ sơ vào đơn vị ngoài phạm vi được giao cho tài khoản của bạn.',
      'You cannot write records into a unit outside your assigned units.',
    );
}

/** The precondition of an editor: the record is still as they read it. */
export interface Precondition {
  /** The `updatedAt` of the record when the editor read it; null: they expect it not to exist yet. */
  expectedUpdatedAt?: string | null;
}

function checkFresh(what: 'FILE' | 'FONDS', code: string, stored: { updatedAt: string } | undefined, expected: Precondition): void {
  if (expected.expectedUpdatedAt === undefined) return;
  if ((stored?.updatedAt ?? null) === expected.expectedUpdatedAt) return;
  const vi = what === 'FILE' ? `hồ sơ "${code}"` : `phông "${code}"`;
  const en = what === 'FILE' ? `file "${code}"` : `fonds "${code}"`;
  throw conflictError(
    `DP-${what}-STALE`,
    `Không lưu: ${vi} đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới rồi sửa lại.`,
    `Not saved: ${en} was changed by someone else after you opened it. Reload to see the new version, then edit again.`,
  );
}

/** The field a finding is about, as its `path` (the editor shows it next to that input). */
function onField(kind: DescriptionKind, f: Finding): Finding {
  const [field] = fieldsNamed(
    f.message,
    TT05_CATALOGUE[kind].fields.map((s) => s.name),
  );
  return field === undefined || f.path !== undefined ? f : { ...f, path: field };
}

/** TT05 check of a description; errors refuse the write. Only the fields given are checked (a partial description is fine). */
function checked(kind: DescriptionKind, fields: Record<string, string>, context: { fileCode?: string } = {}): Finding[] {
  const findings = checkDescription(kind, fields, context)
    .filter((f) => f.code !== 'DP-TT05-REQUIRED' && f.code !== 'DP-TT05-FIELD-ABSENT')
    .map((f) => onField(kind, f));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((f) => `${f.code}: ${f.message}`).join(' ');
    throw requestError(errors[0]!.code, `Mô tả không hợp lệ theo TT05. ${list}`, `Description invalid under TT05. ${list}`, {
      findings: errors,
    });
  }
  return findings;
}

export type FondsChange = Pick<Fonds, 'name' | 'kind' | 'status' | 'unitId' | 'fields'>;

/** Read, check and write in one transaction, so a precondition cannot pass for two writers at once. */
export function saveFonds(
  ports: RecordEditPorts,
  code: string,
  change: FondsChange & Precondition,
  actor?: Principal,
): Promise<Saved<Fonds>> {
  return ports.catalogue.transaction((tx) => saveFondsIn({ ...ports, catalogue: tx }, code, change, actor));
}

async function saveFondsIn(
  ports: RecordEditPorts,
  code: string,
  { expectedUpdatedAt, ...change }: FondsChange & Precondition,
  actor?: Principal,
): Promise<Saved<Fonds>> {
  const records = ports.catalogue.records;
  const known = await records.getFonds(code.normalize('NFC'));
  checkScope(actor, known && known.unitId, change.unitId, () =>
    notFoundError('DP-FONDS-UNKNOWN', `Không có phông "${code}".`, `No fonds "${code}".`),
  );
  checkFresh('FONDS', code, known, { expectedUpdatedAt });
  const fonds = {
    code: code.normalize('NFC'),
    ...change,
    legacy: known?.legacy ?? {},
    createdAt: known?.createdAt ?? now(ports),
    updatedAt: now(ports),
  };
  await records.putFonds(fonds);
  return { saved: (await records.getFonds(fonds.code))!, findings: [] };
}

export type FileChange = Pick<FileRecord, 'title' | 'fondsCode' | 'fields'>;

/** A file's description (AIP_hoso fields), read, checked and written in one transaction. */
export function saveFile(
  ports: RecordEditPorts,
  code: string,
  change: FileChange & Precondition,
  actor?: Principal,
): Promise<Saved<FileRecord>> {
  return ports.catalogue.transaction((tx) => saveFileIn({ ...ports, catalogue: tx }, code, change, actor));
}

async function saveFileIn(
  ports: RecordEditPorts,
  code: string,
  { expectedUpdatedAt, ...change }: FileChange & Precondition,
  actor?: Principal,
): Promise<Saved<FileRecord>> {
  const records = ports.catalogue.records;
  const nfc = code.normalize('NFC');
  const known = await records.getFile(nfc);
  const stored = known && (await unitOfFonds(ports, known.fondsCode));
  checkScope(actor, stored, await unitOfFonds(ports, change.fondsCode), () =>
    notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`),
  );
  const findings = checked('aip-hoso', { ...change.fields, title: change.title });
  checkFresh('FILE', code, known, { expectedUpdatedAt });
  await records.putFile({
    code: nfc,
    ...change,
    legacy: known?.legacy ?? {},
    createdAt: known?.createdAt ?? now(ports),
    updatedAt: now(ports),
  });
  return { saved: (await records.getFile(nfc))!, findings };
}

export interface DocumentChange {
  fileCode: string;
  ordinal: number | null;
  kind: DocumentKind;
  fields: Record<string, string>;
}

/** A document's description (EAD_doc / EAD_pic / EAD_media); its file must exist. */
export async function saveDocument(
  ports: RecordEditPorts,
  id: string,
  change: DocumentChange,
  actor?: Principal,
): Promise<Saved<DocumentRecord>> {
  const records = ports.catalogue.records;
  const file = await records.getFile(change.fileCode);
  const unknownFile = () => notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${change.fileCode}".`, `No file "${change.fileCode}".`);
  if (!file) throw unknownFile();
  const stored = await records.getDocument(id.normalize('NFC'));
  const storedFile = stored && (await records.getFile(stored.fileCode));
  if (actor && storedFile && !inScope(actor, await unitOfFonds(ports, storedFile.fondsCode)))
    throw notFoundError('DP-DOCUMENT-UNKNOWN', `Không có tài liệu "${id}".`, `No document "${id}".`);
  const target = await unitOfFonds(ports, file.fondsCode);
  if (actor && !inScope(actor, target)) throw unknownFile();
  const kind: DescriptionKind = change.kind === 'doc' ? 'aip-doc' : change.kind;
  const findings = checked(kind, change.fields, { fileCode: change.fileCode });
  const nfc = id.normalize('NFC');
  const known = await records.getDocument(nfc);
  await records.putDocument({
    id: nfc,
    ...change,
    legacy: known?.legacy ?? {},
    createdAt: known?.createdAt ?? now(ports),
    updatedAt: now(ports),
  });
  return { saved: (await records.getDocument(nfc))!, findings };
}
