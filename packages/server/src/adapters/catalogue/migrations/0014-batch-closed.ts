import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * A digitisation batch closed by a person (`duphong digitize batch close`): when. A closed batch
 * takes no scans, no run and no review decision, whatever state its documents are in, so the
 * close cannot be undone by a rescan of a rejected document or a run of an empty batch. Text on
 * PostgreSQL uses the "C" collation, as elsewhere.
 */
export const migration0014: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    await db.schema
      .alterTable('digitisation_batches')
      .addColumn('closed_at', 'text', (c) => (pg ? c.modifyFront(sql`collate "C"`) : c))
      .execute();
    await db.updateTable('meta').set({ value: '0014-batch-closed' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('digitisation_batches').dropColumn('closed_at').execute();
  },
};
