import {
  MEDIA,
  REGIONS,
  REGION_LABELS,
  SITE_KINDS,
  isoVietnam,
  isValidSiteName,
  type Medium,
  type Region,
  type Site,
  type SiteKind,
} from '@duphong/core';
import { siteConfigSchema, type SiteConfig } from '../config/config.js';
import type { Context } from '../ports/context.js';
import { conflictError, notFoundError, requestError, unavailableError } from '../errors.js';
import { ensureStorageRoot } from '../storage/site-ocfl.js';
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
  description: string;
  /** Where it stores: the folder of an fs site, `endpoint/bucket/prefix` of an S3 site (never a key). */
  location: string;
  /** Copies the catalogue knows at this site, by state. */
  copies: { ok: number; pending: number; damaged: number; missing: number };
  /** The newest verification of any copy here (Vietnam time), null when none was ever verified. */
  lastVerifiedAt: string | null;
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

const location = (site: SiteConfig): string =>
  site.kind === 'fs' ? (site.path ?? '') : [site.endpoint, site.bucket, site.prefix].filter((p) => p !== undefined && p !== '').join('/');

/** Every site with what the catalogue knows it holds, after marking the copies of vanished sites missing (no stale counts). */
export async function listSitesWithUsage(ctx: Context): Promise<SiteSummary[]> {
  const online = await probeSites(ctx);
  const vanished = new Set((await markVanishedSites(ctx)).map((v) => v.site));
  const out: SiteSummary[] = [];
  for (const site of ctx.config.sites) {
    const usage = await ctx.catalogue.siteUsage(site.name);
    const copies = { ok: 0, pending: 0, damaged: 0, missing: 0 };
    let lastVerifiedAt: string | null = null;
    for (const copy of await ctx.catalogue.listCopiesBySite(site.name)) {
      copies[copy.status] += 1;
      if (copy.verifiedAt !== null && (lastVerifiedAt === null || copy.verifiedAt > lastVerifiedAt)) lastVerifiedAt = copy.verifiedAt;
    }
    out.push({
      name: site.name,
      kind: site.kind,
      region: site.region,
      medium: site.medium,
      online: online.get(site.name) ?? false,
      ...usage,
      vanished: vanished.has(site.name),
      description: site.description ?? '',
      location: location(site),
      copies,
      lastVerifiedAt,
    });
  }
  return out;
}

/** A site as a person or script asks for it (strings as typed; checked here, one message per problem). */
export interface SiteInput {
  name?: string | undefined;
  kind?: string | undefined;
  region?: string | undefined;
  medium?: string | undefined;
  path?: string | undefined;
  endpoint?: string | undefined;
  bucket?: string | undefined;
  prefix?: string | undefined;
  s3Region?: string | undefined;
  description?: string | undefined;
}

type Problem = { vi: string; en: string };

const REGION_HINT = REGIONS.map((r) => `${r} (${REGION_LABELS[r]})`).join(', ');

function placementProblems(input: Pick<SiteInput, 'region' | 'medium' | 'description'>): Problem[] {
  const problems: Problem[] = [];
  if (input.region !== undefined && !(REGIONS as readonly string[]).includes(input.region))
    problems.push({
      vi: `vùng "${input.region}" không hợp lệ: dùng ${REGION_HINT}`,
      en: `region "${input.region}" is not valid: use ${REGIONS.join(', ')}`,
    });
  if (input.medium !== undefined && !(MEDIA as readonly string[]).includes(input.medium))
    problems.push({
      vi: `phương tiện "${input.medium}" không hợp lệ: dùng disk (ổ đĩa), tape (băng từ), optical (đĩa quang) hoặc object (lưu trữ đối tượng)`,
      en: `medium "${input.medium}" is not valid: use ${MEDIA.join(', ')}`,
    });
  if (input.description !== undefined && input.description.length > 500)
    problems.push({ vi: 'mô tả dài quá 500 ký tự', en: 'the description is longer than 500 characters' });
  return problems;
}

/** Every problem of a new site at once, worded for people (never zod's English). */
function newSiteProblems(input: SiteInput): Problem[] {
  const problems: Problem[] = [];
  if (input.name === undefined || !isValidSiteName(input.name))
    problems.push({
      vi: 'tên site chỉ gồm chữ thường a-z, số 0-9, dấu - và _ (bắt đầu bằng chữ hoặc số, tối đa 63 ký tự)',
      en: 'a site name has only a-z, 0-9, - and _ (starting with a letter or digit, at most 63 characters)',
    });
  if (input.kind === undefined || !(SITE_KINDS as readonly string[]).includes(input.kind))
    problems.push({
      vi: 'loại site phải là fs (thư mục) hoặc s3 (kho đối tượng S3)',
      en: 'the kind must be fs (folder) or s3 (S3 object store)',
    });
  if (input.region === undefined) problems.push({ vi: `cần chọn vùng: ${REGION_HINT}`, en: `a region is needed: ${REGIONS.join(', ')}` });
  problems.push(...placementProblems(input));
  if (input.kind === 'fs' && !input.path?.trim())
    problems.push({ vi: 'site fs cần đường dẫn thư mục', en: 'an fs site needs a folder path' });
  if (input.kind === 's3') {
    if (!input.endpoint?.trim() || !URL.canParse(input.endpoint))
      problems.push({ vi: 'site s3 cần địa chỉ endpoint dạng URL (ví dụ https://s3.example.vn)', en: 'an s3 site needs an endpoint URL' });
    if (!input.bucket?.trim()) problems.push({ vi: 'site s3 cần tên bucket', en: 'an s3 site needs a bucket' });
  }
  return problems;
}

