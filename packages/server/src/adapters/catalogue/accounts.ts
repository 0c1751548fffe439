import type {
  AccessLogEntry,
  AccessLogFilter,
  AccessOutcome,
  AccountRepository,
  Action,
  ApiTokenRecord,
  LoginAttempts,
  Role,
  SessionRecord,
  UserAccount,
} from '@duphong/core';
import type { Selectable } from 'kysely';
import { page, type Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { AccessLogTable, ApiTokensTable, UsersTable } from './schema-accounts.js';

const nfc = (s: string): string => s.normalize('NFC');

/** `catalogue.accounts` over Kysely (SQLite and PostgreSQL alike). */
export class KyselyAccounts implements AccountRepository {
  constructor(private readonly ctx: Ctx) {}

  async putUser(u: UserAccount): Promise<void> {
    const row = {
      username: nfc(u.username),
      display_name: nfc(u.displayName),
      roles: JSON.stringify(u.roles),
      units: JSON.stringify(u.units),
      password_hash: u.passwordHash,
      disabled: u.disabled ? 1 : 0,
      created_at: u.createdAt,
      updated_at: u.updatedAt,
    };
    await this.ctx.db
      .insertInto('users')
      .values({ id: u.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, created_at: (eb) => eb.ref('users.created_at') }))
      .execute();
  }

  async getUser(id: string): Promise<UserAccount | undefined> {
    const row = await this.ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && userFromRow(row);
  }

  async getUserByUsername(username: string): Promise<UserAccount | undefined> {
    const row = await this.ctx.db.selectFrom('users').selectAll().where('username', '=', nfc(username)).executeTakeFirst();
    return row && userFromRow(row);
  }

  async listUsers(): Promise<UserAccount[]> {
    return (await this.ctx.db.selectFrom('users').selectAll().orderBy('username').execute()).map(userFromRow);
  }

  async countUsers(): Promise<number> {
    const row = await this.ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return toSafeNumber(row.n);
  }

  async putSession(s: SessionRecord): Promise<void> {
    await this.ctx.db
      .insertInto('sessions')
      .values({ id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, last_seen_at: s.lastSeenAt })
      .execute();
  }

  async getSession(idHash: string): Promise<SessionRecord | undefined> {
    const r = await this.ctx.db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    return r && { idHash: r.id_hash, userId: r.user_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at };
  }

  async touchSession(idHash: string, at: string): Promise<void> {
    await this.ctx.db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.ctx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteUserSessions(userId: string): Promise<number> {
    const r = await this.ctx.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async getAttempts(key: string): Promise<LoginAttempts | undefined> {
    const r = await this.ctx.db.selectFrom('login_attempts').selectAll().where('key', '=', nfc(key)).executeTakeFirst();
    return r && { key: r.key, failures: r.failures, lockedUntil: r.locked_until, lastFailureAt: r.last_failure_at };
  }

  async putAttempts(a: LoginAttempts): Promise<void> {
    const row = { failures: a.failures, locked_until: a.lockedUntil, last_failure_at: a.lastFailureAt };
    await this.ctx.db
      .insertInto('login_attempts')
      .values({ key: nfc(a.key), ...row })
      .onConflict((oc) => oc.column('key').doUpdateSet(row))
      .execute();
  }

  async clearAttempts(key: string): Promise<void> {
    await this.ctx.db.deleteFrom('login_attempts').where('key', '=', nfc(key)).execute();
  }

  async putToken(t: ApiTokenRecord): Promise<void> {
    const row = {
      user_id: t.userId,
      name: nfc(t.name),
      hash: t.hash,
      actions: JSON.stringify(t.actions),
      expires_at: t.expiresAt,
      created_at: t.createdAt,
      last_used_at: t.lastUsedAt,
      revoked_at: t.revokedAt,
    };
    await this.ctx.db
      .insertInto('api_tokens')
      .values({ id: t.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async getToken(id: string): Promise<ApiTokenRecord | undefined> {
    const r = await this.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return r && tokenFromRow(r);
  }

  async getTokenByHash(hash: string): Promise<ApiTokenRecord | undefined> {
    const r = await this.ctx.db.selectFrom('api_tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
    return r && tokenFromRow(r);
  }

  async listTokens(userId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.ctx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(tokenFromRow);
  }

  async appendAccess(e: AccessLogEntry): Promise<void> {
    await this.ctx.db
      .insertInto('access_log')
      .values({
        id: e.id,
        at: e.at,
        user_id: e.userId,
        username: nfc(e.username),
        action: e.action,
        record_kind: e.recordKind,
        record_code: nfc(e.recordCode),
        unit_id: e.unitId,
        ip: e.ip,
        outcome: e.outcome,
      })
      .execute();
  }

  async listAccess(f: AccessLogFilter): Promise<{ total: number; entries: AccessLogEntry[] }> {
    let q = this.ctx.db.selectFrom('access_log');
    if (f.user !== undefined) q = q.where('username', '=', nfc(f.user));
    if (f.record !== undefined) q = q.where('record_code', '=', nfc(f.record));
    if (f.action !== undefined) q = q.where('action', '=', f.action);
    if (f.outcome !== undefined) q = q.where('outcome', '=', f.outcome);
    if (f.from !== undefined) q = q.where('at', '>=', f.from);
    // An inclusive day bound: `2026-12-04` takes every time of that day.
    if (f.to !== undefined) q = q.where('at', '<=', `${f.to}\uffff`);
    if (f.units !== 'all') {
      const units = [...f.units];
      if (units.length === 0) return { total: 0, entries: [] };
      q = q.where('unit_id', 'in', units);
    }
    const count = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const rows = await page(q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc'), this.ctx.engine, f).execute();
    return { total: toSafeNumber(count.n), entries: rows.map(accessFromRow) };
  }
}

function userFromRow(r: Selectable<UsersTable>): UserAccount {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: JSON.parse(r.roles) as Role[],
    units: JSON.parse(r.units) as 'all' | string[],
    passwordHash: r.password_hash,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function tokenFromRow(r: Selectable<ApiTokensTable>): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    hash: r.hash,
    actions: JSON.parse(r.actions) as Action[],
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

function accessFromRow(r: Selectable<AccessLogTable>): AccessLogEntry {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    recordKind: r.record_kind,
    recordCode: r.record_code,
    unitId: r.unit_id,
    ip: r.ip,
    outcome: r.outcome as AccessOutcome,
  };
}
