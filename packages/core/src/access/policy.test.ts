import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ANONYMOUS_ACTIONS,
  GRANTS,
  portalVisibility,
  ROLES,
  decide,
  decideOn,
  expandScope,
  levelsOf,
  mayReadContent,
  type Principal,
  type Role,
} from '../index.js';
import type { Succession, UnitVersion } from '../units/model.js';

const who = (role: Role, units: Principal['units'] = 'all', tokenActions?: Principal['tokenActions']): Principal => ({
  userId: 'u1',
  username: 'an',
  roles: [role],
  units,
  ...(tokenActions ? { tokenActions } : {}),
});

describe('access policy', () => {
  it('asks for sign-in before anything but public actions', () => {
    expect(decide(undefined, 'public')).toEqual({ allow: true });
    for (const a of ACTIONS.filter((x) => x !== 'public' && !ANONYMOUS_ACTIONS.includes(x)))
      expect(decide(undefined, a)).toEqual({ allow: false, code: 'DP-AUTH-REQUIRED' });
    expect(decide(undefined, 'portal.read')).toEqual({ allow: true });
  });
  it("shows the portal level 01 to everyone, more only within the signed-in user's units", () => {
    expect(portalVisibility(undefined)).toEqual({ levels: ['01'] });
    expect(portalVisibility(who('reader'))).toEqual({ levels: ['01'], scoped: { levels: ['02'], units: 'all' } });
    expect(portalVisibility(who('archivist', new Set(['province-a'])))).toEqual({
      levels: ['01'],
      scoped: { levels: ['02', '03'], units: ['province-a'] },
    });
  });
  it('grants every role its own actions and nothing else', () => {
    for (const role of ROLES)
      for (const a of ACTIONS.filter((x) => x !== 'public' && x !== 'session'))
        expect(decide(who(role), a).allow, `${role} ${a}`).toBe(GRANTS[role].includes(a));
  });
  it('keeps the inspector read-only and the reader out of administration', () => {
    expect(GRANTS.inspector.every((a) => a.endsWith('.read'))).toBe(true);
    expect(decide(who('reader'), 'objects.read').allow).toBe(false);
    expect(decide(who('archive-admin'), 'users.manage').allow).toBe(false);
    expect(decide(who('system-admin'), 'users.manage').allow).toBe(true);
  });
  it('limits a token to its actions even when the role allows more', () => {
    expect(decide(who('system-admin', 'all', ['catalogue.read']), 'objects.ingest')).toEqual({ allow: false, code: 'DP-FORBIDDEN' });
    expect(decide(who('system-admin', 'all', ['catalogue.read']), 'catalogue.read').allow).toBe(true);
  });
  it('decides scope per unit; a record without a unit is for whole-instance users only', () => {
    const p = who('archivist', new Set(['province-a']));
    expect(decideOn(p, 'catalogue.read', 'province-a').allow).toBe(true);
    expect(decideOn(p, 'catalogue.read', 'province-b')).toEqual({ allow: false, code: 'DP-OUT-OF-SCOPE' });
    expect(decideOn(p, 'catalogue.read', null).allow).toBe(false);
    expect(decideOn(who('archivist'), 'catalogue.read', null).allow).toBe(true);
  });
  it('shows a reader 01 and 02 descriptions, 02 content only when approved, 03 never', () => {
    const r = who('reader');
    expect(levelsOf(r)).toEqual(['01', '02']);
    expect(levelsOf(who('inspector'))).toEqual(['01', '02', '03']);
    expect(levelsOf(undefined)).toEqual([]);
    expect([
      mayReadContent(r, '01', false),
      mayReadContent(r, '02', false),
      mayReadContent(r, '02', true),
      mayReadContent(r, '03', true),
    ]).toEqual([true, false, true, false]);
    expect(mayReadContent(who('digitiser'), '03', false)).toBe(true);
  });
});

const version = (unitId: string, parentId: string | null): UnitVersion => ({
  unitId,
  validFrom: '2000-01-01',
  validTo: null,
  name: unitId,
  shortName: null,
  type: 'x',
  adminCode: null,
  agencyCode: null,
  parentId,
  verified: true,
  source: null,
  note: null,
});

describe('expandScope', () => {
  it('adds units below and predecessors through mergers, transitively', () => {
    const versions = [
      version('p-old-1', null),
      version('agency-1', 'p-old-1'),
      version('p-old-2', null),
      version('p-new', null),
      version('agency-2', 'p-new'),
    ];
    const merger: Succession = {
      id: 's',
      date: '2025-07-01',
      kind: 'merger',
      from: ['p-old-1', 'p-old-2', 'p-new'],
      to: ['p-new'],
      note: '',
      verified: true,
      source: null,
    };
    expect([...expandScope(['p-new'], versions, [merger])].sort()).toEqual(['agency-1', 'agency-2', 'p-new', 'p-old-1', 'p-old-2']);
    expect([...expandScope(['p-old-2'], versions, [merger])]).toEqual(['p-old-2']);
  });
});
