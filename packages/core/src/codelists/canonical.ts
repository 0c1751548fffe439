import { utf8, type Hasher } from '../ports/bytes.js';
import type { CodeListItem, CodeListVersion, CodeListVersionDraft } from './model.js';

/**
 * The canonical serialisation of a code list version: the bytes two installations hash to tell
 * whether they hold the same list. Changing anything here changes every digest, so the format
 * carries its own name and a new format gets a new name.
 *
 * - JSON with keys in code-point order and no whitespace;
 * - every string NFC-normalised (an NFD copy of the same list is the same list);
 * - items sorted by code in code-point order (the stored order does not matter);
 * - optional fields omitted when absent, `deprecated` only when true, empty `labelEn`/`note` omitted;
 * - `publishedAt` left out: it says when a copy was recorded, not what the list says.
 */
export const CODE_LIST_CANONICAL_FORMAT = 'duphong-codelist/1' as const;

const nfc = (s: string): string => s.normalize('NFC');

function canonicalItem(item: CodeListItem): Record<string, unknown> {
  const out: Record<string, unknown> = { code: nfc(item.code) };
  if (item.deprecated === true) out.deprecated = true;
  if (item.labelEn !== undefined && item.labelEn !== '') out.labelEn = nfc(item.labelEn);
  out.labelVi = nfc(item.labelVi);
  if (item.note !== undefined && item.note !== '') out.note = nfc(item.note);
  return out;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with sorted keys at every level; values here are strings, integers, booleans, arrays and objects. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodePoint(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function canonicalCodeList(version: CodeListVersionDraft): string {
  const items = version.items.map(canonicalItem).sort((a, b) => byCodePoint(a.code as string, b.code as string));
  return canonicalJson({
    format: CODE_LIST_CANONICAL_FORMAT,
    items,
    listId: nfc(version.listId),
    validFrom: version.validFrom,
    version: version.version,
  });
}

/** SHA-256 of the canonical serialisation, lower-case hex. The hasher comes from the caller: core does no I/O. */
export function codeListDigest(hasher: Hasher, version: CodeListVersionDraft): string {
  const state = hasher.create('sha256');
  state.update(utf8(canonicalCodeList(version)));
  return state.digest();
}

/** A draft with its digest, ready to store. Items are stored in canonical (code) order, NFC. */
export function publishVersion(hasher: Hasher, draft: CodeListVersionDraft): CodeListVersion {
  const items = [...draft.items]
    .map((item) => ({
      code: nfc(item.code),
      labelVi: nfc(item.labelVi),
      ...(item.labelEn ? { labelEn: nfc(item.labelEn) } : {}),
      ...(item.deprecated === true ? { deprecated: true } : {}),
      ...(item.note ? { note: nfc(item.note) } : {}),
    }))
    .sort((a, b) => byCodePoint(a.code, b.code));
  const version: CodeListVersionDraft = { ...draft, listId: nfc(draft.listId), items };
  return { ...version, digest: codeListDigest(hasher, version) };
}

/** Whether a stored version still hashes to its recorded digest. */
export function digestMatches(hasher: Hasher, version: CodeListVersion): boolean {
  return codeListDigest(hasher, version) === version.digest;
}
