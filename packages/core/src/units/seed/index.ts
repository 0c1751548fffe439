import type { Succession, Unit, UnitSeed, UnitVersion } from '../model.js';
import { CENTRAL_BODIES, CENTRAL_SUCCESSIONS } from './central-bodies.js';
import { PROVINCES_2025 } from './provinces-2025.js';
import { FORMER_PROVINCES } from './provinces-before-2025.js';

export { UNVERIFIED_UNIT_REPORTS } from './provinces-2025.js';
export { MINISTRY_REFORM_DATE } from './central-bodies.js';

/**
 * The first day the seed describes: 01/08/2008, when Hà Tây joined Hà Nội and the 63-province
 * map began. It is not a founding date: units whose history starts here may be older, and a
 * record dated earlier gets a warning (DP-UNIT-BEFORE-HISTORY), not an error.
 */
export const SEED_HORIZON = '2008-08-01';
/** The first day of the 34 provinces (DOMAIN.md §10). */
export const PROVINCE_REFORM_DATE = '2025-07-01';
const PROVINCES_ENDED = '2025-06-30';
/** Thừa Thiên Huế became thành phố Huế, centrally run (Nghị quyết 175/2024/QH15, from 01/01/2025). */
const HUE_CITY_DATE = '2025-01-01';

export const provinceId = (slug: string): string => `province-${slug}`;
export const province2025Id = (slug: string): string => `province-2025-${slug}`;

const CODES_2004 = 'QĐ 124/2004/QĐ-TTg';
const CODES_2025 = 'QĐ 19/2025/QĐ-TTg; DOMAIN.md §10';

function version(fields: Partial<UnitVersion> & Pick<UnitVersion, 'unitId' | 'validFrom' | 'name' | 'type'>): UnitVersion {
  return {
    validTo: null,
    shortName: null,
    adminCode: null,
    agencyCode: null,
    parentId: null,
    verified: true,
    source: null,
    note: null,
    ...fields,
  };
}

function provinces(): UnitSeed {
  const units: Unit[] = [];
  const versions: UnitVersion[] = [];
  const successions: Succession[] = [];
  const former = new Map(FORMER_PROVINCES.map((row) => [row.slug, row]));

  for (const row of FORMER_PROVINCES) {
    const unitId = provinceId(row.slug);
    units.push({ id: unitId, kind: 'province' });
    const base = {
      unitId,
      name: row.name,
      shortName: row.shortName ?? null,
      type: row.type,
      adminCode: row.adminCode,
      agencyCode: row.agencyCode ?? null,
      verified: row.verified ?? true,
      source: CODES_2004,
      note: row.note ?? null,
    };
    if (row.slug === 'thua-thien-hue') {
      versions.push(version({ ...base, validFrom: SEED_HORIZON, validTo: '2024-12-31' }));
      versions.push(
        version({
          ...base,
          name: 'Huế',
          type: 'thành phố trực thuộc trung ương',
          validFrom: HUE_CITY_DATE,
          validTo: PROVINCES_ENDED,
          verified: false,
          source: 'Nghị quyết 175/2024/QH15',
          note: 'Ngày 01/01/2025 lấy từ tin báo chí (CAND, 29/12/2024), chưa đối chiếu văn bản.',
        }),
      );
    } else {
      versions.push(version({ ...base, validFrom: SEED_HORIZON, validTo: PROVINCES_ENDED }));
    }
  }

  for (const row of PROVINCES_2025) {
    const carriesOn = row.formedFrom.length === 1;
    const unitId = carriesOn ? provinceId(row.formedFrom[0] as string) : province2025Id(row.slug);
    if (!carriesOn) units.push({ id: unitId, kind: 'province' });
    const seatName = row.seat !== undefined ? former.get(row.seat)?.name : undefined;
    versions.push(
      version({
        unitId,
        validFrom: PROVINCE_REFORM_DATE,
        name: row.name,
        shortName: row.shortName ?? null,
        type: row.type,
        adminCode: row.adminCode,
        source: CODES_2025,
        note: [seatName && `Trụ sở tại tỉnh ${seatName} cũ; mang mã của tỉnh đó.`, row.note].filter(Boolean).join(' ') || null,
      }),
    );
    if (carriesOn) continue;
    const names = row.formedFrom.map((slug) => former.get(slug)?.name ?? slug);
    successions.push({
      id: `merger-2025-${row.slug}`,
      date: PROVINCE_REFORM_DATE,
      kind: 'merger',
      from: row.formedFrom.map(provinceId),
      to: [unitId],
      note: `Hợp nhất ${names.join(', ')} thành ${row.type} ${row.name} (mã ${row.adminCode}).`,
      verified: true,
      source: 'Nghị quyết 202/2025/QH15; DOMAIN.md §10',
    });
  }
  return { units, versions, successions };
}

function centralBodies(): UnitSeed {
  return {
    units: CENTRAL_BODIES.map((row) => ({ id: row.id, kind: row.kind })),
    versions: CENTRAL_BODIES.map((row) =>
      version({
        unitId: row.id,
        validFrom: row.validFrom ?? SEED_HORIZON,
        validTo: row.validTo ?? null,
        name: row.name,
        shortName: row.shortName ?? null,
        type: row.type,
        agencyCode: row.agencyCode ?? null,
        parentId: row.parentId ?? null,
        verified: row.verified ?? true,
        source: row.source ?? null,
        note: row.note ?? null,
      }),
    ),
    successions: CENTRAL_SUCCESSIONS.map((row) => ({
      ...row,
      from: [...row.from],
      to: [...row.to],
      verified: row.verified ?? true,
      source: row.source ?? null,
    })),
  };
}

/** The seed as units, versions and successions: what `UnitRepository.seed` stores in a new catalogue. */
export function buildUnitSeed(): UnitSeed {
  const parts = [provinces(), centralBodies()];
  return {
    units: parts.flatMap((p) => p.units),
    versions: parts.flatMap((p) => p.versions),
    successions: parts.flatMap((p) => p.successions),
  };
}
