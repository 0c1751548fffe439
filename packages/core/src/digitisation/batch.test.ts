import { describe, expect, it } from 'vitest';
import { batchProgress, batchStateOf } from './batch.js';

describe('digitisation batch', () => {
  it('takes its state from its documents', () => {
    expect(batchStateOf('planned', [])).toBe('planned');
    expect(batchStateOf('receiving', [])).toBe('receiving');
    expect(batchStateOf('receiving', [{ state: 'received' }, { state: 'accepted' }])).toBe('checking');
    expect(batchStateOf('checking', [{ state: 'review' }, { state: 'converted' }])).toBe('checking');
    expect(batchStateOf('checking', [{ state: 'accepted' }, { state: 'converted' }])).toBe('converting');
    expect(batchStateOf('converting', [{ state: 'converted' }, { state: 'rejected' }])).toBe('packaging');
    expect(batchStateOf('packaging', [{ state: 'stored' }, { state: 'rejected' }])).toBe('stored');
    expect(batchStateOf('checking', [{ state: 'rejected' }])).toBe('rejected');
  });

  it('estimates the end of conversion from this run’s pace, not counting documents waiting for a person', () => {
    const now = new Date('2026-12-04T10:10:00Z');
    const docs = [
      { state: 'converted' as const, pages: 10 },
      { state: 'accepted' as const, pages: 20 },
      { state: 'review' as const, pages: 5 },
      { state: 'rejected' as const, pages: 3 },
      { state: 'stored' as const, pages: 2 },
    ];
    // 10 pages in 10 minutes since the run started (2 were converted before): 20 pages left → 20 minutes.
    const p = batchProgress({ runStartedAt: '2026-12-04T17:00:00.000+07:00', runStartPages: 2 }, docs, now);
    expect(p).toMatchObject({ documents: 5, pages: 40, pagesConverted: 12, pagesRemaining: 20, fraction: 0.4 });
    expect(p.byState).toMatchObject({ converted: 1, accepted: 1, review: 1, rejected: 1, stored: 1, received: 0 });
    expect(p.eta).toBe('2026-12-04T17:30:00.000+07:00');
    expect(batchProgress({ runStartedAt: null, runStartPages: 0 }, docs, now).eta).toBeNull();
    expect(batchProgress({ runStartedAt: '2026-12-04T17:00:00.000+07:00', runStartPages: 12 }, docs, now).eta).toBeNull();
  });
});
