import type { Medium, Region, SiteKind } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { markVanishedSites } from './site-presence.js';

export interface SiteSummary {
  name: string;
  kind: SiteKind;
  region: Region;
  medium: Medium;
  online: boolean;
  objects: number;
  bytes: number;
  /** Its folder/bucket or storage root is gone: its copies were marked missing (not counted in objects/bytes). */
  vanished: boolean;
}

/** Probe every configured site (in parallel, bounded by the adapters' own timeouts) and record online state. */
export async function probeSites(ctx: Context): Promise<Map<string, boolean>> {
  const states = new Map<string, boolean>();
  await Promise.all(
    [...ctx.sites.values()].map(async (site) => {
      const probe = await site.store.probe().catch(() => ({ online: false, writable: false }));
      const online = probe.online && probe.writable;
      states.set(site.config.name, online);
      const known = await ctx.catalogue.getSite(site.config.name);
      if (known && known.online !== online) {
        await ctx.catalogue.setSiteOnline(site.config.name, online);
        ctx.log.info(online ? 'site back online' : 'site offline', { site: site.config.name });
      }
    }),
  );
  return states;
}

/** Every site with what the catalogue knows it holds, after marking the copies of vanished sites missing (no stale counts). */
export async function listSitesWithUsage(ctx: Context): Promise<SiteSummary[]> {
  const online = await probeSites(ctx);
  const vanished = new Set((await markVanishedSites(ctx)).map((v) => v.site));
  const out: SiteSummary[] = [];
  for (const site of ctx.config.sites) {
    const usage = await ctx.catalogue.siteUsage(site.name);
    out.push({
      name: site.name,
      kind: site.kind,
      region: site.region,
      medium: site.medium,
      online: online.get(site.name) ?? false,
      ...usage,
      vanished: vanished.has(site.name),
    });
  }
  return out;
}
