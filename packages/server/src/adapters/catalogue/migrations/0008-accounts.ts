import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Accounts and access control (decision 0014): users with roles and assigned units, sessions and
 * API tokens kept only as hashes of their secrets, failed sign-ins for the lockout, and the access
 * log of Decree 113 Art. 22 (append-only).
 */
export const migration0008: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('username', 'text', (c) => required(c).unique())
      .addColumn('display_name', 'text', required)
      .addColumn('roles', 'text', required) // JSON array
      .addColumn('units', 'text', required) // JSON: "all" or an array of unit ids
      .addColumn('password_hash', 'text', required)
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => text(c).primaryKey())
      .addColumn('user_id', 'text', (c) => required(c).references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('last_seen_at', 'text', required)
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('login_attempts')
      .addColumn('key', 'text', (c) => text(c).primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'text', text)
      .addColumn('last_failure_at', 'text', required)
      .execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('user_id', 'text', (c) => required(c).references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', required)
      .addColumn('hash', 'text', (c) => required(c).unique())
      .addColumn('actions', 'text', required) // JSON array
      .addColumn('expires_at', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('last_used_at', 'text', text)
      .addColumn('revoked_at', 'text', text)
      .execute();
    await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

    await db.schema
      .createTable('access_log')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('at', 'text', required)
      .addColumn('user_id', 'text', text)
      .addColumn('username', 'text', required)
      .addColumn('action', 'text', required)
      .addColumn('record_kind', 'text', required)
      .addColumn('record_code', 'text', required)
      .addColumn('unit_id', 'text', text)
      .addColumn('ip', 'text', required)
      .addColumn('outcome', 'text', required)
      .execute();
    await db.schema.createIndex('access_log_at').on('access_log').column('at').execute();
    await db.schema.createIndex('access_log_record').on('access_log').columns(['record_code', 'at']).execute();
    await db.updateTable('meta').set({ value: '0008-accounts' }).where('key', '=', 'schema_version').execute();
  },
};
