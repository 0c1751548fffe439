/**
 * Vietnamese text folded for filtering: accents and tone marks dropped, đ → d, lower case, runs of
 * punctuation and spaces made one space. The same rule as `foldVietnamese` in @duphong/core (the
 * UI bundle does not load core), so the page finds what an import would resolve.
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
