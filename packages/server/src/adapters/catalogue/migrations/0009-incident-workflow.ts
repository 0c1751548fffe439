import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Incidents become a workflow: one incident per problem however often audits find it again
 * (`last_seen_at`, `occurrences`), taken in hand by a person (`acknowledged_*`) and resolved by one
 * (`resolved_by`, `resolve_note`). Existing incidents were each seen once, at their creation.
 */
export const migration0009: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const add = async (name: string, type: 'text' | 'integer', build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder) =>
      db.schema.alterTable('incidents').addColumn(name, type, build).execute();
    await add('last_seen_at', 'text', text);
    await add('occurrences', 'integer', (c) => c.notNull().defaultTo(1));
    await add('acknowledged_at', 'text', text);
    await add('acknowledged_by', 'text', text);
    await add('acknowledge_note', 'text', text);
    await add('resolved_by', 'text', text);
    await add('resolve_note', 'text', text);
    await db
      .updateTable('incidents')
      .set({ last_seen_at: sql`created_at` })
      .execute();
    await db.schema.createIndex('incidents_problem').on('incidents').columns(['object_id', 'code']).execute();
    await db.updateTable('meta').set({ value: '0009-incident-workflow' }).where('key', '=', 'schema_version').execute();
  },
};
