import { inScope, isoVietnam, type Holding, type Inspection, type Principal } from '@duphong/core';
import { randomUUID } from 'node:crypto';
import { notFoundError } from '../errors.js';
import { checkScope, unitOfFonds, type RecordEditPorts } from './record-edits.js';

/*
 * Holdings (nơi bảo quản) and inspections (kiểm tra tình trạng) written over HTTP, with the same
 * unit scope as the descriptions (record-edits.ts, decision 0014). They were written straight by
 * their routes, so an archivist of one unit could re-shelve or inspect another unit's records
 * (hostile tests, issue 9): a stored record of another unit is unknown (404), and nothing can be
 * placed into another unit (403 DP-OUT-OF-SCOPE).
 */

export type HoldingChange = Omit<Holding, 'id' | 'createdAt' | 'updatedAt'>;

const unknownHolding = (id: string) => notFoundError('DP-HOLDING-UNKNOWN', `Không có nơi bảo quản "${id}".`, `No holding "${id}".`);

/** The unit a holding belongs to: its file's fonds when it is tied to a file, else its fonds. */
async function unitOfHolding(ports: RecordEditPorts, h: Pick<Holding, 'fondsCode' | 'fileCode'>): Promise<string | null> {
  if (h.fileCode !== null) {
    const file = await ports.catalogue.records.getFile(h.fileCode);
    if (file) return unitOfFonds(ports, file.fondsCode);
  }
  return unitOfFonds(ports, h.fondsCode);
}

export async function saveHolding(ports: RecordEditPorts, id: string, change: HoldingChange, actor?: Principal): Promise<Holding> {
  const records = ports.catalogue.records;
  const known = await records.getHolding(id);
  const stored = known && (await unitOfHolding(ports, known));
  checkScope(actor, stored, await unitOfHolding(ports, change), () => unknownHolding(id));
  // A holding tied to a file of another unit (whatever fonds it names) is not the actor's to write.
  if (actor && change.fileCode !== null) {
    const file = await records.getFile(change.fileCode);
    checkScope(actor, undefined, file ? await unitOfFonds(ports, file.fondsCode) : null, () => unknownHolding(id));
  }
  const at = isoVietnam(ports.clock.now());
  await records.putHolding({ id, ...change, createdAt: known?.createdAt ?? at, updatedAt: at });
  return (await records.getHolding(id))!;
}

/** The unit of the record an inspection is about; null when the record is unknown. */
async function unitOfRecord(ports: RecordEditPorts, kind: Inspection['recordKind'], code: string): Promise<string | null> {
  const records = ports.catalogue.records;
  if (kind === 'fonds') return unitOfFonds(ports, code);
  if (kind === 'holding') {
    const h = await records.getHolding(code);
    return h ? unitOfHolding(ports, h) : null;
  }
  const doc = kind === 'document' ? await records.getDocument(code) : undefined;
  if (kind === 'document' && !doc) return null;
  const file = await records.getFile(doc ? doc.fileCode : code);
  return file ? unitOfFonds(ports, file.fondsCode) : null;
}

export async function addInspection(ports: RecordEditPorts, input: Omit<Inspection, 'id'>, actor?: Principal): Promise<Inspection> {
  // A record of another unit (or one that does not exist, for a user of some units) is unknown.
  if (actor && !inScope(actor, await unitOfRecord(ports, input.recordKind, input.recordCode)))
    throw notFoundError('DP-RECORD-UNKNOWN', `Không có bản ghi "${input.recordCode}".`, `No record "${input.recordCode}".`);
  const inspection = { id: randomUUID(), ...input };
  await ports.catalogue.records.addInspection(inspection);
  return inspection;
}
