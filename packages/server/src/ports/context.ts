import type { BlobStore, Catalogue, Clock, Hasher } from '@duphong/core';
import type { Config, SiteConfig } from '../config/config.js';
import type { InstanceIdentity, SignatureVerifier } from './identity.js';
import type { Journal } from './journal.js';
import type { Locks } from './locks.js';
import type { Logger } from './logger.js';
import type { SiteProvisioner } from './site-provisioner.js';

export interface SiteRuntime {
  config: SiteConfig;
  store: BlobStore;
}

/**
 * What use cases get: the ports (catalogue, site stores, hasher, clock, journal, locks, logger) and
 * the configuration. The composition root (app/context.ts) builds one; no use case imports it.
 */
export interface Context {
  home: string;
  config: Config;
  catalogue: Catalogue;
  sites: Map<string, SiteRuntime>;
  hasher: Hasher;
  clock: Clock;
  journal: Journal;
  locks: Locks;
  log: Logger;
  /** This instance as a signer (HOME/keys) and the check of what peers signed (decision 0025). */
  identity: InstanceIdentity;
  verifier: SignatureVerifier;
  /** Opens stores for new site settings and writes the sites into the configuration file. */
  siteProvisioner: SiteProvisioner;
  close(): Promise<void>;
}
