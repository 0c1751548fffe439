import { describe, expect, it } from 'vitest';
import type { Inspection } from '../records/model.js';
import type { DescribedRecord } from './eligibility.js';
import { localiseFinding } from './findings.js';
import type { BackupList } from './model.js';
import {
  addEntries,
  approveList,
  decisionDate,
  newBackupList,
  removeEntries,
  reopenList,
  returnList,
  submitList,
  type EntryRequest,
  type Outcome,
} from './workflow.js';

const T = (h: number) => `2026-03-10T${String(h).padStart(2, '0')}:00:00.000+07:00`;
const permanent = (code: string): DescribedRecord => ({ recordKind: 'file', recordCode: code, title: code, fields: { maintenance: '01' } });
const torn: Inspection = {
  id: 'i1',
  recordKind: 'file',
  recordCode: 'F1',
  date: '2026-02-01',
  inspector: 'Lan',
  signs: ['rach'],
  readable: true,
  notes: '',
};
const request = (code: string, extra: Partial<EntryRequest> = {}): EntryRequest => ({
  recordKind: 'file',
  recordCode: code,
  record: permanent(code),
  latestInspection: { ...torn, recordCode: code },
  recognition: undefined,
  ...extra,
});
const ok = (o: Outcome): BackupList => {
  if (!o.ok) throw new Error(o.findings.map((f) => f.code).join());
  return o.list;
};
const codes = (o: Outcome) => o.findings.map((f) => f.code);

const draft = () => newBackupList({ id: 'L1', unitId: 'H15', year: 2026 }, { by: 'Văn thư', at: T(8) });
const filled = () => ok(addEntries(draft(), [request('F1'), request('F2', { note: 'ưu tiên' })], { by: 'Văn thư', at: T(9) }));
const submittedList = () => ok(submitList(filled(), { by: 'Trưởng phòng', at: T(11) }));

