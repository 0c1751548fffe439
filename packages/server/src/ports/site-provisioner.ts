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
  /**
   * Write one site into the configuration file as it is now (another command may have added a site
   * since this process read it): `add` refuses a name already there (DP-SITE-EXISTS), `replace`
   * swaps the site of that name. Every other setting stays as written.
   */
  saveSite(site: SiteConfig, mode: 'add' | 'replace'): Promise<void>;
}
