import { describe, expect, it } from 'vitest';
import type { Inspection } from '../records/model.js';
import { assessEligibility, isPermanent, latestInspection, proposeEntries, type DescribedRecord } from './eligibility.js';
import type { Recognition } from './model.js';
import { describeSigns, knownSignCodes, riskSign } from './signs.js';

const file = (code: string, maintenance = '01'): DescribedRecord => ({
  recordKind: 'file',
  recordCode: code,
  title: `Hồ sơ ${code}`,
  fields: { maintenance },
});
const inspection = (
  code: string,
  date: string,
  signs: string[],
  readable: boolean | null = true,
  id = `i-${code}-${date}`,
): Inspection => ({
  id,
  recordKind: 'file',
  recordCode: code,
  date,
  inspector: 'Nguyễn Thị Lan',
  signs,
  readable,
  notes: '',
});
const recognition = (code: string, extra: Partial<Recognition> = {}): Recognition => ({
  recordKind: 'file',
  recordCode: code,
  decisionNumber: '123/QĐ-SNV',
  decisionDate: '15/01/2026',
  issuer: 'Sở Nội vụ tỉnh Lào Cai',
  note: '',
  createdAt: '2026-01-15T08:00:00.000+07:00',
  updatedAt: '2026-01-15T08:00:00.000+07:00',
  ...extra,
});

describe('risk signs', () => {
  it('reads codes and Vietnamese or English labels in any spelling', () => {
    expect(riskSign('mun')?.vi).toBe('mủn');
    expect(riskSign('Mủn')?.code).toBe('mun');
    expect(riskSign('THỦNG LỖ'.normalize('NFD'))?.code).toBe('thung-lo');
    expect(riskSign('brittle')?.code).toBe('gion');
    expect(riskSign('cong nghe loi thoi')?.carrier).toBe('electronic');
    expect(riskSign('ẩm mốc')).toBeUndefined();
    expect(knownSignCodes(['giòn', 'ẩm mốc', 'mun', 'gion'])).toEqual(['mun', 'gion']);
  });
  it('says whether faded writing is still readable', () => {
    expect(describeSigns(['mun', 'mo-chu'], true)).toBe('mủn, mờ chữ (còn đọc được)');
    expect(describeSigns(['mo-chu'], false, 'en')).toBe('faded writing (unreadable)');
    expect(describeSigns(['x-la'], null)).toBe('x-la');
  });
});

describe('eligibility', () => {
  it('knows permanent retention by code, short code or label', () => {
    expect(isPermanent({ maintenance: '01' })).toBe(true);
    expect(isPermanent({ maintenance: '1' })).toBe(true);
    expect(isPermanent({ maintenance: 'Vĩnh viễn' })).toBe(true);
    expect(isPermanent({ maintenance: '02' })).toBe(false);
    expect(isPermanent({})).toBe(false);
  });

  it('special value wins whatever the retention or state', () => {
    const e = assessEligibility(file('A', '03'), undefined, recognition('A'));
    expect(e).toMatchObject({ eligible: true, reason: 'special-value', permanent: false, signs: [] });
  });

  it('permanent and at risk (paper or electronic signs) is eligible; either alone is not', () => {
    expect(assessEligibility(file('A'), inspection('A', '2026-02-01', ['rach']), undefined)).toMatchObject({
      eligible: true,
      reason: 'at-risk',
      signs: ['rach'],
      inspectionDate: '2026-02-01',
    });
    expect(assessEligibility(file('A'), inspection('A', '2026-02-01', ['nguy-co-khong-xac-thuc'], null), undefined).reason).toBe('at-risk');
    expect(assessEligibility(file('A', '02'), inspection('A', '2026-02-01', ['rach']), undefined).eligible).toBe(false);
    expect(assessEligibility(file('A'), inspection('A', '2026-02-01', []), undefined).eligible).toBe(false);
    expect(assessEligibility(file('A'), undefined, undefined).eligible).toBe(false);
    // unknown sign words are not risk signs the plan names
    expect(assessEligibility(file('A'), inspection('A', '2026-02-01', ['bụi']), undefined).eligible).toBe(false);
  });

  it('a recognition without number, date or issuer does not count', () => {
    expect(assessEligibility(file('A', '02'), undefined, recognition('A', { decisionNumber: ' ' })).eligible).toBe(false);
  });

  it('uses the latest inspection only: a restored record is no longer at risk', () => {
    const all = [inspection('A', '2025-01-10', ['mun']), inspection('A', '2026-01-10', []), inspection('B', '2027-01-01', ['rach'])];
    expect(latestInspection(all, 'file', 'A')?.date).toBe('2026-01-10');
    expect(latestInspection(all, 'document', 'A')).toBeUndefined();
  });
});

describe('proposeEntries', () => {
  it('suggests every eligible record once, with reason, signs and the recognition cited', () => {
    const records = [file('A'), file('B'), file('C', '04'), file('D'), file('A')];
    const inspections = [
      inspection('B', '2026-02-01', ['gion', 'mo-chu'], false),
      inspection('C', '2026-02-01', ['mun']),
      inspection('D', '2026-02-01', ['doi-mau']),
    ];
    const { entries, findings } = proposeEntries(records, inspections, [recognition('A'), recognition('D', { issuer: '' })]);
    expect(entries).toEqual([
      {
        recordKind: 'file',
        recordCode: 'A',
        reason: 'special-value',
        signs: [],
        readable: null,
        inspectionDate: null,
        note: 'Công nhận theo 123/QĐ-SNV ngày 15/01/2026 của Sở Nội vụ tỉnh Lào Cai',
      },
      {
        recordKind: 'file',
        recordCode: 'B',
        reason: 'at-risk',
        signs: ['gion', 'mo-chu'],
        readable: false,
        inspectionDate: '2026-02-01',
        note: '',
      },
      {
        recordKind: 'file',
        recordCode: 'D',
        reason: 'at-risk',
        signs: ['doi-mau'],
        readable: true,
        inspectionDate: '2026-02-01',
        note: '',
      },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['DP-SELECT-UNREADABLE', 'warning', 'file:B'],
      ['DP-SELECT-RECOGNITION-INCOMPLETE', 'warning', 'file:D'],
    ]);
    expect(findings[0]!.message).toMatch(/không còn đọc được/);
  });
});
