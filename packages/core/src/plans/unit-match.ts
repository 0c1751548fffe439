import { foldVietnamese } from '../records/fold.js';
import { displayUnitDate, inPeriod } from '../units/dates.js';
import type { UnitVersion } from '../units/model.js';
import type { CellFinding } from './instrument.js';

/*
 * A unit named in a received table ("Tỉnh Thừa Thiên – Huế", "TP. Hồ Chí Minh", "Hoà Bình",
 * "UBND tỉnh Yên Bái", "Bộ Tài nguyên và Môi trường") matched to the unit in force on the table's
 * date: accents and their placement ("Hoà"/"Hòa"), case, hyphens and dashes, and the type words in
 * front ("Tỉnh", "Thành phố", "TP.", "UBND") do not matter. A name that matches nothing, or two
 * units, or only a unit that did not exist on that date, is a finding, never a guess.
 */

// Folded words in front of a name that say what kind of unit it is, not which.
const TYPE_PREFIXES = ['uy ban nhan dan', 'ubnd', 'thanh pho truc thuoc trung uong', 'thanh pho', 'tp', 'tinh', 'so noi vu'];

/** The key two spellings of one name share. */
export function unitNameKey(name: string): string {
  let key = foldVietnamese(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of TYPE_PREFIXES)
      if (key.startsWith(`${prefix} `)) {
        key = key.slice(prefix.length + 1);
        changed = true;
      }
  }
  return key;
}

export type UnitMatch = { unitId: string; version: UnitVersion } | { unitId: null; finding: CellFinding };

/** The unit `name` means on `date` (YYYY-MM-DD), among `versions` (every version of every unit). */
export function matchUnitName(name: string, versions: readonly UnitVersion[], date: string): UnitMatch {
  const key = unitNameKey(name);
  const named = versions.filter((v) => unitNameKey(v.name) === key || (v.shortName !== null && unitNameKey(v.shortName) === key));
  const inForce = named.filter((v) => inPeriod(date, v));
  const ids = [...new Set(inForce.map((v) => v.unitId))];
  if (ids.length === 1) return { unitId: ids[0]!, version: inForce[0]! };
  const shown = name.normalize('NFC').trim();
  if (ids.length > 1)
    return {
      unitId: null,
      finding: {
        code: 'DP-PLAN-UNIT-AMBIGUOUS',
        severity: 'error',
        vi: `"${shown}" khớp với ${ids.length} đơn vị ngày ${displayUnitDate(date)} (${ids.join(', ')}); hãy ghi tên đầy đủ.`,
        en: `"${shown}" matches ${ids.length} units on ${date} (${ids.join(', ')}); give the full name.`,
      },
    };
  if (named.length > 0) {
    const periods = named.map((v) => `${displayUnitDate(v.validFrom)}–${v.validTo ? displayUnitDate(v.validTo) : 'nay'}`).join(', ');
    return {
      unitId: null,
      finding: {
        code: 'DP-PLAN-UNIT-NOT-AT-DATE',
        severity: 'error',
        vi: `Đơn vị "${shown}" không tồn tại ngày ${displayUnitDate(date)} (chỉ có trong ${periods}).`,
        en: `Unit "${shown}" did not exist on ${date} (only ${periods}).`,
      },
    };
  }
  return {
    unitId: null,
    finding: {
      code: 'DP-PLAN-UNIT-UNKNOWN',
      severity: 'error',
      vi: `Không tìm thấy đơn vị "${shown}" trong danh mục đơn vị.`,
      en: `No unit "${shown}" in the list of units.`,
    },
  };
}
