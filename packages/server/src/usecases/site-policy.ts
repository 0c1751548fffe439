import { placeCopies, type Medium, type Region } from '@duphong/core';
import type { Context } from '../ports/context.js';

export interface PolicyShortfall {
  code: 'DP-POLICY-SITES' | 'DP-POLICY-REGIONS' | 'DP-POLICY-MEDIA' | 'DP-POLICY-OBJECTS';
  vi: string;
  en: string;
}

export interface PolicyView {
  copies: number;
  minRegions: number;
  minMedia: number;
  /** What the configured sites offer: a placement over them can meet the policy or not. */
  sites: { total: number; online: number; regions: Region[]; media: Medium[] };
  /** Backup objects with a copy anywhere, and how many have enough verified-good copies across regions and media. */
  objects: { total: number; meeting: number; below: number };
  /** True only when the sites can meet the policy AND every object does: never green while something is short. */
  met: boolean;
  shortfalls: PolicyShortfall[];
}

/**
 * The replication policy (TT05: copies on independent media, in different regions) as configured,
 * and whether it is met now: by the sites (core `placeCopies` over them) and by each object's good
 * copies. Read-only: the policy is changed in the configuration file.
 */
export async function replicationPolicyView(ctx: Context): Promise<PolicyView> {
  const policy = ctx.config.policy;
  const known = new Map((await ctx.catalogue.listSites()).map((s) => [s.name, s]));
  const candidates = ctx.config.sites.map((s) => ({
    name: s.name,
    region: s.region,
    medium: s.medium,
    online: known.get(s.name)?.online ?? false,
  }));
  const placement = placeCopies(candidates, policy);
  const chosen = candidates.filter((c) => placement.sites.includes(c.name));
  const regions = new Set(chosen.map((c) => c.region)).size;
  const media = new Set(chosen.map((c) => c.medium)).size;
  const shortfalls: PolicyShortfall[] = [];
  if (chosen.length < policy.copies)
    shortfalls.push({
      code: 'DP-POLICY-SITES',
      vi: `Chỉ có ${chosen.length}/${policy.copies} site để đặt bản sao: hãy thêm site.`,
      en: `Only ${chosen.length}/${policy.copies} sites to place copies on: add a site.`,
    });
  if (regions < policy.minRegions)
    shortfalls.push({
      code: 'DP-POLICY-REGIONS',
      vi: `Các site chỉ ở ${regions}/${policy.minRegions} vùng (Bắc/Trung/Nam): cần site ở vùng khác.`,
      en: `The sites are in only ${regions}/${policy.minRegions} regions: a site in another region is needed.`,
    });
  if (media < policy.minMedia)
    shortfalls.push({
      code: 'DP-POLICY-MEDIA',
      vi: `Các site chỉ dùng ${media}/${policy.minMedia} loại phương tiện: cần site trên phương tiện khác (băng từ, đĩa quang, S3…).`,
      en: `The sites use only ${media}/${policy.minMedia} kinds of media: a site on another medium is needed.`,
    });

  // Each object's good copies, grouped from every site's copies.
  const siteOf = new Map(ctx.config.sites.map((s) => [s.name, s]));
  const good = new Map<string, string[]>();
  for (const site of ctx.config.sites)
    for (const copy of await ctx.catalogue.listCopiesBySite(site.name)) {
      const list = good.get(copy.objectId) ?? [];
      if (copy.status === 'ok') list.push(copy.site);
      good.set(copy.objectId, list);
    }
  let meeting = 0;
  for (const sites of good.values()) {
    const placed = sites.map((n) => siteOf.get(n)!);
    if (
      placed.length >= policy.copies &&
      new Set(placed.map((s) => s.region)).size >= policy.minRegions &&
      new Set(placed.map((s) => s.medium)).size >= policy.minMedia
    )
      meeting += 1;
  }
  const below = good.size - meeting;
  if (below > 0)
    shortfalls.push({
      code: 'DP-POLICY-OBJECTS',
      vi: `${below}/${good.size} đối tượng chưa đủ ${policy.copies} bản sao tốt ở ${policy.minRegions} vùng và ${policy.minMedia} loại phương tiện: xem Sự cố và chạy kiểm tra để sửa.`,
      en: `${below}/${good.size} objects lack ${policy.copies} good copies across ${policy.minRegions} regions and ${policy.minMedia} media: see Incidents and run an audit to repair.`,
    });
  return {
    copies: policy.copies,
    minRegions: policy.minRegions,
    minMedia: policy.minMedia,
    sites: {
      total: candidates.length,
      online: candidates.filter((c) => c.online).length,
      regions: [...new Set(candidates.map((c) => c.region))],
      media: [...new Set(candidates.map((c) => c.medium))],
    },
    objects: { total: good.size, meeting, below },
    met: shortfalls.length === 0,
    shortfalls,
  };
}