function invalid(problems: Problem[]) {
  return requestError(
    'DP-SITE-INVALID',
    `Site không hợp lệ: ${problems.map((p) => p.vi).join('; ')}.`,
    `Invalid site: ${problems.map((p) => p.en).join('; ')}.`,
  );
}

/** The catalogue's row of a configured site (its settings, never a secret). */
export function siteRecord(site: SiteConfig, online: boolean, createdAt: string): Site {
  const settings: Record<string, string> = {};
  for (const key of ['path', 'endpoint', 'bucket', 'prefix', 's3Region'] as const) {
    const value = site[key];
    if (value !== undefined) settings[key] = value;
  }
  return { name: site.name, kind: site.kind, region: site.region, medium: site.medium, online, settings, createdAt };
}

/**
 * Add a storage site (`duphong site add` and `POST /api/sites`): checked, reachable and writable,
 * its OCFL storage root laid, then written to the configuration (the sites' source of truth),
 * the catalogue and the running context, so replication and audits use it at once. An fs path
 * is taken as given (the CLI resolves a relative one against its working directory first).
 */
export async function addSite(ctx: Context, input: SiteInput): Promise<SiteConfig> {
  const problems = newSiteProblems(input);
  if (problems.length > 0) throw invalid(problems);
  const parsed = siteConfigSchema.safeParse({
    name: input.name,
    kind: input.kind,
    region: input.region,
    medium: input.medium ?? (input.kind === 's3' ? 'object' : 'disk'),
    ...(input.kind === 'fs' && { path: input.path!.trim() }),
    ...(input.kind === 's3' && { endpoint: input.endpoint!.trim(), bucket: input.bucket!.trim() }),
    ...(input.kind === 's3' && input.prefix?.trim() && { prefix: input.prefix.trim() }),
    ...(input.kind === 's3' && input.s3Region?.trim() && { s3Region: input.s3Region.trim() }),
    ...(input.description?.trim() && { description: input.description.normalize('NFC').trim() }),
  });
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ vi: i.message, en: i.message })));
  const site = parsed.data;
  if (ctx.sites.has(site.name) || ctx.config.sites.some((s) => s.name === site.name))
    throw conflictError('DP-SITE-EXISTS', `Site "${site.name}" đã tồn tại.`, `Site "${site.name}" already exists.`);
  const store = await ctx.siteProvisioner.open(site);
  const probe = await store.probe().catch((error: unknown) => ({ online: false, writable: false, message: String(error) }));
  if (!probe.online || !probe.writable)
    throw unavailableError(
      'DP-SITE-UNAVAILABLE',
      `Không ghi được vào site "${site.name}": ${probe.message ?? 'không truy cập được'}. Không có gì được thay đổi.`,
      `Cannot write to site "${site.name}": ${probe.message ?? 'unreachable'}. Nothing was changed.`,
    );
  await ensureStorageRoot({ config: site, store }, ctx.hasher, ctx.clock);
  await ctx.siteProvisioner.saveSite(site, 'add');
  await ctx.catalogue.putSite(siteRecord(site, true, isoVietnam(ctx.clock.now())));
  ctx.config.sites.push(site);
  ctx.sites.set(site.name, { config: site, store });
  ctx.log.info('site added', { site: site.name, kind: site.kind, region: site.region, medium: site.medium });
  return site;
}

export interface SiteEdit {
  region?: string | undefined;
  medium?: string | undefined;
  description?: string | undefined;
}

/**
 * Change where a site counts for the policy (region, medium) or its description. Its settings
 * (folder, bucket) are not edited here: moving copies is a new site plus replication.
 */
export async function editSite(ctx: Context, name: string, edit: SiteEdit): Promise<SiteConfig> {
  const index = ctx.config.sites.findIndex((s) => s.name === name);
  if (index < 0) throw notFoundError('DP-SITE-UNKNOWN', `Site "${name}" không tồn tại.`, `Unknown site "${name}".`);
  const problems = placementProblems(edit);
  if (problems.length > 0) throw invalid(problems);
  const before = ctx.config.sites[index]!;
  const description = edit.description?.normalize('NFC').trim();
  const { description: _old, ...rest } = before;
  const site: SiteConfig = {
    ...rest,
    ...(edit.region !== undefined && { region: edit.region as Region }),
    ...(edit.medium !== undefined && { medium: edit.medium as Medium }),
    ...(description === undefined
      ? before.description !== undefined && { description: before.description }
      : description !== '' && { description }),
  };
  await ctx.siteProvisioner.saveSite(site, 'replace');
  const known = await ctx.catalogue.getSite(name);
  await ctx.catalogue.putSite(siteRecord(site, known?.online ?? true, known?.createdAt ?? isoVietnam(ctx.clock.now())));
  ctx.config.sites[index] = site;
  const runtime = ctx.sites.get(name);
  if (runtime) ctx.sites.set(name, { ...runtime, config: site });
  ctx.log.info('site edited', { site: name, region: site.region, medium: site.medium });
  return site;
}
