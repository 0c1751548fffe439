import type { AccessLogEntry, Catalogue, UserAccount } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { T } from './fixtures.js';

const user = (id: string, username: string, extra: Partial<UserAccount> = {}): UserAccount => ({
  id,
  username,
  displayName: `Người dùng ${username}`,
  roles: ['archivist'],
  units: ['province-lao-cai'],
  passwordHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==',
  disabled: false,
  createdAt: T(1),
  updatedAt: T(1),
  ...extra,
});

const entry = (id: string, at: string, extra: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  id,
  at,
  userId: 'u1',
  username: 'lan',
  action: 'view',
  recordKind: 'file',
  recordCode: 'H01.01',
  unitId: 'unit-a',
  ip: '10.0.0.5',
  outcome: 'allowed',
  ...extra,
});

/** Users, sessions, attempts, tokens and the access log (catalogue.accounts). */
export function accountsContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('accounts', () => {
    it('keeps users by id and by NFC username, replaces on put, keeps the creation time', async () => {
      expect(await c.accounts.countUsers()).toBe(0);
      await c.accounts.putUser(user('u1', 'nguyễn.lan'.normalize('NFD'), { units: 'all', roles: ['system-admin'] }));
      await c.accounts.putUser(user('u2', 'binh'));
      expect(await c.accounts.countUsers()).toBe(2);
      const lan = await c.accounts.getUserByUsername('nguyễn.lan');
      expect(lan).toMatchObject({
        id: 'u1',
        username: 'nguyễn.lan'.normalize('NFC'),
        units: 'all',
        roles: ['system-admin'],
        disabled: false,
      });
      await c.accounts.putUser(user('u2', 'binh', { disabled: true, createdAt: T(5), updatedAt: T(5), units: ['a', 'b'] }));
      expect(await c.accounts.getUser('u2')).toMatchObject({ disabled: true, createdAt: T(1), updatedAt: T(5), units: ['a', 'b'] });
      expect((await c.accounts.listUsers()).map((u) => u.id)).toEqual(['u2', 'u1']);
      await expect(c.accounts.putUser(user('u3', 'binh'))).rejects.toThrow();
    });

    it('keeps sessions by hash, touches them and deletes one user’s sessions', async () => {
      await c.accounts.putUser(user('u1', 'lan'));
      await c.accounts.putSession({ idHash: 'h1', userId: 'u1', csrfToken: 'c1', createdAt: T(1), lastSeenAt: T(1) });
      await c.accounts.putSession({ idHash: 'h2', userId: 'u1', csrfToken: 'c2', createdAt: T(1), lastSeenAt: T(1) });
      await c.accounts.touchSession('h1', T(2));
      expect(await c.accounts.getSession('h1')).toEqual({ idHash: 'h1', userId: 'u1', csrfToken: 'c1', createdAt: T(1), lastSeenAt: T(2) });
      await c.accounts.deleteSession('h1');
      expect(await c.accounts.getSession('h1')).toBeUndefined();
      expect(await c.accounts.deleteUserSessions('u1')).toBe(1);
      expect(await c.accounts.getSession('h2')).toBeUndefined();
    });

    it('counts failed sign-ins per key and clears them', async () => {
      await c.accounts.putAttempts({ key: 'user:lan', failures: 1, lockedUntil: null, lastFailureAt: T(1) });
      await c.accounts.putAttempts({ key: 'user:lan', failures: 5, lockedUntil: T(2), lastFailureAt: T(1, 9) });
      expect(await c.accounts.getAttempts('user:lan')).toEqual({ key: 'user:lan', failures: 5, lockedUntil: T(2), lastFailureAt: T(1, 9) });
      await c.accounts.clearAttempts('user:lan');
      expect(await c.accounts.getAttempts('user:lan')).toBeUndefined();
    });

    it('keeps API tokens by id and hash, newest first, with revocation and last use', async () => {
      await c.accounts.putUser(user('u1', 'lan'));
      const t = {
        id: 't1',
        userId: 'u1',
        name: 'sao lưu',
        hash: 'ab',
        actions: ['catalogue.read' as const],
        expiresAt: T(30),
        createdAt: T(1),
        lastUsedAt: null,
        revokedAt: null,
      };
      await c.accounts.putToken(t);
      await c.accounts.putToken({ ...t, id: 't2', hash: 'cd', createdAt: T(2) });
      expect((await c.accounts.listTokens('u1')).map((x) => x.id)).toEqual(['t2', 't1']);
      await c.accounts.putToken({ ...t, lastUsedAt: T(3), revokedAt: T(4) });
      expect(await c.accounts.getTokenByHash('ab')).toEqual({ ...t, lastUsedAt: T(3), revokedAt: T(4) });
      expect(await c.accounts.getToken('t2')).toMatchObject({ hash: 'cd', actions: ['catalogue.read'] });
      expect(await c.accounts.listTokens('u9')).toEqual([]);
    });

    it('lists the access log newest first, filtered by user, record, action, dates and units, paged with a total', async () => {
      await c.accounts.appendAccess(entry('e1', T(1)));
      await c.accounts.appendAccess(entry('e2', T(2), { username: 'binh', unitId: 'unit-b', outcome: 'denied' }));
      await c.accounts.appendAccess(entry('e3', T(3), { action: 'download', recordCode: 'H01.02' }));
      await c.accounts.appendAccess(entry('e4', T(4), { unitId: null, action: 'search', recordKind: 'search', recordCode: 'địa giới' }));
      const ids = async (f: Parameters<Catalogue['accounts']['listAccess']>[0]): Promise<string[]> =>
        (await c.accounts.listAccess(f)).entries.map((e) => e.id);
      expect(await ids({ units: 'all' })).toEqual(['e4', 'e3', 'e2', 'e1']);
      expect(await ids({ units: ['unit-a'] })).toEqual(['e3', 'e1']);
      expect(await ids({ units: [] })).toEqual([]);
      expect(await ids({ units: 'all', user: 'binh' })).toEqual(['e2']);
      expect(await ids({ units: 'all', record: 'H01.02' })).toEqual(['e3']);
      expect(await ids({ units: 'all', action: 'download' })).toEqual(['e3']);
      expect(await ids({ units: 'all', outcome: 'denied' })).toEqual(['e2']);
      expect(await ids({ units: 'all', from: T(2).slice(0, 10), to: T(3).slice(0, 10) })).toEqual(['e3', 'e2']);
      const paged = await c.accounts.listAccess({ units: 'all', limit: 2, offset: 1 });
      expect(paged.total).toBe(4);
      expect(paged.entries.map((e) => e.id)).toEqual(['e3', 'e2']);
      expect(paged.entries[1]).toEqual(entry('e2', T(2), { username: 'binh', unitId: 'unit-b', outcome: 'denied' }));
    });
  });
}
