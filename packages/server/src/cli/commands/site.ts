import { isAbsolute, resolve } from 'node:path';
import { formatBytes, REGION_LABELS } from '@duphong/core';
import { resolveHome } from '../../config/config.js';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { addSite, editSite, listSitesWithUsage, type SiteSummary } from '../../usecases/sites.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

export async function runSite(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return siteAdd(rest, out);
  if (sub === 'edit') return siteEdit(rest, out);
  if (sub === 'list') return siteList(rest, out);
  throw requestError('DP-USAGE', 'Dùng: duphong site add|edit|list …', 'Usage: duphong site add|edit|list …');
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
    description: { type: 'string' },
  });
  const ctx = await openContext(resolveHome(values.home));
  try {
    // The rules live in the use case (the API adds sites through it too); a relative path means the shell's folder.
    const site = await addSite(ctx, {
      name: positionals[0],
      kind: values.kind,
      region: values.region,
      medium: values.medium,
      path: values.path !== undefined && !isAbsolute(values.path) ? resolve(process.cwd(), values.path) : values.path,
      endpoint: values.endpoint,
      bucket: values.bucket,
      prefix: values.prefix,
      s3Region: values['s3-region'],
      description: values.description,
    });
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

async function siteEdit(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, { region: { type: 'string' }, medium: { type: 'string' }, description: { type: 'string' } });
  const name = positionals[0];
  if (name === undefined)
    throw requestError(
      'DP-USAGE',
      'Dùng: duphong site edit TÊN [--region …] [--medium …] [--description …]',
      'Usage: duphong site edit NAME …',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    const site = await editSite(ctx, name, { region: values.region, medium: values.medium, description: values.description });
    out.result({ name: site.name, kind: site.kind, region: site.region, medium: site.medium, description: site.description ?? '' });
    out.say(`Đã sửa site "${site.name}" (vùng ${REGION_LABELS[site.region]}, ${site.medium}).`, `Site "${site.name}" updated.`);
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
      ? ['site', 'kind', 'region', 'medium', 'online', 'objects', 'size']
      : ['site', 'loại', 'vùng', 'phương tiện', 'trực tuyến', 'đối tượng', 'dung lượng'],
  ];
  for (const s of sites)
    rows.push([
      s.name,
      s.kind,
      REGION_LABELS[s.region],
      s.medium,
      s.vanished ? (lang === 'en' ? 'GONE' : 'KHÔNG CÒN') : s.online ? (lang === 'en' ? 'yes' : 'có') : lang === 'en' ? 'NO' : 'KHÔNG',
      String(s.objects),
      formatBytes(s.bytes, lang),
    ]);
  return table(rows);
}
