import type { Catalogue, DocumentRecord, SearchHit } from '@duphong/core';
import { fileRecord, fonds } from './description.js';
import { copy, object, site, T, version } from './fixtures.js';

// A small archival description for the search contract: two fonds, three files, documents at
// every access level, holdings and backup copies in each state.

export const doc = (id: string, fileCode: string, subject: string, fields: Record<string, string> = {}): DocumentRecord => ({
  id,
  fileCode,
  ordinal: Number(id.slice(-1)),
  kind: 'doc',
  fields: { subject, typeName: '02', issuedDate: '15/06/2001', mode: '01', ...fields },
  legacy: {},
  createdAt: T(1),
  updatedAt: T(1),
});

/** Codes, for readable assertions. */
export const F1 = 'QN.2001.01'; // public, fonds P_QN (unit U_QN), backed up ok
export const F2 = 'QN.2005.02'; // conditional, fonds P_QN, one copy damaged
export const F3 = 'BNV.2020.01'; // secret, fonds P_BNV (unit U_BNV), no backup
export const D1 = `${F1}.0000001`; // Quyết định, public
export const D2 = `${F1}.0000002`; // Công văn, conditional
export const D3 = `${F1}.0000003`; // Quyết định, secret
export const D4 = `${F3}.0000001`; // public itself, but in the secret file

export async function seedDescription(c: Catalogue): Promise<void> {
  await c.records.putFonds({ ...fonds('P_QN'), unitId: 'U_QN' });
  await c.records.putFonds({ ...fonds('P_BNV', 'Phông Bộ Nội vụ'), unitId: 'U_BNV' });
  const withFields = (code: string, fondsCode: string, title: string, fields: Record<string, string>) => {
    const base = fileRecord(code, fondsCode, title);
    return { ...base, fields: { ...base.fields, ...fields } };
  };
  await c.records.putFile(withFields(F1, 'P_QN', 'Hồ sơ thành lập thành phố Đà Nẵng', {}));
  await c.records.putFile(
    withFields(F2, 'P_QN', 'Hồ sơ quy hoạch Da Nang', { mode: '02', startDate: '2005', endDate: '2006', keyword: 'đô thị' }),
  );
  await c.records.putFile(
    withFields(F3, 'P_BNV', 'Hồ sơ tổ chức bộ máy', { mode: '03', startDate: '01/2020', endDate: '2020', keyword: '' }),
  );
  await c.records.putDocument(doc(D1, F1, 'Quyết định thành lập thành phố Đà Nẵng'));
  await c.records.putDocument(doc(D2, F1, 'Công văn về địa giới Đà Nẵng', { typeName: '22', mode: '02', issuedDate: '2002' }));
  await c.records.putDocument(doc(D3, F1, 'Quyết định về nhân sự Đà Nẵng', { mode: '03' }));
  await c.records.putDocument(doc(D4, F3, 'Quyết định về đền thờ Đinh Tiên Hoàng', { issuedDate: '2020' }));
  const holding = { shelfMetres: null, store: null, shelf: null, box: null, condition: null, createdAt: T(1), updatedAt: T(1) };
  await c.records.putHolding({ ...holding, id: 'h1', fondsCode: 'P_QN', fileCode: null, medium: 'paper' });
  await c.records.putHolding({ ...holding, id: 'h2', fondsCode: 'P_BNV', fileCode: F3, medium: 'digital' });

  await c.putSite(site('bac'));
  await c.putSite(site('nam', 'nam'));
  for (const [n, fileCode] of [
    [1, F1],
    [2, F2],
  ] as const) {
    await c.putObject({ ...object(n, 2), fileCode });
    await c.putVersion(version(n, 1));
    await c.putVersion(version(n, 2));
  }
  await c.putCopy(copy(1, 'bac', { version: 2 }));
  await c.putCopy(copy(1, 'nam', { version: 2 }));
  await c.putCopy(copy(2, 'bac', { version: 2 }));
  await c.putCopy(copy(2, 'nam', { version: 2, status: 'damaged' }));
}

export const STAFF = ['01', '02', '03'] as const;
export const PUBLIC = ['01'] as const;
export const AUTHORISED = ['01', '02'] as const;

/** Hits as `kind code score`, the shape most assertions compare. */
export const brief = (hits: SearchHit[]): string[] => hits.map((h) => `${h.kind} ${h.code} ${h.score}`);
