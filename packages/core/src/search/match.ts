import { foldVietnamese } from '../records/fold.js';
import type { HighlightRange } from './model.js';
import { lowerAscii, type ParsedQuery, type QueryElement } from './query.js';

/**
 * Matching and ranking, defined on the stored texts padded with one space each side
 * (`' ' + text + ' '`): `search_text` (folded) and `search_exact` (NFC, lower case). Both are
 * single-spaced runs of letters and digits, so "contains ' w '" means "has the whole word w".
 *
 * - a record matches when every element matches its folded text: a phrase as whole words,
 *   a term with its last word as a prefix of a word (`quy` finds "quyết", `da nang` "Đà Nẵng");
 * - score 3 when every element is found with its accents, as whole words, in the exact text;
 *   2 when every element is found as whole words once folded; 1 otherwise (a prefix matched);
 * - ties by code (then kind): the same order on every engine.
 *
 * The engines evaluate exactly these patterns as substring tests on the padded texts (LIKE on
 * PostgreSQL, instr on SQLite; SQLite's FTS5 and PostgreSQL's trigram index only find the
 * candidates faster). This module is the reference.
 */
export interface ElementPatterns {
  /** The record matches the element (substring of the padded folded text). */
  match: string;
  /** The element is there as whole words, accents ignored. */
  word: string;
  /** The element is there as whole words with its accents. */
  exact: string;
}

export function elementPatterns(e: QueryElement): ElementPatterns {
  const folded = e.folded.join(' ');
  return {
    match: e.phrase ? ` ${folded} ` : ` ${folded}`,
    word: ` ${folded} `,
    exact: ` ${e.exact.join(' ')} `,
  };
}

/** A record whose code is the query (a file code or docCode typed whole), then one it starts. */
export const SCORE_CODE = 5;
export const SCORE_CODE_PREFIX = 4;
export const SCORE_EXACT = 3;
export const SCORE_FOLDED = 2;
export const SCORE_PREFIX = 1;

const pad = (text: string): string => ` ${text} `;

/**
 * The code test (query.ts `code`): the record's code, ASCII letters in lower case, equals the
 * query's code (`exact`) or starts with it (`prefix`). Engines: `lower(code) = ?` and
 * `lower(code) like ? escape '\'` with `%`, `_` and `\` escaped (both engines' `lower()` fold
 * ASCII only: SQLite's built-in, PostgreSQL's under collation "C").
 */
export function codeMatch(query: ParsedQuery, code: string): 'exact' | 'prefix' | undefined {
  if (query.code === undefined) return undefined;
  const key = lowerAscii(code.normalize('NFC'));
  return key === query.code ? 'exact' : key.startsWith(query.code) ? 'prefix' : undefined;
}

/** A LIKE pattern (escape `\\`) for "starts with `prefix`". */
export const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The reference score of a record for a query (0: it does not match): its code first (5 the code
 * itself, 4 a code it starts), then its text (3, 2, 1).
 */
export function scoreRecord(query: ParsedQuery, searchText: string, searchExact: string, code = ''): number {
  const byCode = codeMatch(query, code);
  if (byCode !== undefined) return byCode === 'exact' ? SCORE_CODE : SCORE_CODE_PREFIX;
  const folded = pad(searchText);
  const exact = pad(searchExact);
  const patterns = query.elements.map(elementPatterns);
  if (!patterns.every((p) => folded.includes(p.match))) return 0;
  if (patterns.every((p) => exact.includes(p.exact))) return SCORE_EXACT;
  if (patterns.every((p) => folded.includes(p.word))) return SCORE_FOLDED;
  return SCORE_PREFIX;
}

/** A LIKE pattern for a padded text: the element patterns hold only letters, digits and spaces. */
export const likeContains = (pattern: string): string => `%${pattern}%`;

/**
 * Where the query's words are in a title (for highlighting): each word of the title whose folded
 * form is a query word, or starts with the last word of a term.
 */
export function highlightRanges(title: string, query: ParsedQuery): HighlightRange[] {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const e of query.elements) {
    e.folded.forEach((w, i) => (!e.phrase && i === e.folded.length - 1 ? prefixes.push(w) : whole.add(w)));
  }
  const ranges: HighlightRange[] = [];
  for (const m of title.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = foldVietnamese(m[0]);
    if (whole.has(word) || prefixes.some((p) => word.startsWith(p))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
