import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, FileRecord } from '@duphong/core';
import { CONFIG_FILE } from '../config/config.js';

// A small archival description for selection tests: Lào Cai files, some permanent and damaged.

const T = '2026-02-01T08:00:00.000+07:00';

export const SEED = {
  fonds: 'P_UBND_LC',
  /** Permanent, inspected with rotting paper and faded but readable writing. */
  rotting: 'H15.1991.01',
  /** Permanent, its faded writing no longer readable. */
  unreadable: 'H15.1991.02',
  /** Kept 20 years only: never eligible on risk. */
  shortTerm: 'H15.1991.03',
  /** Permanent, never inspected: eligible only once recognised. */
  recognised: 'H15.1991.04',
  /** A document (EAD_doc) of the rotting file. */
  document: 'H15.1991.01.0000001',
} as const;

const file = (code: string, title: string, maintenance: string): FileRecord => ({
  code,
  fondsCode: SEED.fonds,
  title,
  fields: { arcFileCode: code, title, maintenance, startDate: '02/01/1991', endDate: '28/12/1991', mode: '01' },
  legacy: {},
  createdAt: T,
  updatedAt: T,
});

/** Fonds, four files, one document, inspections and one recognition. */
export async function seedSelection(c: Catalogue): Promise<void> {
  await c.records.putFonds({
    code: SEED.fonds,
    name: 'Phông Ủy ban nhân dân tỉnh Lào Cai',
    kind: 'fonds',
    status: 'closed',
    unitId: '15',
    fields: { startYear: '1991', endYear: '2025' },
    legacy: {},
    createdAt: T,
    updatedAt: T,
  });
  await c.records.putFile(file(SEED.rotting, 'Hồ sơ về việc tái lập tỉnh Lào Cai', '01'));
  await c.records.putFile(file(SEED.unreadable, 'Hồ sơ hội nghị Hội đồng nhân dân tỉnh khóa IX', 'Vĩnh viễn'));
  await c.records.putFile(file(SEED.shortTerm, 'Sổ công văn đi năm 1991', '05'));
  await c.records.putFile(file(SEED.recognised, 'Bản đồ địa giới hành chính tỉnh Lào Cai', '01'));
  await c.records.putDocument({
    id: SEED.document,
    fileCode: SEED.rotting,
    ordinal: 1,
    kind: 'doc',
    fields: { subject: 'Nghị quyết về việc tái lập tỉnh', issuedDate: '12/08/1991', maintenance: '01' },
    legacy: {},
    createdAt: T,
    updatedAt: T,
  });
  const inspect = (code: string, signs: string[], readable: boolean, kind: 'file' | 'document' = 'file') =>
    c.records.addInspection({
      id: `kt-${code}`,
      recordKind: kind,
      recordCode: code,
      date: '2026-01-20',
      inspector: 'Phạm Thu Hà',
      signs,
      readable,
      notes: '',
    });
  await inspect(SEED.rotting, ['mun', 'mo-chu'], true);
  await inspect(SEED.unreadable, ['mo-chu'], false);
  await inspect(SEED.shortTerm, ['rach', 'thung-lo'], true);
  await inspect(SEED.document, ['gion'], true, 'document');
  await c.selection.putRecognition({
    recordKind: 'file',
    recordCode: SEED.recognised,
    decisionNumber: '08/QĐ-SNV',
    decisionDate: '15/01/2026',
    issuer: 'Sở Nội vụ tỉnh Lào Cai',
    note: '',
    createdAt: T,
    updatedAt: T,
  });
}

/**
 * The default home has three disk sites, which can never meet the default policy's two media;
 * these tests want a home where a fully verified object does meet it.
 */
export function relaxMediaPolicy(home: string): void {
  const path = join(home, CONFIG_FILE);
  const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...config, policy: { copies: 3, minRegions: 2, minMedia: 1 } }, null, 2));
}
