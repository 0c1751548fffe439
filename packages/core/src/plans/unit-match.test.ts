import { describe, expect, it } from 'vitest';
import { buildUnitSeed } from '../units/seed/index.js';
import { matchUnitName, unitNameKey } from './unit-match.js';

const { versions } = buildUnitSeed();
const id = (name: string, date: string) => {
  const m = matchUnitName(name, versions, date);
  return m.unitId ?? m.finding.code;
};

describe('matching a unit named in a received table', () => {
  it('ignores accents and their placement, case, dashes and type words in front', () => {
    expect(unitNameKey('Tỉnh Hoà Bình')).toBe(unitNameKey('hòa bình'));
    expect(id('Hoà Bình', '2024-06-01')).toBe('province-hoa-binh');
    expect(id('UBND tỉnh Yên Bái', '2023-11-14')).toBe('province-yen-bai');
    expect(id('Tỉnh Bà Rịa – Vũng Tàu', '2024-01-01')).toBe('province-ba-ria-vung-tau');
    expect(id('TP. Hồ Chí Minh', '2024-01-01')).toBe('province-ho-chi-minh');
    expect(id('Thành phố Hồ Chí Minh', '2024-01-01')).toBe('province-ho-chi-minh');
    expect(id('Bộ Tài nguyên và Môi trường', '2023-11-14')).toBe('ministry-tai-nguyen-va-moi-truong');
  });

  it('gives the unit in force on the date: a name that outlived a merger means the new unit after it', () => {
    expect(id('Lào Cai', '2024-12-01')).toBe('province-lao-cai');
    expect(id('Lào Cai', '2025-12-01')).toBe('province-2025-lao-cai');
  });

  it('says so when the unit did not exist on the date, or nothing matches', () => {
    expect(id('Yên Bái', '2025-12-01')).toBe('DP-PLAN-UNIT-NOT-AT-DATE');
    expect(id('Bộ Tài nguyên và Môi trường', '2026-01-01')).toBe('DP-PLAN-UNIT-NOT-AT-DATE');
    expect(id('Tỉnh Hà Tây', '2024-01-01')).toBe('DP-PLAN-UNIT-UNKNOWN');
    const finding = matchUnitName('Yên Bái', versions, '2025-12-01');
    expect(finding.unitId === null && finding.finding.vi).toContain('không tồn tại ngày 01/12/2025');
  });

  it('refuses to guess between two units with one name', () => {
    const twins = [
      { ...versions.find((v) => v.unitId === 'province-hoa-binh')!, unitId: 'a' },
      { ...versions.find((v) => v.unitId === 'province-hoa-binh')!, unitId: 'b', name: 'Hoà Bình' },
    ];
    const m = matchUnitName('Hòa Bình', twins, '2024-01-01');
    expect(m.unitId === null && m.finding.code).toBe('DP-PLAN-UNIT-AMBIGUOUS');
  });
});