describe('backup list workflow', () => {
  it('creates a draft with a history line', () => {
    expect(draft()).toMatchObject({ status: 'draft', entries: [], history: [{ action: 'create', by: 'Văn thư', at: T(8), note: '' }] });
  });

  it('adds eligible entries, refusing duplicates, unknown and ineligible records all together', () => {
    const list = filled();
    expect(list.entries.map((e) => [e.recordCode, e.reason, e.note])).toEqual([
      ['F1', 'at-risk', ''],
      ['F2', 'at-risk', 'ưu tiên'],
    ]);
    expect(list.history.at(-1)).toMatchObject({ action: 'edit', note: 'thêm 2: F1, F2' });
    const refused = addEntries(
      list,
      [
        request('F3'),
        request('F1'),
        request('F4', { record: undefined }),
        request('F5', { latestInspection: undefined }),
        request('F6', { record: { ...permanent('F6'), fields: { maintenance: '03' } } }),
        request('F3'),
      ],
      { by: 'Văn thư', at: T(10) },
    );
    expect(refused.ok).toBe(false);
    expect(codes(refused)).toEqual([
      'DP-SELECT-DUPLICATE-ENTRY',
      'DP-SELECT-RECORD-UNKNOWN',
      'DP-SELECT-NOT-ELIGIBLE',
      'DP-SELECT-NOT-ELIGIBLE',
      'DP-SELECT-DUPLICATE-ENTRY',
    ]);
    expect(refused.findings[2]!.message).toMatch(/chưa có biên bản kiểm tra/);
    expect(refused.findings[3]!.message).toMatch(/không phải vĩnh viễn/);
    expect(localiseFinding(refused.findings[1]!, 'en').message).toBe('No hồ sơ "F4" in the archival description.');
  });

  it('warns, without refusing, about unreadable faded writing', () => {
    const o = addEntries(draft(), [request('F1', { latestInspection: { ...torn, signs: ['mo-chu'], readable: false } })], {
      by: 'A',
      at: T(9),
    });
    expect(o.ok).toBe(true);
    expect(codes(o)).toEqual(['DP-SELECT-UNREADABLE']);
  });

  it('removes entries from a draft only', () => {
    const list = ok(removeEntries(filled(), [{ recordKind: 'file', recordCode: 'F1' }], { by: 'A', at: T(10) }));
    expect(list.entries.map((e) => e.recordCode)).toEqual(['F2']);
    expect(codes(removeEntries(list, [{ recordKind: 'file', recordCode: 'F1' }], { by: 'A', at: T(10) }))).toEqual([
      'DP-SELECT-ENTRY-UNKNOWN',
    ]);
  });

  it('goes draft → submitted → approved, recording who, when and the decision; approved is frozen', () => {
    const submitted = ok(submitList(filled(), { by: 'Trưởng phòng', at: T(11) }));
    expect(codes(addEntries(submitted, [request('F9')], { by: 'A', at: T(11) }))).toEqual(['DP-SELECT-NOT-DRAFT']);
    expect(codes(approveList(submitted, { by: 'Giám đốc', at: T(12), decisionNumber: '', decisionDate: '01/03/2026' }))).toEqual([
      'DP-SELECT-DECISION-MISSING',
    ]);
    expect(codes(approveList(submitted, { by: 'Giám đốc', at: T(12), decisionNumber: '45/QĐ-SNV', decisionDate: '30/02/2026' }))).toEqual([
      'DP-SELECT-DECISION-DATE-INVALID',
    ]);
    const approved = ok(approveList(submitted, { by: 'Giám đốc', at: T(12), decisionNumber: ' 45/QĐ-SNV ', decisionDate: '2026-03-01' }));
    expect(approved).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-SNV', decisionDate: '01/03/2026', updatedAt: T(12) });
    expect(approved.history.at(-1)).toEqual({
      at: T(12),
      by: 'Giám đốc',
      action: 'approve',
      decisionNumber: '45/QĐ-SNV',
      decisionDate: '01/03/2026',
      note: '',
    });
    for (const o of [
      addEntries(approved, [request('F9')], { by: 'A', at: T(13) }),
      removeEntries(approved, [{ recordKind: 'file', recordCode: 'F1' }], { by: 'A', at: T(13) }),
      submitList(approved, { by: 'A', at: T(13) }),
      returnList(approved, { by: 'A', at: T(13), note: 'sai' }),
      approveList(approved, { by: 'A', at: T(13), decisionNumber: '1', decisionDate: '01/03/2026' }),
    ])
      expect(codes(o)).toEqual(['DP-SELECT-LIST-FROZEN']);
  });

  it('a returned list needs a reason and comes back as a draft', () => {
    const submitted = ok(submitList(filled(), { by: 'A', at: T(11) }));
    expect(codes(returnList(submitted, { by: 'B', at: T(12) }))).toEqual(['DP-SELECT-NOTE-MISSING']);
    const returned = ok(returnList(submitted, { by: 'B', at: T(12), note: 'Bổ sung biên bản kiểm tra' }));
    expect(returned.status).toBe('returned');
    expect(codes(submitList(returned, { by: 'A', at: T(13) }))).toEqual(['DP-SELECT-TRANSITION-INVALID']);
    expect(codes(addEntries(returned, [request('F9')], { by: 'A', at: T(13) }))).toEqual(['DP-SELECT-NOT-DRAFT']);
    const again = ok(reopenList(returned, { by: 'A', at: T(13) }));
    expect(again.status).toBe('draft');
    expect(again.history.map((h) => h.action)).toEqual(['create', 'edit', 'submit', 'return', 'reopen']);
  });

  it('refuses an empty submission, a missing actor and out-of-order steps', () => {
    expect(codes(submitList(draft(), { by: 'A', at: T(9) }))).toEqual(['DP-SELECT-LIST-EMPTY']);
    expect(codes(submitList(filled(), { by: '  ', at: T(9) }))).toEqual(['DP-SELECT-ACTOR-MISSING']);
    expect(codes(approveList(filled(), { by: 'A', at: T(9), decisionNumber: '1', decisionDate: '01/01/2026' }))).toEqual([
      'DP-SELECT-TRANSITION-INVALID',
    ]);
    expect(codes(reopenList(filled(), { by: 'A', at: T(9) }))).toEqual(['DP-SELECT-TRANSITION-INVALID']);
  });

  it('reads decision dates as written on Vietnamese decisions', () => {
    expect(decisionDate('1/3/2026')).toBe('01/03/2026');
    expect(decisionDate('2024-02-29')).toBe('29/02/2024');
    expect(decisionDate('29/02/2025')).toBeUndefined();
    expect(decisionDate('03/2026')).toBeUndefined();
  });

  it('says a well-written date that is no day does not exist, and a badly written one how to write it', () => {
    const refuse = (date: string) => {
      const o = approveList(submittedList(), { by: 'A', at: T(12), decisionNumber: '1', decisionDate: date });
      return o.ok ? undefined : localiseFinding(o.findings[0]!, 'vi').message;
    };
    expect(refuse('31/02/2026')).toBe('Ngày quyết định "31/02/2026" không tồn tại trong lịch.');
    expect(refuse('2026/02/31')).toBe('Ngày quyết định "2026/02/31" không hợp lệ (dùng DD/MM/YYYY).');
  });

  it('words a refused step with Vietnamese verbs and states, never the stored codes', () => {
    const o = approveList(filled(), { by: 'A', at: T(9), decisionNumber: '1', decisionDate: '01/01/2026' });
    expect(o.ok).toBe(false);
    const message = o.ok ? '' : localiseFinding(o.findings[0]!, 'vi').message;
    expect(message).toBe('Không thể phê duyệt danh mục đang ở trạng thái "dự thảo".');
    expect(message).not.toMatch(/approve|draft/);
  });
});
