import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * A results report entered by its unit (not only listed in a received table): its narrative and
 * the figures it declares, as JSON keyed by core's REPORT_FIGURES. Computed figures are never
 * stored: they are read from the catalogue whenever the report is shown, so they cannot go stale.
 */
export const migration0016: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    for (const column of ['narrative', 'declared'])
      await db.schema
        .alterTable('plan_entries')
        .addColumn(column, 'text', (c) => (pg ? c.modifyFront(sql`collate "C"`) : c))
        .execute();
    await db.updateTable('meta').set({ value: '0016-report-details' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('plan_entries').dropColumn('declared').execute();
    await db.schema.alterTable('plan_entries').dropColumn('narrative').execute();
  },
};
