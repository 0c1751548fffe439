import { foldVietnamese, normalizeVietnamese } from '../records/fold.js';

/**
 * One part of a query: a typed term or a "quoted phrase", as words in two forms.
 * `folded` (accents removed, đ→d) decides whether a record matches; `exact` (NFC, lower case,
 * accents kept) decides whether it ranks as an exact Vietnamese match.
 */
export interface QueryElement {
  folded: string[];
  exact: string[];
  /**
   * A quoted phrase matches whole words only. A term matches as a prefix of a word (its last
   * word, when punctuation splits it: `H49.64.33` is the words h49 64 33, in that order).
   */
  phrase: boolean;
}

export interface ParsedQuery {
  elements: QueryElement[];
  /**
   * The query as a record code (a file code, a docCode, or a prefix of one), when it can be one:
   * a single unquoted term with a digit in it (`H49.64.33.2001.160`, `H15.01.1998`), NFC, ASCII
   * letters in lower case. Archivists look records up by code first (match.ts `codeMatch`).
   */
  code?: string;
}

/** More elements than this are ignored: each one is a condition the engines must evaluate. */
export const MAX_QUERY_ELEMENTS = 12;

const QUOTES = /["“”„]/;

/**
 * Terms and "quoted phrases" of a query, NFC/NFD-insensitive. Every element must match
 * (AND). Duplicates are dropped; an unclosed quote runs to the end of the query.
 */
export function parseQuery(query: string): ParsedQuery {
  const raw: Array<{ text: string; phrase: boolean }> = [];
  const parts = query.normalize('NFC').split(QUOTES);
  parts.forEach((part, i) => {
    if (i % 2 === 1) raw.push({ text: part, phrase: true });
    else for (const term of part.split(/\s+/)) raw.push({ text: term, phrase: false });
  });
  const elements: QueryElement[] = [];
  const seen = new Set<string>();
  for (const { text, phrase } of raw) {
    const folded = words(foldVietnamese(text));
    if (folded.length === 0) continue;
    const exact = words(normalizeVietnamese(text));
    const key = `${phrase ? 'p' : 't'}:${exact.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    elements.push({ folded, exact, phrase });
    if (elements.length === MAX_QUERY_ELEMENTS) break;
  }
  const code = codeOf(raw);
  return code === undefined ? { elements } : { elements, code };
}

/** ASCII letters only: what `lower()` does on SQLite (built-in) and on PostgreSQL under collation "C". */
export const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (m) => m.toLowerCase());

function codeOf(raw: ReadonlyArray<{ text: string; phrase: boolean }>): string | undefined {
  const terms = raw.filter((r) => words(foldVietnamese(r.text)).length > 0);
  if (terms.length !== 1 || terms[0]!.phrase) return undefined;
  const text = terms[0]!.text.trim();
  return /\p{N}/u.test(text) ? lowerAscii(text) : undefined;
}

const words = (text: string): string[] => text.split(' ').filter((w) => w !== '');

/** The query as it was understood, for messages: terms plain, phrases quoted, folded. */
export function describeQuery(query: ParsedQuery): string {
  return query.elements.map((e) => (e.phrase ? `"${e.folded.join(' ')}"` : e.folded.join(' '))).join(' ');
}
