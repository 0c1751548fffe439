import type { BlobStore } from '@duphong/core';
import type { SiteConfig } from '../config/config.js';

/**
 * What adding or editing a site needs beyond the catalogue: a store opened for a site's settings
 * (fs folder or S3 bucket, the adapter chosen by the composition root) and the configuration
 * file, which is the sites' source of truth (rebuild reads it before any database exists).
 */
export interface SiteProvisioner {
  /** A store for these settings (loads the S3 adapter when needed); nothing is written yet. */
  open(site: SiteConfig): Promise<BlobStore>;
  /** Replace the `sites` of the configuration file, keeping every other setting as written. */
  saveSites(sites: readonly SiteConfig[]): void;
}
