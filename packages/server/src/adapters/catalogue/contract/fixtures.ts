import type { BackupObject, Catalogue, CatalogueFile, Copy, Job, ObjectVersion, PremisEvent, Site } from '@duphong/core';

// Builders for the catalogue contract: fixed timestamps, Vietnamese text, sizes above 2^32.

/** A fresh, empty, migrated catalogue; `openSecond` opens another handle (own connection) on the same database. */
export interface CatalogueFixture {
  catalogue: Catalogue;
  openSecond: () => Promise<Catalogue>;
  /**
   * Whether two handles in THIS process may hold write transactions at once. False for SQLite:
   * better-sqlite3 waits for a lock synchronously, so a second in-process writer would block
   * the thread that must finish the first (separate processes are fine).
   */
  parallelWriters: boolean;
  cleanup: () => Promise<void>;
}

export const T = (day: number, hour = 8): string =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000+07:00`;
export const OID = (n: number): string => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const BIG = 2 ** 40 + 7; // > 2^32, exact in a double

export const site = (name: string, region: Site['region'] = 'bac'): Site => ({
  name,
  kind: 'fs',
  region,
  medium: 'disk',
  online: true,
  settings: { path: `/srv/lưu-trữ/${name}`, note: 'Kho Bắc — Trung tâm Lưu trữ quốc gia I' },
  createdAt: T(1),
});
export const file = (code: string, title = 'Hồ sơ phê duyệt Đề án số hóa tài liệu lưu trữ'): CatalogueFile => ({
  code,
  title,
  createdAt: T(1),
  updatedAt: T(1),
});
export const object = (n: number, head = 1): BackupObject => ({
  id: OID(n),
  fileCode: `G09.2026.${String(n).padStart(3, '0')}`,
  head,
  createdAt: T(n),
  updatedAt: T(n),
});
export const version = (n: number, v: number, bytes = 1000): ObjectVersion => ({
  objectId: OID(n),
  version: v,
  created: T(n),
  message: `Phiên bản ${v}: thêm văn bản`,
  files: 2,
  bytes,
});
export const copy = (n: number, siteName: string, extra: Partial<Copy> = {}): Copy => ({
  objectId: OID(n),
  site: siteName,
  version: 1,
  status: 'ok',
  verifiedAt: null,
  detail: null,
  ...extra,
});
export const job = (id: string, extra: Partial<Job> = {}): Job => ({
  id,
  kind: 'replicate',
  payload: { object: OID(1), ghiChu: 'sao lưu sang kho Nam' },
  status: 'queued',
  runAt: T(1),
  attempts: 0,
  lastError: null,
  createdAt: T(1),
  updatedAt: T(1),
  ...extra,
});
export const event = (id: string, dateTime: string, objectId: string | null = OID(1)): PremisEvent => ({
  id,
  objectId,
  site: objectId ? 'bac' : null,
  type: 'fixity check',
  dateTime,
  outcome: 'success',
  detail: 'Kiểm tra mã băm SHA-256: khớp',
  agent: 'DuPhong 0.1.0',
});

/** Put sites bac/trung/nam and objects 1..n with version 1, ready for copies. */
export async function seed(c: Catalogue, n: number): Promise<void> {
  for (const [name, region] of [
    ['bac', 'bac'],
    ['trung', 'trung'],
    ['nam', 'nam'],
  ] as const)
    await c.putSite(site(name, region));
  for (let i = 1; i <= n; i++) {
    await c.putObject(object(i));
    await c.putVersion(version(i, 1));
  }
}
