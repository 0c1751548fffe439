import type { BlobStore, Hasher } from '@duphong/core';
import { BlobStoreError, type SiteObservation } from '@duphong/core';
import { readInventoryAt, type InventoryRead } from './site-ocfl.js';
import { digestStored, mapLimit } from './stage.js';

const HASH_CONCURRENCY = 4;

export interface SiteSnapshot {
  site: string;
  reachable: boolean;
  root: InventoryRead | undefined;
  keys: Set<string>; // object-relative paths present
  error?: string;
}

function unreachable(error: unknown): boolean {
  return error instanceof BlobStoreError && (error.kind === 'UNAVAILABLE' || error.kind === 'PERMISSION');
}

/** First pass on one site: its root inventory and the list of what the object folder holds. */
export async function snapshotSite(site: string, store: BlobStore, objectKey: string, hasher: Hasher): Promise<SiteSnapshot> {
  try {
    const root = await readInventoryAt(store, `${objectKey}/inventory.json`, hasher);
    const keys = new Set<string>();
    for await (const blob of store.list(`${objectKey}/`)) keys.add(blob.key.slice(objectKey.length + 1));
    return { site, reachable: true, root, keys };
  } catch (error) {
    if (unreachable(error)) return { site, reachable: false, root: undefined, keys: new Set(), error: String(error) };
    throw error;
  }
}

/** Paths OCFL and DuPhong account for besides the expected files (versions above the reference are not). */
function expectedOutsideManifest(path: string, head: number): boolean {
  if (/^0=ocfl_object_1\.[01]$/.test(path)) return true;
  if (path === 'inventory.json' || path === 'inventory.json.sha256') return true;
  if (path.startsWith('logs/') || path.startsWith('extensions/')) return true;
  const m = /^v(\d+)\/inventory\.json(\.sha256)?$/.exec(path);
  return m !== null && Number(m[1]) <= head;
}

/**
 * Second pass: re-read and hash every file the reference expects — content and structure
 * (declaration, version inventories and sidecars); the site's own inventory is not trusted for
 * this — and list what is there but should not be.
 */
export async function observeSite(
  snapshot: SiteSnapshot,
  store: BlobStore,
  objectKey: string,
  expected: Map<string, string>,
  referenceHead: number,
): Promise<SiteObservation> {
  const head = snapshot.root?.inventory ? Number(snapshot.root.inventory.head.slice(1)) : undefined;
  const base = {
    site: snapshot.site,
    reachable: snapshot.reachable,
    sidecarOk: snapshot.root?.sidecarOk ?? false,
    ...(head !== undefined && !Number.isNaN(head) && { head }),
    ...(snapshot.root && { inventoryDigest: snapshot.root.digest }),
  };
  const files = new Map<string, string | null>();
  if (!snapshot.reachable) return { ...base, files, extras: [] };
  try {
    await mapLimit([...expected.keys()], HASH_CONCURRENCY, async (path) => {
      // A copy that is behind (pending replication) is not expected to hold later versions' files.
      const version = Number(/^v(\d+)\//.exec(path)?.[1] ?? 0);
      if (head !== undefined && snapshot.root?.sidecarOk && version > head && head < referenceHead) return;
      if (!snapshot.keys.has(path)) {
        files.set(path, null);
        return;
      }
      try {
        files.set(path, (await digestStored(store, `${objectKey}/${path}`)).sha256);
      } catch (error) {
        if (error instanceof BlobStoreError && error.kind === 'NOT_FOUND') files.set(path, null);
        else throw error;
      }
    });
  } catch (error) {
    if (unreachable(error)) return { ...base, reachable: false, files: new Map(), extras: [] };
    throw error;
  }
  const extras = [...snapshot.keys].filter((p) => !expected.has(p) && !expectedOutsideManifest(p, referenceHead)).sort();
  return { ...base, files, extras };
}
