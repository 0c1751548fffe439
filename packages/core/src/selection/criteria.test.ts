import { describe, expect, it } from 'vitest';
import { assessEligibility, entryFor, proposeEntries, type DescribedRecord } from './eligibility.js';
import { criterionProblems, type PlanCriterion, type SelectionCriterion } from './criteria.js';

const history: SelectionCriterion = {
  id: 'lich-su-tinh',
  label: 'Tài liệu có giá trị vĩnh viễn về lịch sử tỉnh',
  recordKinds: ['file'],
  permanentOnly: true,
  words: ['tái lập', 'tỉnh'],
  fields: [],
  fondsCodes: [],
};
const family: SelectionCriterion = {
  id: 'gia-dinh',
  label: 'Tài liệu gia đình, dòng họ sưu tầm',
  recordKinds: [],
  permanentOnly: false,
  words: [],
  fields: [],
  fondsCodes: ['ST_GIA_DINH'],
};
const fromPlan = (criterion: SelectionCriterion): PlanCriterion => ({
  criterion,
  plan: 'Kế hoạch 07/KH-UBND ngày 14/11/2023 của tỉnh Lào Cai',
});

const file = (code: string, title: string, maintenance: string, fondsCode = 'P_UBND'): DescribedRecord => ({
  recordKind: 'file',
  recordCode: code,
  title,
  fields: { maintenance },
  fondsCode,
});

describe('selection criteria from plans', () => {
  it('select what the default rule does not, citing the plan; accents do not matter', () => {
    const record = file('H1', 'Hồ sơ về việc tai lap tinh Lào Cai năm 1991', '01');
    expect(assessEligibility(record, undefined, undefined)).toMatchObject({ eligible: false, reason: null });
    const e = assessEligibility(record, undefined, undefined, [fromPlan(history)]);
    expect(e).toMatchObject({ eligible: true, reason: 'plan-criterion', criterion: { criterion: { id: 'lich-su-tinh' } } });
    expect(entryFor(e, record)!.note).toBe(
      'Tiêu chí "Tài liệu có giá trị vĩnh viễn về lịch sử tỉnh" của Kế hoạch 07/KH-UBND ngày 14/11/2023 của tỉnh Lào Cai',
    );
  });

  it('respect permanence, kind, fonds and every word', () => {
    const criteria = [fromPlan(history), fromPlan(family)];
    expect(assessEligibility(file('H2', 'Hồ sơ tái lập tỉnh', '05'), undefined, undefined, criteria).eligible).toBe(false); // not permanent
    expect(assessEligibility(file('H3', 'Hồ sơ tái lập huyện', '01'), undefined, undefined, criteria).eligible).toBe(false); // "tỉnh" missing
    expect(
      assessEligibility({ ...file('D1', 'Tái lập tỉnh', '01'), recordKind: 'document' }, undefined, undefined, criteria).eligible,
    ).toBe(false);
    expect(assessEligibility(file('H4', 'Gia phả họ Nguyễn', '05', 'ST_GIA_DINH'), undefined, undefined, criteria)).toMatchObject({
      reason: 'plan-criterion',
    });
  });

  it('never narrow the default rule: a record at risk stays at risk', () => {
    const record = file('H5', 'Hồ sơ tái lập tỉnh', '01');
    const inspection = {
      id: 'k',
      recordKind: 'file' as const,
      recordCode: 'H5',
      date: '2024-01-02',
      inspector: '',
      signs: ['mun'],
      readable: true,
      notes: '',
    };
    expect(assessEligibility(record, inspection, undefined, [fromPlan(history)])).toMatchObject({ reason: 'at-risk', criterion: null });
    expect(
      proposeEntries([record, file('H6', 'Tái lập tỉnh', '01')], [inspection], [], [fromPlan(history)]).entries.map((e) => [
        e.recordCode,
        e.reason,
      ]),
    ).toEqual([
      ['H5', 'at-risk'],
      ['H6', 'plan-criterion'],
    ]);
  });

  it('refuses a criterion that would take every record', () => {
    expect(criterionProblems({ ...family, fondsCodes: [] }, 'criteria.0').map((p) => p.path)).toEqual(['criteria.0']);
    expect(criterionProblems({ ...history, id: 'Lịch sử' }, 'criteria.1').map((p) => p.path)).toEqual(['criteria.1.id']);
  });
});
