import { isAbsolute, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoVietnam, REGION_LABELS } from '@duphong/core';
import { CONFIG_FILE, siteConfigSchema, resolveHome } from '../../config/config.js';
import { loadS3Adapter, openContext, openSiteStore, siteRecord, writeConfigFile } from '../../app/context.js';
import { requestError, unavailableError } from '../../errors.js';
import { ensureStorageRoot } from '../../storage/site-ocfl.js';
import { listSitesWithUsage, type SiteSummary } from '../../usecases/sites.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

export async function runSite(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return siteAdd(rest, out);
  if (sub === 'list') return siteList(rest, out);
  throw requestError('DP-USAGE', 'Dùng: duphong site add|list …', 'Usage: duphong site add|list …');
}

async function siteAdd(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    kind: { type: 'string' },
    path: { type: 'string' },
    endpoint: { type: 'string' },
    bucket: { type: 'string' },
    prefix: { type: 'string' },
    region: { type: 'string' },
    medium: { type: 'string' },
    's3-region': { type: 'string' },
  });
  const home = resolveHome(values.home);
  const name = positionals[0];
  const candidate = {
    name,
    kind: values.kind,
    region: values.region,
    medium: values.medium ?? (values.kind === 's3' ? 'object' : 'disk'),
    ...(values.path !== undefined && { path: isAbsolute(values.path) ? values.path : resolve(process.cwd(), values.path) }),
    ...(values.endpoint !== undefined && { endpoint: values.endpoint }),
    ...(values.bucket !== undefined && { bucket: values.bucket }),
    ...(values.prefix !== undefined && { prefix: values.prefix }),
    ...(values['s3-region'] !== undefined && { s3Region: values['s3-region'] }),
  };
  const parsed = siteConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'site'}: ${i.message}`).join('; ');
    throw requestError('DP-SITE-INVALID', `Site không hợp lệ: ${problems}`, `Invalid site: ${problems}`);
  }
  const site = parsed.data;
  const ctx = await openContext(home);
  try {
    if (ctx.sites.has(site.name))
      throw requestError('DP-SITE-EXISTS', `Site "${site.name}" đã tồn tại.`, `Site "${site.name}" already exists.`);
    if (site.kind === 's3') await loadS3Adapter();
    const store = openSiteStore(home, site);
    const probe = await store.probe();
    if (!probe.online || !probe.writable)
      throw unavailableError(
        'DP-SITE-UNAVAILABLE',
        `Không ghi được vào site "${site.name}": ${probe.message ?? 'không truy cập được'}`,
        `Cannot write to site "${site.name}": ${probe.message ?? 'unreachable'}`,
      );
    await ensureStorageRoot({ config: site, store }, ctx.hasher, ctx.clock);
    const raw = JSON.parse(readFileSync(join(home, CONFIG_FILE), 'utf8')) as { sites?: unknown[] };
    raw.sites = [...(raw.sites ?? []), site];
    writeConfigFile(home, raw);
    await ctx.catalogue.putSite(siteRecord(site, true, isoVietnam(ctx.clock.now())));
    out.result({ name: site.name, kind: site.kind, region: site.region, medium: site.medium });
    out.say(
      `Đã thêm site "${site.name}" (${site.kind}, vùng ${REGION_LABELS[site.region]}, ${site.medium}).`,
      `Site "${site.name}" added.`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}

async function siteList(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, {});
  const ctx = await openContext(resolveHome(values.home));
  try {
    const sites = await listSitesWithUsage(ctx);
    out.result(sites);
    out.say(renderSites(sites, 'vi'), renderSites(sites, 'en'));
    return 0;
  } finally {
    await ctx.close();
  }
}

/** The human table of `site list` (also the remote CLI's, cli/remote/). */
export function renderSites(sites: SiteSummary[], lang: 'vi' | 'en'): string {
  const rows = [
    lang === 'en'
      ? ['site', 'kind', 'region', 'medium', 'online', 'objects', 'bytes']
      : ['site', 'loại', 'vùng', 'phương tiện', 'trực tuyến', 'đối tượng', 'byte'],
  ];
  for (const s of sites)
    rows.push([
      s.name,
      s.kind,
      REGION_LABELS[s.region],
      s.medium,
      s.vanished ? (lang === 'en' ? 'GONE' : 'KHÔNG CÒN') : s.online ? (lang === 'en' ? 'yes' : 'có') : lang === 'en' ? 'NO' : 'KHÔNG',
      String(s.objects),
      String(s.bytes),
    ]);
  return table(rows);
}
