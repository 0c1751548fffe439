import { describe, expect, it } from 'vitest';
import { mergeFigures, parseDeclaredFigures, sumFigures } from './figures.js';
import { copiesAt, endOfDay, startOfDay } from './copy-history.js';
import type { PremisEvent } from '../model/catalogue.js';

describe('report figures', () => {
  it('keeps computed and declared apart and flags a difference', () => {
    const lines = mergeFigures({ pagesDigitised: 120, copiesMade: 3, staffTrained: 9 }, { pagesDigitised: 150, staffTrained: 4 });
    expect(lines.find((l) => l.figure === 'pagesDigitised')).toEqual({
      figure: 'pagesDigitised',
      computed: 120,
      declared: 150,
      differs: true,
    });
    expect(lines.find((l) => l.figure === 'copiesMade')).toMatchObject({ computed: 3, declared: null, differs: false });
    // the catalogue cannot know training: never computed, even if given
    expect(lines.find((l) => l.figure === 'staffTrained')).toMatchObject({ computed: null, declared: 4, differs: false });
  });

  it('reads numbers as Vietnamese write them and refuses the rest with the field named', () => {
    const { figures, findings } = parseDeclaredFigures({
      pagesDigitised: '1.234',
      shelfMetresSelected: '12,5',
      staffTrained: 3,
      incidents: '',
      x: 1,
      copiesMade: '-2',
      filesListed: 'mười',
    });
    expect(figures).toEqual({ pagesDigitised: 1234, shelfMetresSelected: 12.5, staffTrained: 3 });
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['DP-REPORT-FIGURE-UNKNOWN', 'x'],
      ['DP-REPORT-FIGURE-INVALID', 'copiesMade'],
      ['DP-REPORT-FIGURE-INVALID', 'filesListed'],
    ]);
    expect(findings[2]!.message.vi).toContain('Hồ sơ trong danh mục được duyệt');
  });

  it('adds figures up without float noise', () => {
    expect(sumFigures([{ shelfMetresSelected: 0.1 }, { shelfMetresSelected: 0.2, copiesMade: 2 }, {}])).toEqual({
      shelfMetresSelected: 0.3,
      copiesMade: 2,
    });
  });
});

const ev = (site: string, type: string, dateTime: string, outcome: PremisEvent['outcome'] = 'success'): PremisEvent => ({
  id: `${site}-${dateTime}`,
  objectId: 'o1',
  site,
  type,
  dateTime,
  outcome,
  detail: '',
  agent: 'duphong',
});

describe('copies on a given day, from the PREMIS events', () => {
  const events = [
    ev('hn', 'fixity check', '2024-03-01T10:00:00+07:00'),
    ev('hcm', 'fixity check', '2024-03-01T10:05:00+07:00'),
    ev('dn', 'replication', '2025-02-01T09:00:00+07:00'),
    ev('hcm', 'fixity check', '2024-11-20T02:00:00+07:00', 'failure'),
    ev('hcm', 'fixity check', '2025-01-10T02:00:00+07:00'),
    ev('hn', 'ingestion', '2024-03-01T09:00:00+07:00'),
  ];
  it('before anything was written there were no copies', () => {
    expect(copiesAt(events, endOfDay('2024-02-29'))).toEqual({ made: [], verified: [], failed: [], checks: 0 });
  });
  it('a copy failing its last check by that day is made but not verified', () => {
    expect(copiesAt(events, endOfDay('2024-12-31'), startOfDay('2024-01-01'))).toEqual({
      made: ['hcm', 'hn'],
      verified: ['hn'],
      failed: ['hcm'],
      checks: 3,
    });
  });
  it('compares instants, not text: an event written in UTC on 31/12 evening Vietnam time is of the next year', () => {
    const utc = [ev('hn', 'fixity check', '2024-12-31T17:30:00Z')]; // 01/01/2025 00:30 in Vietnam
    expect(copiesAt(utc, endOfDay('2024-12-31')).made).toEqual([]);
    expect(copiesAt(utc, endOfDay('2025-01-01')).made).toEqual(['hn']);
  });
  it('a repaired copy counts again, a replicated one counts as made but never checked', () => {
    expect(copiesAt(events, endOfDay('2025-12-31'), startOfDay('2025-01-01'))).toEqual({
      made: ['dn', 'hcm', 'hn'],
      verified: ['hcm', 'hn'],
      failed: [],
      checks: 1,
    });
  });
});
