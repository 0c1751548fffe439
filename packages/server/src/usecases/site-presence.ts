import { ROOT_DECLARATION_NAME } from '@duphong/core';
import type { Context, SiteRuntime } from '../ports/context.js';
import { STORAGE_ROOT } from '../storage/site-ocfl.js';

export interface VanishedSite {
  site: string;
  /** DP-SITE-VANISHED: its folder or bucket is gone; DP-SITE-ROOT-MISSING: reachable, but its OCFL storage root is gone. */
  code: 'DP-SITE-VANISHED' | 'DP-SITE-ROOT-MISSING';
  detail: string;
  /** Copies the catalogue had on it that were not yet known to be missing (now they are). */
  marked: number;
}

async function whyGone(name: string, site: SiteRuntime): Promise<Omit<VanishedSite, 'marked'> | undefined> {
  const probe = await site.store.probe().catch(() => undefined);
  if (probe?.vanished)
    return {
      site: name,
      code: 'DP-SITE-VANISHED',
      detail: `Site ${name} không còn (${probe.message ?? 'thư mục hoặc bucket không tồn tại'}): các bản sao trên đó coi như mất.`,
    };
  if (!probe?.online) return undefined; // down for now (network, I/O): unreachable, not gone
  const declaration = await site.store.head(`${STORAGE_ROOT}/${ROOT_DECLARATION_NAME}`).catch(() => null);
  if (declaration !== undefined) return undefined; // there, or could not be read: nothing proven missing
  return {
    site: name,
    code: 'DP-SITE-ROOT-MISSING',
    detail: `Gốc lưu trữ OCFL của site ${name} không còn (thiếu ${STORAGE_ROOT}/${ROOT_DECLARATION_NAME}): các bản sao trên đó coi như mất.`,
  };
}

/**
 * A site whose storage vanished (folder or bucket deleted, storage root emptied) still holds copies
 * in the catalogue's eyes: mark every one of them missing, so `copies`, `site list` and the risk
 * status stop claiming them. Sites with no copies recorded are left alone (nothing to claim).
 */
export async function markVanishedSites(ctx: Context, only?: string[]): Promise<VanishedSite[]> {
  const out: VanishedSite[] = [];
  for (const [name, site] of ctx.sites) {
    if (only && !only.includes(name)) continue;
    const gone = await whyGone(name, site);
    if (!gone) continue;
    const copies = await ctx.catalogue.listCopiesBySite(name);
    if (copies.length === 0) continue;
    let marked = 0;
    for (const c of copies) {
      if (c.status === 'missing') continue;
      await ctx.catalogue.putCopy({ ...c, status: 'missing', detail: gone.detail });
      marked += 1;
    }
    if (marked > 0) ctx.log.warn('site vanished: copies marked missing', { site: name, code: gone.code, copies: marked });
    out.push({ ...gone, marked });
  }
  return out;
}
