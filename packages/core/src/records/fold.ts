/**
 * Vietnamese text folded for search: NFC/NFD-insensitive, accents removed, đ→d, lower case,
 * punctuation to spaces, runs of spaces collapsed. `da nang` then matches "Đà Nẵng" and
 * `quyet dinh` matches "Quyết định"; exact (accented) matches are ranked by the search itself.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** NFC and lower case, accents kept: the form an exact Vietnamese match is compared in. */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
