import {
  addEntries,
  describeFile,
  describeFonds,
  entryKey,
  expandScope,
  proposeEntries,
  type BackupList,
  type Catalogue,
  type DescribedRecord,
  type Outcome,
  selectFinding,
} from '@duphong/core';
import { describedRecord, resolveEntry } from './backup-list.js';
import { recordUnit } from './selection-access.js';
import { criteriaFor } from './plans.js';

/**
 * The units whose records a list of `unitId` may take: the unit, the agencies under it and the
 * units it was formed from (the 2025 mergers), as a user scoped to that unit sees them.
 */
export async function listUnitScope(c: Catalogue, unitId: string): Promise<Set<string>> {
  return expandScope([unitId], await c.units.listVersions(), await c.units.listSuccessions());
}

/**
 * Every eligible record of the list's unit not yet on it: the files of the unit's fonds (of one
 * fonds, or all) and every recognised fonds, file or document of the unit. When nothing is added
 * the outcome says why (DP-SELECT-NOTHING-ELIGIBLE), so nobody is left with "0 added" and no reason.
 */
export async function proposeForList(
  c: Catalogue,
  list: BackupList,
  act: { by: string; at: string; fondsCode?: string },
): Promise<Outcome> {
  const units = await listUnitScope(c, list.unitId);
  const fonds = (await c.records.listFonds()).filter((f) => f.unitId !== null && units.has(f.unitId));
  const fondsCodes = fonds.map((f) => f.code).filter((code) => act.fondsCode === undefined || code === act.fondsCode);
  const files = (await Promise.all(fondsCodes.map((fondsCode) => c.records.listFiles({ fondsCode })))).flat().map(describeFile);
  const recognitions = [];
  for (const r of await c.selection.listRecognitions()) {
    const unit = await recordUnit(c, r.recordKind, r.recordCode);
    if (unit !== null && units.has(unit)) recognitions.push(r);
  }
  const recognised = await Promise.all(recognitions.map((r) => describedRecord(c, r.recordKind, r.recordCode)));
  const onList = new Set(list.entries.map(entryKey));
  const criteria = await criteriaFor(c, list.unitId, list.year);
  // Whole fonds are proposed only when a plan's criterion asks for fonds (the default rule lists files).
  const wholeFonds = criteria.some((p) => p.criterion.recordKinds.includes('fonds'))
    ? fonds.filter((f) => fondsCodes.includes(f.code)).map(describeFonds)
    : [];
  const candidates = [...recognised.filter((r): r is DescribedRecord => r !== undefined), ...wholeFonds, ...files].filter(
    (r) => !onList.has(entryKey(r)),
  );
  const inspections = (await Promise.all(candidates.map((r) => c.records.listInspections(r.recordKind, r.recordCode)))).flat();
  const proposal = proposeEntries(candidates, inspections, recognitions, criteria);
  if (proposal.entries.length === 0) {
    const why = nothingEligible(fondsCodes.length, files.length, onList.size, inspections.length, recognitions.length);
    return { ok: true, list, findings: [...proposal.findings, why] };
  }
  const added = addEntries(
    list,
    await Promise.all(proposal.entries.map((e) => resolveEntry(c, { recordKind: e.recordKind, recordCode: e.recordCode }))),
    { by: act.by, at: act.at, criteria },
  );
  return added.ok
    ? { ...added, findings: [...proposal.findings.filter((f) => f.code !== 'DP-SELECT-UNREADABLE'), ...added.findings] }
    : added;
}

/** Why a proposal added nothing, in the order a person would check it. */
function nothingEligible(fonds: number, files: number, alreadyListed: number, inspections: number, recognitions: number) {
  const reason =
    fonds === 0
      ? {
          vi: 'đơn vị chưa có phông nào trong mô tả lưu trữ: hãy nhập mục lục hồ sơ trước',
          en: 'the unit has no fonds in the archival description yet: import a file list first',
          key: 'no-fonds',
        }
      : files === 0 && recognitions === 0
        ? { vi: 'các phông của đơn vị chưa có hồ sơ nào', en: "the unit's fonds have no files yet", key: 'no-files' }
        : inspections === 0 && recognitions === 0
          ? {
              vi: 'chưa có quyết định công nhận giá trị đặc biệt và chưa có biên bản kiểm tra ghi dấu hiệu hư hỏng: hãy ghi một quyết định công nhận hoặc một lần kiểm tra',
              en: 'there is no special-value recognition and no inspection recording damage signs yet: record a recognition or an inspection',
              key: 'no-evidence',
            }
          : alreadyListed > 0
            ? { vi: 'mọi hồ sơ đủ điều kiện đã có trong danh mục', en: 'every eligible record is already on the list', key: 'all-listed' }
            : {
                vi: 'không hồ sơ nào vừa vĩnh viễn vừa có dấu hiệu hư hỏng, và không có hồ sơ nào được công nhận giá trị đặc biệt',
                en: 'no record is both permanent and showing damage signs, and none is recognised as of special value',
                key: 'none-match',
              };
  return selectFinding('DP-SELECT-NOTHING-ELIGIBLE', undefined, { why: reason.vi, whyEn: reason.en, reason: reason.key });
}
