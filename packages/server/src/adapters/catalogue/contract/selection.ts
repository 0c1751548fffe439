import {
  addEntries,
  approveList,
  ListChangedError,
  newBackupList,
  submitList,
  type BackupList,
  type Catalogue,
  type EntryRequest,
  type Outcome,
  type Recognition,
} from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { T } from './fixtures.js';

const recognition = (code: string, extra: Partial<Recognition> = {}): Recognition => ({
  recordKind: 'file',
  recordCode: code,
  decisionNumber: '12/QĐ-SNV',
  decisionDate: '15/01/2026',
  issuer: 'Sở Nội vụ tỉnh Lào Cai',
  note: 'Tài liệu về địa giới hành chính',
  createdAt: T(1),
  updatedAt: T(1),
  ...extra,
});

const ok = (o: Outcome): BackupList => {
  if (!o.ok) throw new Error(o.findings.map((f) => f.message).join('; '));
  return o.list;
};

const atRisk = (code: string): EntryRequest => ({
  recordKind: 'file',
  recordCode: code,
  note: 'Ưu tiên số hóa',
  record: { recordKind: 'file', recordCode: code, title: code, fields: { maintenance: '01' } },
  latestInspection: {
    id: `i-${code}`,
    recordKind: 'file',
    recordCode: code,
    date: '2026-02-10',
    inspector: 'Lan',
    signs: ['mun', 'mo-chu'],
    readable: true,
    notes: '',
  },
  recognition: undefined,
});

/** Recognitions and backup lists (catalogue.selection). */
export function selectionContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('selection for backup', () => {
    it('keeps recognitions, upserted by (kind, code), NFC, created date kept', async () => {
      await c.selection.putRecognition(recognition('H15.2001.01'));
      await c.selection.putRecognition(
        recognition('H15.2001.01', { issuer: 'Sở Nội vụ tỉnh Lào Cai (sửa)'.normalize('NFD'), updatedAt: T(3), createdAt: T(3) }),
      );
      await c.selection.putRecognition({ ...recognition('P_UBND'), recordKind: 'fonds' });
      expect(await c.selection.getRecognition('file', 'H15.2001.01')).toEqual(
        recognition('H15.2001.01', { issuer: 'Sở Nội vụ tỉnh Lào Cai (sửa)', updatedAt: T(3) }),
      );
      expect(await c.selection.getRecognition('document', 'H15.2001.01')).toBeUndefined();
      expect((await c.selection.listRecognitions()).map((r) => r.recordKind)).toEqual(['file', 'fonds']);
      expect(await c.selection.listRecognitions({ recordKind: 'fonds' })).toHaveLength(1);
    });

    it('saves a list whole: entries in order, history appended, round-trips exactly', async () => {
      let list = newBackupList({ id: 'DM-2026-15', unitId: 'H15', year: 2026 }, { by: 'Nguyễn Văn An', at: T(2) });
      await c.selection.saveList(list);
      list = ok(addEntries(list, [atRisk('F2'), atRisk('F1')], { by: 'Nguyễn Văn An', at: T(3) }));
      await c.selection.saveList(list);
      expect(await c.selection.getList('DM-2026-15')).toEqual(list);
      list = ok(submitList(list, { by: 'Trần Thị Bình', at: T(4), note: 'Trình Giám đốc Sở' }));
      list = ok(approveList(list, { by: 'Lê Văn Cường', at: T(5), decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' }));
      await c.selection.saveList(list);
      const got = await c.selection.getList('DM-2026-15');
      expect(got).toEqual(list);
      expect(got?.history.map((h) => h.action)).toEqual(['create', 'edit', 'submit', 'approve']);
      expect(got?.entries.map((e) => e.recordCode)).toEqual(['F2', 'F1']);
      expect(await c.selection.getList('nope')).toBeUndefined();
    });

    it('lists summaries newest year first, filtered, with entry counts', async () => {
      const a = ok(
        addEntries(newBackupList({ id: 'A', unitId: 'H15', year: 2025 }, { by: 'x', at: T(1) }), [atRisk('F1')], { by: 'x', at: T(1) }),
      );
      await c.selection.saveList(a);
      await c.selection.saveList(newBackupList({ id: 'B', unitId: 'H15', year: 2026 }, { by: 'x', at: T(2) }));
      await c.selection.saveList(newBackupList({ id: 'C', unitId: '01', year: 2026 }, { by: 'x', at: T(2) }));
      expect((await c.selection.listLists()).map((l) => [l.id, l.entryCount])).toEqual([
        ['C', 0],
        ['B', 0],
        ['A', 1],
      ]);
      expect((await c.selection.listLists({ unitId: 'H15', year: 2025 }))[0]).toMatchObject({ id: 'A', status: 'draft', entryCount: 1 });
      expect(await c.selection.listLists({ status: 'approved' })).toEqual([]);
    });

    it('finds where a record is listed, and every entry of approved lists', async () => {
      const draft = ok(
        addEntries(newBackupList({ id: 'D', unitId: 'H15', year: 2026 }, { by: 'x', at: T(1) }), [atRisk('F1')], { by: 'x', at: T(1) }),
      );
      let approved = ok(
        addEntries(newBackupList({ id: 'E', unitId: 'H15', year: 2025 }, { by: 'x', at: T(1) }), [atRisk('F1'), atRisk('F3')], {
          by: 'x',
          at: T(1),
        }),
      );
      approved = ok(submitList(approved, { by: 'x', at: T(2) }));
      approved = ok(approveList(approved, { by: 'y', at: T(3), decisionNumber: '1/QĐ', decisionDate: '01/03/2025' }));
      await c.selection.saveList(draft);
      await c.selection.saveList(approved);
      expect((await c.selection.findEntries('file', 'F1')).map((l) => [l.listId, l.status, l.year])).toEqual([
        ['E', 'approved', 2025],
        ['D', 'draft', 2026],
      ]);
      const listed = await c.selection.listApprovedEntries();
      expect(listed.map((l) => l.entry.recordCode)).toEqual(['F1', 'F3']);
      expect(listed[0]!.entry).toEqual(approved.entries[0]);
    });

    it('refuses a save based on a stale read, writing nothing', async () => {
      const list = newBackupList({ id: 'S', unitId: 'H15', year: 2026 }, { by: 'x', at: T(1) });
      await c.selection.saveList(list, { historyLength: 0 });
      await expect(c.selection.saveList(list, { historyLength: 0 })).rejects.toBeInstanceOf(ListChangedError);
      const first = ok(addEntries(list, [atRisk('F1')], { by: 'a', at: T(2) }));
      const second = ok(addEntries(list, [atRisk('F2')], { by: 'b', at: T(2) }));
      await c.selection.saveList(first, { historyLength: 1 });
      await expect(c.selection.saveList(second, { historyLength: 1 })).rejects.toBeInstanceOf(ListChangedError);
      expect(await c.selection.getList('S')).toEqual(first);
    });

    it('saving a list inside a rolled-back transaction leaves nothing', async () => {
      const list = newBackupList({ id: 'R', unitId: 'H15', year: 2026 }, { by: 'x', at: T(1) });
      await expect(
        c.transaction(async (tx) => {
          await tx.selection.saveList(list);
          throw new Error('hủy');
        }),
      ).rejects.toThrow('hủy');
      expect(await c.selection.getList('R')).toBeUndefined();
    });
  });
}
