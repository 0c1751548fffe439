/**
 * Character error rate of an OCR text against its ground truth: the Levenshtein distance over
 * Unicode code points of both texts in NFC (so "ộ" precomposed and "ộ" decomposed are one and the
 * same character), after whitespace is normalised (line breaks, form feeds and runs of spaces count
 * as one space: OCR may break lines differently from the page without misreading anything).
 */

/** NFC, every run of whitespace one space, no leading or trailing space. */
export function normaliseForCer(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Insertions + deletions + substitutions turning `a` into `b` (two rows: memory is O(|b|)). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (ai === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

export interface CharacterErrors {
  /** Edit operations between reference and hypothesis. */
  errors: number;
  /** Code points of the normalised reference. */
  length: number;
  /**
   * errors / length. 0 when both are empty; with an empty reference, the hypothesis' length
   * (a blank page read as text is all error). May exceed 1 when the OCR inserts a lot.
   */
  rate: number;
}

/** Character errors of `hypothesis` (the OCR text) against `reference` (the ground truth). */
export function characterErrors(reference: string, hypothesis: string): CharacterErrors {
  const ref = Array.from(normaliseForCer(reference));
  const hyp = Array.from(normaliseForCer(hypothesis));
  const errors = editDistance(ref, hyp);
  return { errors, length: ref.length, rate: errors / Math.max(ref.length, 1) };
}

/** The character error rate alone (see characterErrors). */
export function characterErrorRate(reference: string, hypothesis: string): number {
  return characterErrors(reference, hypothesis).rate;
}
