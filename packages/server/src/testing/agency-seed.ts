import type { Catalogue } from '@duphong/core';

/** Lào Cai's Department of Home Affairs, an agency under the province since 2008: what report and plan tests roll up. */
export const LAO_CAI_AGENCY = 'so-noi-vu-lao-cai';

export async function seedLaoCaiAgency(c: Catalogue): Promise<void> {
  await c.units.putUnit({ id: LAO_CAI_AGENCY, kind: 'home-affairs-department' });
  await c.units.putVersion({
    unitId: LAO_CAI_AGENCY,
    validFrom: '2008-08-01',
    validTo: null,
    name: 'Sở Nội vụ tỉnh Lào Cai',
    shortName: null,
    type: 'sở',
    adminCode: null,
    agencyCode: null,
    parentId: 'province-lao-cai',
    verified: true,
    source: null,
    note: null,
  });
}
