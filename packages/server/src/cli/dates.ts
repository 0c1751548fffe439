import { dateProblem, dateProblemText, parseUnitDate } from '@duphong/core';
import { requestError } from '../errors.js';

/**
 * A DD/MM/YYYY (or YYYY-MM-DD) option as `YYYY-MM-DD`. 31/02/2026 is told it does not exist;
 * only a date written another way is told how to write it.
 */
export function optionDate(value: string, option: string): string {
  const date = parseUnitDate(value);
  if (date !== undefined) return date;
  const words = dateProblemText(value, dateProblem(value) ?? 'shape');
  return failDate(option, words);
}

function failDate(option: string, words: { vi: string; en: string }): never {
  throw requestError('DP-USAGE', `--${option}: ${words.vi}`, `--${option}: ${words.en}`);
}
