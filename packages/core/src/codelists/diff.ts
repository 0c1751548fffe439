import type { CodeListItem, CodeListVersionDraft } from './model.js';

export interface CodeListRelabel {
  code: string;
  from: CodeListItem;
  to: CodeListItem;
}

/** What changed from version `a` to version `b` of one list, item by item (matched by code). */
export interface CodeListDiff {
  added: CodeListItem[];
  removed: CodeListItem[];
  /** The Vietnamese or English label changed. */
  relabelled: CodeListRelabel[];
  /** Deprecated in `b`, not in `a`. */
  deprecated: CodeListItem[];
  /** Deprecated in `a`, usable again in `b`. */
  reinstated: CodeListItem[];
  /** Only the note changed. */
  renoted: CodeListRelabel[];
}

const nfc = (s: string | undefined): string => (s ?? '').normalize('NFC');

/** Every list in code order, so a diff reads the same wherever it is computed. */
export function diffVersions(a: Pick<CodeListVersionDraft, 'items'>, b: Pick<CodeListVersionDraft, 'items'>): CodeListDiff {
  const before = new Map(a.items.map((i) => [nfc(i.code), i]));
  const after = new Map(b.items.map((i) => [nfc(i.code), i]));
  const diff: CodeListDiff = { added: [], removed: [], relabelled: [], deprecated: [], reinstated: [], renoted: [] };
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const code of codes) {
    const from = before.get(code);
    const to = after.get(code);
    if (!from && to) diff.added.push(to);
    else if (from && !to) diff.removed.push(from);
    else if (from && to) {
      const relabelled = nfc(from.labelVi) !== nfc(to.labelVi) || nfc(from.labelEn) !== nfc(to.labelEn);
      if (relabelled) diff.relabelled.push({ code, from, to });
      else if (nfc(from.note) !== nfc(to.note)) diff.renoted.push({ code, from, to });
      if (!from.deprecated && to.deprecated) diff.deprecated.push(to);
      if (from.deprecated && !to.deprecated) diff.reinstated.push(to);
    }
  }
  return diff;
}

export function isEmptyDiff(diff: CodeListDiff): boolean {
  return Object.values(diff).every((changes: unknown[]) => changes.length === 0);
}
