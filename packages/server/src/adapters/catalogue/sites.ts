import type { Site } from '@duphong/core';
import type { Selectable } from 'kysely';
import { changed } from './context.js';
import type { Ctx } from './context.js';
import type { SitesTable } from './schema.js';

function toRow(site: Site): SitesTable {
  return {
    name: site.name,
    kind: site.kind,
    region: site.region,
    medium: site.medium,
    online: site.online ? 1 : 0,
    settings: JSON.stringify(site.settings),
    created_at: site.createdAt,
  };
}

function fromRow(row: Selectable<SitesTable>): Site {
  return {
    name: row.name,
    kind: row.kind as Site['kind'],
    region: row.region as Site['region'],
    medium: row.medium as Site['medium'],
    online: row.online !== 0,
    settings: JSON.parse(row.settings) as Record<string, string>,
    createdAt: row.created_at,
  };
}

export async function putSite(ctx: Ctx, site: Site): Promise<void> {
  const { name: _name, ...rest } = toRow(site);
  await ctx.db
    .insertInto('sites')
    .values(toRow(site))
    .onConflict((oc) => oc.column('name').doUpdateSet(rest))
    .execute();
}

export async function getSite(ctx: Ctx, name: string): Promise<Site | undefined> {
  const row = await ctx.db.selectFrom('sites').selectAll().where('name', '=', name).executeTakeFirst();
  return row && fromRow(row);
}

export async function listSites(ctx: Ctx): Promise<Site[]> {
  const rows = await ctx.db.selectFrom('sites').selectAll().orderBy('name').execute();
  return rows.map(fromRow);
}

export async function setSiteOnline(ctx: Ctx, name: string, online: boolean): Promise<void> {
  const result = await ctx.db
    .updateTable('sites')
    .set({ online: online ? 1 : 0 })
    .where('name', '=', name)
    .executeTakeFirst();
  if (changed(result) === 0) throw new Error(`Catalogue: unknown site "${name}"`);
}
