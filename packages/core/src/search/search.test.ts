import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeVietnamese } from '../records/fold.js';
import {
  elementPatterns,
  highlightRanges,
  likePrefix,
  scoreRecord,
  SCORE_CODE,
  SCORE_CODE_PREFIX,
  SCORE_EXACT,
  SCORE_FOLDED,
  SCORE_PREFIX,
} from './match.js';
import { describeQuery, MAX_QUERY_ELEMENTS, parseQuery } from './query.js';

const score = (query: string, text: string): number => scoreRecord(parseQuery(query), foldVietnamese(text), normalizeVietnamese(text));

describe('parseQuery', () => {
  it('splits terms and "quoted phrases", folded and exact', () => {
    expect(parseQuery('Quyết định "Đà Nẵng" 2001').elements).toEqual([
      { folded: ['quyet'], exact: ['quyết'], phrase: false },
      { folded: ['dinh'], exact: ['định'], phrase: false },
      { folded: ['da', 'nang'], exact: ['đà', 'nẵng'], phrase: true },
      { folded: ['2001'], exact: ['2001'], phrase: false },
    ]);
  });

  it('is NFC/NFD-insensitive, accepts typographic quotes and an unclosed quote', () => {
    expect(parseQuery('Quyết định'.normalize('NFD'))).toEqual(parseQuery('Quyết định'));
    expect(parseQuery('“thành lập” tỉnh').elements.map((e) => e.phrase)).toEqual([true, false]);
    expect(describeQuery(parseQuery('ủy ban "nhân dân'))).toBe('uy ban "nhan dan"');
  });

  it('keeps a code with punctuation as one element of several words; drops empty and duplicate parts', () => {
    expect(parseQuery('H49.64.33 , h49.64.33 ""').elements).toEqual([
      { folded: ['h49', '64', '33'], exact: ['h49', '64', '33'], phrase: false },
    ]);
    expect(parseQuery('  ').elements).toEqual([]);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `t${i}`).join(' ')).elements).toHaveLength(MAX_QUERY_ELEMENTS);
  });

  it('reads a single unquoted term with a digit as a code too (ASCII letters in lower case)', () => {
    expect(parseQuery(' H49.64.33.2001.160 ').code).toBe('h49.64.33.2001.160');
    expect(parseQuery('Đ15.01').code).toBe('Đ15.01');
    for (const notCode of ['quyet', '"H15.01"', 'H15.01 quyet', '']) expect(parseQuery(notCode).code).toBeUndefined();
    expect(likePrefix('P_QN%\\')).toBe('P\\_QN\\%\\\\%');
  });

  it('gives LIKE patterns: a term as a word prefix, a phrase as whole words', () => {
    const [term, phrase] = parseQuery('quyết "Đà Nẵng"').elements;
    expect(elementPatterns(term!)).toEqual({ match: ' quyet', word: ' quyet ', exact: ' quyết ' });
    expect(elementPatterns(phrase!)).toEqual({ match: ' da nang ', word: ' da nang ', exact: ' đà nẵng ' });
  });
});

describe('scoreRecord (the reference semantics)', () => {
  const title = 'Quyết định số 12/QĐ-UBND về việc thành lập thành phố Đà Nẵng';

  it('ranks exact accented matches, then folded ones, then prefixes', () => {
    expect(score('Đà Nẵng', title)).toBe(SCORE_EXACT);
    expect(score('da nang', title)).toBe(SCORE_FOLDED);
    expect(score('DA NẴNG', title)).toBe(SCORE_FOLDED); // "DA" is not "Đà"
    expect(score('quyet dinh', title)).toBe(SCORE_FOLDED);
    expect(score('quyết đ', title)).toBe(SCORE_PREFIX);
    expect(score('da nan', title)).toBe(SCORE_PREFIX);
  });

  it('treats đ as d once folded, both cases', () => {
    expect(score('dinh', 'ĐỊNH HƯỚNG')).toBe(SCORE_FOLDED);
    expect(score('Đinh', 'dinh thự')).toBe(SCORE_FOLDED);
    expect(score('đinh', 'Đinh Tiên Hoàng')).toBe(SCORE_EXACT);
  });

  it('requires every element; phrases in order and whole', () => {
    expect(score('quyết nghị', title)).toBe(0);
    expect(score('"thành phố đà nẵng"', title)).toBe(SCORE_EXACT);
    expect(score('"phố thành"', title)).toBe(0);
    expect(score('"thanh lap thanh ph"', title)).toBe(0);
    expect(score('ubnd qd', title)).toBe(SCORE_FOLDED);
    expect(score('UBND', 'hội đồng ubndx')).toBe(SCORE_PREFIX);
  });

  it('ranks a record named by the code (5) or starting with it (4) before any text match', () => {
    expect(scoreRecord(parseQuery('h15.01.1998'), '', '', 'H15.01.1998')).toBe(SCORE_CODE);
    expect(scoreRecord(parseQuery('H15.01.1998'), '', '', 'H15.01.1998.0000001')).toBe(SCORE_CODE_PREFIX);
    expect(scoreRecord(parseQuery('H15.01.1998'), 'theo h15 01 1998', 'theo h15 01 1998', 'X.1')).toBe(3);
    expect(scoreRecord(parseQuery('H15.01.1998'), '', '', 'H15.01.199')).toBe(0);
  });

  it('matches a word prefix, never the middle of a word', () => {
    expect(score('anh', 'Thanh Hóa')).toBe(0);
    expect(score('than', 'Thanh Hóa')).toBe(SCORE_PREFIX);
  });
});

describe('highlightRanges', () => {
  it('marks the title words the query matched, accents ignored', () => {
    const title = 'Quyết định thành lập Đà Nẵng';
    const ranges = highlightRanges(title, parseQuery('da nang quy'));
    expect(ranges.map(([a, b]) => title.slice(a, b))).toEqual(['Quyết', 'Đà', 'Nẵng']);
  });
});
