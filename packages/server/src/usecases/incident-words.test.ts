import { describe, expect, it } from 'vitest';
import { incidentSentences, incidentSeverity, type IncidentFacts } from './incident-words.js';

const facts = (code: string, site: string | null, statuses: Record<string, 'ok' | 'damaged' | 'missing' | 'pending'>): IncidentFacts => ({
  code,
  fileCode: 'H15.1991.01',
  site,
  copies: Object.entries(statuses).map(([s, status]) => ({ site: s, status })),
});

describe('incident severity and sentences', () => {
  it('is critical when no copy is intact or the witnesses disagree', () => {
    expect(incidentSeverity(facts('DP-AUDIT-UNREPAIRED', 'bac', { bac: 'damaged', nam: 'missing' }))).toBe('critical');
    expect(incidentSeverity(facts('DP-AUDIT-WITNESS-DISAGREE', null, { bac: 'ok', nam: 'ok', trung: 'damaged' }))).toBe('critical');
    expect(incidentSentences(facts('DP-AUDIT-UNREPAIRED', 'bac', { bac: 'damaged', nam: 'missing' })).what.vi).toBe(
      'Cả hai bản sao của hồ sơ H15.1991.01 đều bị hỏng hoặc mất; không còn bản nguyên vẹn để sửa.',
    );
    expect(incidentSentences(facts('DP-AUDIT-CONFLICT', null, { bac: 'ok' })).todo.vi).toMatch(/đối chiếu các bản sao/);
  });

  it('is high for an unrepaired copy while others are intact, saying which site to check', () => {
    const f = facts('DP-AUDIT-UNREPAIRED', 'nam', { bac: 'ok', nam: 'missing', trung: 'ok' });
    expect(incidentSeverity(f)).toBe('high');
    expect(incidentSentences(f).what).toEqual({
      vi: 'Bản sao của hồ sơ H15.1991.01 tại site nam bị mất và chưa sửa được; còn hai bản sao nguyên vẹn.',
      en: 'The copy of file H15.1991.01 at site nam is missing and could not be repaired; two intact copies remain.',
    });
    expect(incidentSentences(f).todo.vi).toMatch(/^Hãy kiểm tra site nam/);
  });

  it('is medium when the copy is intact again', () => {
    const f = facts('DP-AUDIT-UNREPAIRED', 'nam', { bac: 'ok', nam: 'ok' });
    expect(incidentSeverity(f)).toBe('medium');
    expect(incidentSentences(f).what.vi).toMatch(/hiện bản sao đó đã nguyên vẹn\.$/);
  });
});
