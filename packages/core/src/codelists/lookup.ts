import { foldVietnamese } from '../records/fold.js';
import type { CodeListItem, CodeListVersion } from './model.js';

/** The date part (YYYY-MM-DD) of a date or of an ISO timestamp written in Vietnam time. */
function dayOf(at: string): string {
  return at.slice(0, 10);
}

/**
 * The version in force on `at` (a date, or a timestamp whose date part counts): the highest
 * version whose validFrom is on or before it. Without `at`, the newest. Undefined before the first.
 */
export function versionAt(history: readonly CodeListVersion[], at?: string): CodeListVersion | undefined {
  let best: CodeListVersion | undefined;
  for (const v of history) {
    if (at !== undefined && v.validFrom > dayOf(at)) continue;
    if (!best || v.version > best.version) best = v;
  }
  return best;
}

export interface CodeLookup {
  item: CodeListItem;
  version: number;
}

/** The item with this code in the version in force on `at` (newest without `at`). Deprecated items are found too. */
export function lookup(history: readonly CodeListVersion[], code: string, at?: string): CodeLookup | undefined {
  const version = versionAt(history, at);
  const key = code.normalize('NFC').trim();
  const item = version?.items.find((i) => i.code === key);
  return version && item ? { item, version: version.version } : undefined;
}

export type LabelMatch = 'code' | 'padded-code' | 'label' | 'folded-label' | 'english-label';

export interface LabelResolution {
  item: CodeListItem;
  match: LabelMatch;
}

/**
 * What a spreadsheet cell or a form means in this list: a code ("02", or "2" when a spreadsheet
 * dropped the leading zero), a Vietnamese label in any Unicode form and any case ("Quyết định"),
 * the same without accents ("quyet dinh"), or the English label. Undefined when nothing matches or
 * when the folded text fits several items (the caller must ask a person, never guess).
 */
export function resolveLabel(version: Pick<CodeListVersion, 'items'>, text: string): LabelResolution | undefined {
  const wanted = text.normalize('NFC').trim();
  if (wanted === '') return undefined;
  const items = version.items;

  const byCode = items.find((i) => i.code === wanted);
  if (byCode) return { item: byCode, match: 'code' };
  if (/^\d+$/.test(wanted)) {
    const padded = items.filter(
      (i) => /^\d+$/.test(i.code) && i.code.length > wanted.length && i.code.replace(/^0+/, '') === wanted.replace(/^0+/, ''),
    );
    if (padded.length === 1) return { item: padded[0]!, match: 'padded-code' };
  }

  const lower = wanted.toLowerCase();
  const exact = items.filter((i) => i.labelVi.normalize('NFC').toLowerCase() === lower);
  if (exact.length === 1) return { item: exact[0]!, match: 'label' };

  const folded = foldVietnamese(wanted);
  if (folded === '') return undefined;
  const loose = items.filter((i) => foldVietnamese(i.labelVi) === folded);
  if (loose.length === 1) return { item: loose[0]!, match: 'folded-label' };
  if (loose.length > 1) return undefined;

  const english = items.filter((i) => i.labelEn !== undefined && foldVietnamese(i.labelEn) === folded);
  return english.length === 1 ? { item: english[0]!, match: 'english-label' } : undefined;
}
