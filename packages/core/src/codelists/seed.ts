import type { Hasher } from '../ports/bytes.js';
import type { CodeListRepository } from '../ports/codelists.js';
import { TT05_CODE_LISTS, type CodeListId } from '../tt05/profile/code-lists.js';
import { publishVersion } from './canonical.js';
import type { CodeListVersion, SharedCodeList } from './model.js';
import { EXTRA_CODE_LISTS, TT05_ENGLISH_LABELS } from './seed-data.js';

/** A list with its first version: what a fresh installation starts from. */
export interface CodeListSeedEntry {
  list: SharedCodeList;
  version: CodeListVersion;
}

export const TT05_AUTHORITY = 'TT 05/2025/TT-BNV';
/** Effective date of the seed's TT05 lists: the day Law 33/2024/QH15 took effect (the circular's own date is unverified). */
export const TT05_SEED_VALID_FROM = '2025-07-01';

const publishedAt = (day: string): string => `${day}T00:00:00.000+07:00`;

/**
 * The seed: every TT05 list (with our English labels) and DuPhong's extra selection lists, each
 * as version 1. Deterministic — every installation seeds the same digests, so a fresh install is
 * "in sync" with another fresh install until the centre publishes a version 2.
 */
export function codeListSeed(hasher: Hasher): CodeListSeedEntry[] {
  const tt05 = (Object.keys(TT05_CODE_LISTS) as CodeListId[]).map((id): CodeListSeedEntry => {
    const list = TT05_CODE_LISTS[id];
    const english = TT05_ENGLISH_LABELS[id];
    return {
      list: {
        id,
        nameVi: list.label,
        nameEn: english.name,
        authority: TT05_AUTHORITY,
        // The lists are transcribed in DOMAIN.md §5 (developers' reference); users read the circular.
        source: publicCodeListSource(list.note ? `${TT05_AUTHORITY}; ${list.note}` : TT05_AUTHORITY),
      },
      version: publishVersion(hasher, {
        listId: id,
        version: 1,
        validFrom: TT05_SEED_VALID_FROM,
        publishedAt: publishedAt(TT05_SEED_VALID_FROM),
        items: list.entries.map((e, i) => ({
          code: e.code,
          labelVi: e.label,
          ...(english.labels[i] ? { labelEn: english.labels[i] } : {}),
        })),
      }),
    };
  });
  const extra = EXTRA_CODE_LISTS.map((seed): CodeListSeedEntry => ({
    list: { id: seed.id, nameVi: seed.nameVi, nameEn: seed.nameEn, authority: seed.authority, source: seed.source },
    version: publishVersion(hasher, {
      listId: seed.id,
      version: 1,
      validFrom: seed.validFrom,
      publishedAt: publishedAt(seed.validFrom),
      items: seed.items.map(([code, labelVi, labelEn]) => ({ code, labelVi, labelEn })),
    }),
  }));
  return [...tt05, ...extra];
}

/**
 * Give a catalogue the lists it lacks (a fresh one: all of them). Lists it already has are left
 * alone even if the seed has moved on: later changes arrive as versions from the centre.
 * One read when nothing is missing. Returns the ids seeded.
 */
export async function ensureCodeListsSeeded(repository: CodeListRepository, hasher: Hasher): Promise<string[]> {
  const present = new Set((await repository.listCodeLists()).map((s) => s.list.id));
  const seed = codeListSeed(hasher);
  if (seed.every((entry) => present.has(entry.list.id))) return [];
  return repository.seed(seed);
}

/**
 * The source of a list as users read it: catalogues seeded before this change say
 * "DOMAIN.md §5 …", a developers' document an installed copy does not have — those parts are left out.
 */
export function publicCodeListSource(source: string): string {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/DOMAIN\.md/i.test(part))
    .join('; ');
}
