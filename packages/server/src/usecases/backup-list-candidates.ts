import {
  describeFile,
  entryKey,
  expandScope,
  type BackupList,
  type Catalogue,
  type DescribedRecord,
  type Inspection,
  type Recognition,
  type SelectableKind,
} from '@duphong/core';
import { describedRecord } from './backup-list.js';

/**
 * What a proposal considers for a unit's list: the files (of one fonds, or all) and every
 * recognised record — only those of the list's unit. A record belongs to the unit of its fonds
 * (`fonds.unitId`; a document through its file), and the unit's scope is expanded as access is
 * (`expandScope`: agencies under it, provinces merged into it), so Lào Cai 2025 proposes the
 * files of the old Lào Cai and Yên Bái too, and never another province's.
 */
export interface Candidates {
  records: DescribedRecord[];
  inspections: Inspection[];
  recognitions: Recognition[];
}

export async function proposalCandidates(tx: Catalogue, list: BackupList, fondsCode?: string): Promise<Candidates> {
  const [versions, successions, allFonds, allRecognitions] = await Promise.all([
    tx.units.listVersions(),
    tx.units.listSuccessions(),
    tx.records.listFonds(),
    tx.selection.listRecognitions(),
  ]);
  const scope = expandScope([list.unitId], versions, successions);
  const ours = new Set(allFonds.filter((f) => f.unitId !== null && scope.has(f.unitId)).map((f) => f.code));
  const fileFonds = new Map<string, string | null>();
  const fondsOfFile = async (code: string): Promise<string | null> => {
    if (!fileFonds.has(code)) fileFonds.set(code, (await tx.records.getFile(code))?.fondsCode ?? null);
    return fileFonds.get(code)!;
  };
  const inScope = async (kind: SelectableKind, code: string): Promise<boolean> => {
    if (kind === 'fonds') return ours.has(code);
    const file = kind === 'file' ? code : (await tx.records.getDocument(code))?.fileCode;
    const fonds = file === undefined ? null : await fondsOfFile(file);
    return fonds !== null && ours.has(fonds);
  };
  const recognitions: Recognition[] = [];
  for (const r of allRecognitions) if (await inScope(r.recordKind, r.recordCode)) recognitions.push(r);
  const files = fondsCode !== undefined ? (ours.has(fondsCode) ? await tx.records.listFiles({ fondsCode }) : []) : await filesOf(tx, ours);
  const recognised = await Promise.all(recognitions.map((r) => describedRecord(tx, r.recordKind, r.recordCode)));
  const onList = new Set(list.entries.map(entryKey));
  const records = [...recognised.filter((r): r is DescribedRecord => r !== undefined), ...files.map(describeFile)].filter(
    (r) => !onList.has(entryKey(r)),
  );
  const inspections = (await Promise.all(records.map((r) => tx.records.listInspections(r.recordKind, r.recordCode)))).flat();
  return { records, inspections, recognitions };
}

async function filesOf(tx: Catalogue, fonds: ReadonlySet<string>) {
  return (await Promise.all([...fonds].map((code) => tx.records.listFiles({ fondsCode: code })))).flat();
}
