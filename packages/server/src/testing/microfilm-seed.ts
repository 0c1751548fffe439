import type { Catalogue } from '@duphong/core';

/*
 * Two fonds of two units (Lào Cai, Yên Bái), a file in each and a secret file in Lào Cai, with
 * one document: what microfilm tests register reels over.
 */
export const FILM_UNITS = { laoCai: 'province-lao-cai', yenBai: 'province-yen-bai' } as const;
export const FILM_FILES = { laoCai: 'H15.01.2006.001', laoCai2: 'H15.01.2006.002', yenBai: 'H15.02.1998.004' } as const;
export const FILM_DOCUMENT = 'H15.01.2006.001.0000002';

export async function seedFilmRecords(c: Catalogue): Promise<void> {
  const at = '2026-11-01T08:00:00.000+07:00';
  for (const [code, unitId] of [
    ['P_LC', FILM_UNITS.laoCai],
    ['P_YB', FILM_UNITS.yenBai],
  ] as const)
    await c.records.putFonds({
      code,
      name: `Phông ${code}`,
      kind: 'fonds',
      status: 'closed',
      unitId,
      fields: {},
      legacy: {},
      createdAt: at,
      updatedAt: at,
    });
  for (const [code, fondsCode, title] of [
    [FILM_FILES.laoCai, 'P_LC', 'Hồ sơ thành lập tỉnh Lào Cai'],
    [FILM_FILES.laoCai2, 'P_LC', 'Hồ sơ địa giới hành chính'],
    [FILM_FILES.yenBai, 'P_YB', 'Hồ sơ quy hoạch thị xã Yên Bái'],
  ] as const)
    await c.records.putFile({
      code,
      fondsCode,
      title,
      fields: { mode: '01', maintenance: '01' },
      legacy: {},
      createdAt: at,
      updatedAt: at,
    });
  await c.records.putDocument({
    id: FILM_DOCUMENT,
    fileCode: FILM_FILES.laoCai,
    kind: 'doc',
    ordinal: 2,
    fields: { subject: 'Quyết định thành lập' },
    legacy: {},
    createdAt: at,
    updatedAt: at,
  });
}
