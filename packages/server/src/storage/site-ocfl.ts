import type { BlobStore, Clock, Hasher } from '@duphong/core';
import { collect, isoVietnam, streamOf, utf8, fromUtf8, BlobStoreError } from '@duphong/core';
import {
  LAYOUT_0004_CONFIG,
  OCFL_LAYOUT_JSON,
  ROOT_DECLARATION_NAME,
  ROOT_DECLARATION_BODY,
  objectRootPath,
  parseInventory,
  type Inventory,
} from '@duphong/core';
import type { SiteRuntime } from '../ports/context.js';

/** Keys inside a site: the OCFL storage root, our staging area, quarantined extras, the site label. */
export const STORAGE_ROOT = 'ocfl';
export const STAGING = 'staging';
export const QUARANTINE = 'quarantine';
export const SITE_LABEL = 'duphong-site.json';
const MAX_INVENTORY_BYTES = 256 * 1024 * 1024;

export function objectKey(objectId: string, hasher: Hasher): string {
  return `${STORAGE_ROOT}/${objectRootPath(objectId, hasher)}`;
}

async function putSmall(store: BlobStore, key: string, bytes: Uint8Array, hasher: Hasher): Promise<void> {
  const h = hasher.create('sha256');
  h.update(bytes);
  await store.put(key, streamOf(bytes), { sha256: h.digest(), size: bytes.byteLength });
}

const LAYOUT_KEY = `${STORAGE_ROOT}/ocfl_layout.json`;
const EXTENSION_CONFIG_KEY = `${STORAGE_ROOT}/extensions/0004-hashed-n-tuple-storage-layout/config.json`;
const ROOT_DECLARATION_KEY = `${STORAGE_ROOT}/${ROOT_DECLARATION_NAME}`;

/**
 * Lay down the OCFL 1.1 storage root with extension 0004 (hashed n-tuple) and a human-readable site
 * label — or lay it down again: a site can come back as a fresh disk (replaced medium) or be
 * emptied, so this is checked on every call (four `head`s), never cached. The declaration is
 * written last: it is what makes the folder a storage root.
 */
export async function ensureStorageRoot(site: SiteRuntime, hasher: Hasher, clock: Clock): Promise<void> {
  const store = site.store;
  const [declaration, layout, extension, label] = await Promise.all(
    [ROOT_DECLARATION_KEY, LAYOUT_KEY, EXTENSION_CONFIG_KEY, SITE_LABEL].map((k) => store.head(k)),
  );
  if (!layout) await putSmall(store, LAYOUT_KEY, utf8(`${JSON.stringify(OCFL_LAYOUT_JSON, null, 2)}\n`), hasher);
  if (!extension) await putSmall(store, EXTENSION_CONFIG_KEY, utf8(`${JSON.stringify(LAYOUT_0004_CONFIG, null, 2)}\n`), hasher);
  if (!declaration) await putSmall(store, ROOT_DECLARATION_KEY, utf8(ROOT_DECLARATION_BODY), hasher);
  if (!label) {
    const text = {
      site: site.config.name,
      region: site.config.region,
      medium: site.config.medium,
      createdAt: isoVietnam(clock.now()),
      storageRoot: STORAGE_ROOT,
      note: 'DuPhong — lưu trữ dự phòng. Thư mục ocfl/ là gốc lưu trữ OCFL 1.1; mỗi hồ sơ là một đối tượng OCFL, nội dung mỗi phiên bản là một gói AIP_hoso (TT05): METS.xml, metadata/, representations/rep1/data/, schemas/.',
    };
    await putSmall(store, SITE_LABEL, utf8(`${JSON.stringify(text, null, 2)}\n`), hasher);
  }
}

/** The storage root's own files present on a site (relative to it), for a cheap root-level validation. */
export async function storageRootListing(store: BlobStore): Promise<string[]> {
  const keys = [ROOT_DECLARATION_KEY, LAYOUT_KEY, EXTENSION_CONFIG_KEY];
  const present = await Promise.all(keys.map((k) => store.head(k)));
  return keys.filter((_, i) => present[i]).map((k) => k.slice(STORAGE_ROOT.length + 1));
}

export interface InventoryRead {
  bytes: Uint8Array;
  digest: string;
  sidecarOk: boolean;
  inventory: Inventory | undefined;
}

/** Read an inventory and its sidecar; never trust it: the sidecar digest is checked here. */
export async function readInventoryAt(store: BlobStore, key: string, hasher: Hasher): Promise<InventoryRead | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await collect(await store.get(key), MAX_INVENTORY_BYTES);
  } catch (error) {
    if (error instanceof BlobStoreError && error.kind === 'NOT_FOUND') return undefined;
    throw error;
  }
  const h = hasher.create('sha256');
  h.update(bytes);
  const digest = h.digest();
  let sidecarOk = false;
  try {
    const sidecar = fromUtf8(await collect(await store.get(`${key}.sha256`), 4096));
    sidecarOk = sidecar.trim().split(/\s+/)[0]?.toLowerCase() === digest;
  } catch (error) {
    if (!(error instanceof BlobStoreError && error.kind === 'NOT_FOUND')) throw error;
  }
  const parsed = parseInventory(bytes);
  return { bytes, digest, sidecarOk, inventory: parsed.inventory };
}

export function sidecarBytes(digest: string): Uint8Array {
  return utf8(`${digest}  inventory.json\n`);
}

export { putSmall };
