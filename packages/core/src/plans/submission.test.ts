import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineOf, reportLevelOf, submissionStatus } from './submission.js';

const deadlines = { agency: '10/12', province: '15/12', ministry: '15/12' };

describe('report submission', () => {
  it('knows each level deadline', () => {
    expect(deadlineOf(reportLevelOf('province'), 2024, deadlines)).toBe('2024-12-15');
    expect(deadlineOf(reportLevelOf('home-affairs-department'), 2024, deadlines)).toBe('2024-12-10');
  });
  it('on time, late (the first report decides), no-records, missing, not yet due', () => {
    expect(submissionStatus([{ date: '2024-12-15', noRecords: false }], '2024-12-15', '2025-01-01')).toBe('submitted');
    expect(
      submissionStatus(
        [
          { date: '2024-12-20', noRecords: false },
          { date: '2024-12-01', noRecords: false },
        ],
        '2024-12-15',
        '2025-01-01',
      ),
    ).toBe('submitted');
    expect(submissionStatus([{ date: '2024-12-16', noRecords: false }], '2024-12-15', '2025-01-01')).toBe('late');
    expect(submissionStatus([{ date: '2024-12-01', noRecords: true }], '2024-12-15', '2025-01-01')).toBe('no-records');
    expect(submissionStatus([], '2024-12-15', '2024-12-16')).toBe('missing');
    expect(submissionStatus([], '2024-12-15', '2024-12-15')).toBe('not-yet-due');
    expect(daysUntil('2024-12-15', '2024-12-05')).toBe(10);
    expect(daysUntil('2024-12-10', '2024-12-15')).toBe(-5);
  });
});
