import { describe, expect, it } from 'vitest';
import type { BackupObject, Copy } from '../model/catalogue.js';
import { DEFAULT_POLICY, type PlacementCandidate } from '../policy/replication.js';
import { assessRiskRecovery, riskRecoveryStatus } from './risk-recovery.js';

const object: BackupObject = { id: 'urn:uuid:1', fileCode: 'F1', head: 2, createdAt: 'x', updatedAt: 'x' };
const copy = (site: string, extra: Partial<Copy> = {}): Copy => ({
  objectId: object.id,
  site,
  version: 2,
  status: 'ok',
  verifiedAt: '2026-03-01T08:00:00.000+07:00',
  detail: null,
  ...extra,
});
const sites: PlacementCandidate[] = [
  { name: 'bac', region: 'bac', medium: 'disk', online: true },
  { name: 'trung', region: 'trung', medium: 'tape', online: true },
  { name: 'nam', region: 'nam', medium: 'disk', online: false },
];
const three = [copy('bac'), copy('trung'), copy('nam')];

describe('riskRecoveryStatus', () => {
  it('is 01 when the policy is met by verified ok copies at the head version', () => {
    expect(assessRiskRecovery(object, three, sites, DEFAULT_POLICY)).toMatchObject({ status: '01', reasons: [] });
  });

  it('is 02 without an object, or with nothing committed', () => {
    expect(assessRiskRecovery(undefined, [], sites, DEFAULT_POLICY).status).toBe('02');
    expect(assessRiskRecovery({ ...object, head: 0 }, three, sites, DEFAULT_POLICY).status).toBe('02');
  });

  it.each([
    ['damaged', { status: 'damaged' as const }],
    ['missing', { status: 'missing' as const }],
    ['pending', { status: 'pending' as const }],
    ['behind the head', { version: 1 }],
    ['never verified', { verifiedAt: null }],
  ])('is 02 when a required copy is %s', (_, extra) => {
    const r = assessRiskRecovery(object, [copy('bac'), copy('trung'), copy('nam', extra)], sites, DEFAULT_POLICY);
    expect(r.status).toBe('02');
    expect(r.reasons[0]).toMatch(/^bản sao tại nam/);
    expect(r.reasons).toContain('chỉ có 2/3 site để đặt bản sao');
  });

  it('is 02 when copies are all ok but the policy wants more regions or media', () => {
    const oneRegion = sites.map((s) => ({ ...s, region: 'bac' as const }));
    const r = assessRiskRecovery(object, three, oneRegion, DEFAULT_POLICY);
    expect(r.status).toBe('02');
    expect(r.reasons).toEqual(['chỉ 1/2 vùng (Bắc/Trung/Nam)']);
  });

  it('a placement naming a site without a good copy is never 01', () => {
    expect(riskRecoveryStatus(object, [copy('bac')], { sites: ['bac', 'trung'], shortfalls: [], acceptable: true })).toBe('02');
    expect(riskRecoveryStatus(object, three, { sites: ['bac', 'trung', 'nam'], shortfalls: [], acceptable: true })).toBe('01');
    expect(riskRecoveryStatus(object, three, { sites: ['bac'], shortfalls: ['x'], acceptable: true })).toBe('02');
  });
});
