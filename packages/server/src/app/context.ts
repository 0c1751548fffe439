import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobStore, Catalogue, Clock } from '@duphong/core';
import { ensureCodeListsSeeded, isoVietnam } from '@duphong/core';
import { CONFIG_FILE, loadConfig, sitePath, type Config, type SiteConfig } from '../config/config.js';
import { editConfigFile } from '../config/config-edit.js';
export { writeConfigFile } from '../config/config.js';
import { openSqliteCatalogue } from '../adapters/catalogue/sqlite.js';
import { FsBlobStore } from '../adapters/blob/fs-blob-store.js';
import { nodeHasher } from '../adapters/node-hasher.js';
import { FsJournal } from '../adapters/fs-journal.js';
import { ed25519Verifier, FsInstanceIdentity } from '../adapters/instance-keys.js';
import { openLocks } from '../adapters/locks/index.js';
import { fileLogger } from './log.js';
import { conflictError, notFoundError, requestError } from '../errors.js';
import type { Context, SiteRuntime } from '../ports/context.js';
import { seedUnits } from '../usecases/units.js';
import { siteRecord } from '../usecases/sites.js';

export { siteRecord } from '../usecases/sites.js';

export type { Context, SiteRuntime } from '../ports/context.js';

export const systemClock: Clock = { now: () => new Date() };

/** The S3 adapter pulls in the AWS SDK (slow to load): only when a configured site needs it. */
let s3Module: typeof import('../adapters/blob/s3-blob-store.js') | undefined;
export async function loadS3Adapter(): Promise<void> {
  s3Module ??= await import('../adapters/blob/s3-blob-store.js');
}

export function openSiteStore(home: string, site: SiteConfig): BlobStore {
  if (site.kind === 'fs') return new FsBlobStore(sitePath(home, site));
  if (!s3Module) throw new Error('S3 adapter not loaded: call loadS3Adapter() first');
  return new s3Module.S3BlobStore({
    endpoint: site.endpoint!,
    bucket: site.bucket!,
    ...(site.prefix !== undefined && { prefix: site.prefix }),
    ...(site.s3Region !== undefined && { region: site.s3Region }),
    forcePathStyle: true,
  });
}

export function isInitialised(home: string): boolean {
  return existsSync(join(home, CONFIG_FILE));
}

/** One site added to (or replaced in) the configuration file as it is on disk now; every other setting stays as the operator wrote it. */
export function writeSite(home: string, site: SiteConfig, mode: 'add' | 'replace'): Promise<void> {
  return editConfigFile(home, (raw) => {
    const sites = (raw.sites as SiteConfig[] | undefined) ?? [];
    const there = sites.some((s) => s.name === site.name);
    if (mode === 'add' && there)
      throw conflictError('DP-SITE-EXISTS', `Site "${site.name}" đã tồn tại.`, `Site "${site.name}" already exists.`);
    if (mode === 'replace' && !there)
      throw notFoundError(
        'DP-SITE-UNKNOWN',
        `Site "${site.name}" không có trong tệp cấu hình.`,
        `Site "${site.name}" is not in the configuration file.`,
      );
    return {
      config: { ...raw, sites: mode === 'add' ? [...sites, site] : sites.map((s) => (s.name === site.name ? site : s)) },
      result: undefined,
    };
  });
}

async function openCatalogue(home: string, config: Config): Promise<Catalogue> {
  // pg is loaded only for a PostgreSQL catalogue: loading it costs a SQLite-only command ~0.25 s
  if (config.catalogue.kind === 'postgres')
    return (await import('../adapters/catalogue/postgres.js')).openPostgresCatalogue(
      config.catalogue.url,
      config.catalogue.schema !== undefined ? { schema: config.catalogue.schema } : {},
    );
  return openSqliteCatalogue(join(home, config.catalogue.file));
}

/**
 * The composition root for CLI, server and worker: every port wired once.
 * Open the home. Unless `recover: false`, any write a crashed process left in the journal is
 * finished or rolled back first: "the next start resumes or rolls back".
 */
export async function openContext(home: string, options: { clock?: Clock; recover?: boolean } = {}): Promise<Context> {
  if (!isInitialised(home))
    throw requestError(
      'DP-NOT-INITIALISED',
      `Thư mục dữ liệu ${home} chưa được khởi tạo: hãy chạy "duphong init" (hoặc dùng --home).`,
      `Home ${home} is not initialised: run "duphong init" (or pass --home).`,
    );
  const config = loadConfig(home);
  const clock = options.clock ?? systemClock;
  const catalogue = await openCatalogue(home, config);
  await seedUnits(catalogue); // only into an empty units table
  const sites = new Map<string, SiteRuntime>();
  if (config.sites.some((s) => s.kind === 's3')) await loadS3Adapter();
  for (const site of config.sites) sites.set(site.name, { config: site, store: openSiteStore(home, site) });
  // Mirror configured sites into the index (config is their source of truth).
  const now = isoVietnam(clock.now());
  for (const site of config.sites) {
    const existing = await catalogue.getSite(site.name);
    await catalogue.putSite(siteRecord(site, existing?.online ?? true, existing?.createdAt ?? now));
  }
  // Shared code lists: a fresh catalogue gets the seed; afterwards they change only by new versions.
  await ensureCodeListsSeeded(catalogue.codeLists, nodeHasher);
  const locks = await openLocks(home, config);
  const ctx: Context = {
    home,
    config,
    catalogue,
    sites,
    hasher: nodeHasher,
    clock,
    journal: new FsJournal(home),
    locks,
    log: fileLogger(home),
    identity: new FsInstanceIdentity(home, config.national.instanceId, clock),
    verifier: ed25519Verifier,
    siteProvisioner: {
      open: async (site) => {
        if (site.kind === 's3') await loadS3Adapter();
        return openSiteStore(home, site);
      },
      saveSite: (site, mode) => writeSite(home, site, mode),
    },
    close: async () => {
      await locks.close();
      await catalogue.close();
    },
  };
  if (options.recover !== false && ctx.journal.pending().length > 0) {
    // recovery pulls in the whole write path: loaded only when a crashed write is pending
    const { recoverJournal } = await import('../usecases/recover.js');
    await recoverJournal(ctx, { all: true });
  }
  return ctx;
}
