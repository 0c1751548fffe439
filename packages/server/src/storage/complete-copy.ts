import type { BlobStore, Hasher, Inventory } from '@duphong/core';
import {
  BlobStoreError,
  OBJECT_DECLARATION_BODY,
  OBJECT_DECLARATION_NAME,
  collect,
  stateOf,
  utf8,
  validateObject,
  validateStorageRoot,
} from '@duphong/core';
import { BlobOcflTree } from '../adapters/blob/blob-ocfl-tree.js';
import { STORAGE_ROOT, putSmall, readInventoryAt, sidecarBytes, storageRootListing } from './site-ocfl.js';
import { copyBlobVerified } from './copy-blob.js';

/** A small file of the object's structure, with the exact bytes a complete copy holds. */
export interface StructureFile {
  sha256: string;
  bytes: Uint8Array;
}

function sha256(bytes: Uint8Array, hasher: Hasher): string {
  const h = hasher.create('sha256');
  h.update(bytes);
  return h.digest();
}

function sameVersionState(a: Inventory, b: Inventory, version: string): boolean {
  try {
    const x = stateOf(a, version);
    const y = stateOf(b, version);
    return x.size === y.size && [...x].every(([path, e]) => y.get(path)?.digest === e.digest);
  } catch {
    return false;
  }
}

/**
 * What a complete copy holds besides its content and root inventory: the object declaration and
 * every version's inventory + sidecar. The head version's are the root inventory's bytes (OCFL
 * requires them identical); an older version's are taken byte-exact from the first source where
 * its sidecar verifies and its state agrees with the reference, so every copy keeps the same
 * digests. A version inventory no source holds intact is left out (the validator then says so).
 */
export async function referenceStructure(
  sources: BlobStore[],
  key: string,
  reference: { inventory: Inventory; bytes: Uint8Array; digest: string },
  hasher: Hasher,
): Promise<Map<string, StructureFile>> {
  const out = new Map<string, StructureFile>();
  const put = (path: string, bytes: Uint8Array) => out.set(path, { sha256: sha256(bytes, hasher), bytes });
  const v10 = /\/1\.0\//.test(reference.inventory.type);
  put(v10 ? '0=ocfl_object_1.0' : OBJECT_DECLARATION_NAME, utf8(v10 ? 'ocfl_object_1.0\n' : OBJECT_DECLARATION_BODY));
  const head = Number(reference.inventory.head.slice(1));
  for (let n = 1; n < head; n++) {
    const path = `v${n}/inventory.json`;
    for (const store of sources) {
      const read = await readInventoryAt(store, `${key}/${path}`, hasher).catch(() => undefined);
      if (!read?.sidecarOk || read.inventory?.head !== `v${n}` || !sameVersionState(read.inventory, reference.inventory, `v${n}`)) continue;
      put(path, read.bytes);
      put(`${path}.sha256`, await collect(await store.get(`${key}/${path}.sha256`), 4096));
      break;
    }
  }
  put(`v${head}/inventory.json`, reference.bytes);
  put(`v${head}/inventory.json.sha256`, sidecarBytes(reference.digest));
  return out;
}

/** Manifest paths the target does not hold at all (a copy being brought up to date). */
export async function absentContent(
  target: BlobStore,
  key: string,
  inventory: Inventory,
): Promise<Array<{ path: string; sha256: string }>> {
  const absent: Array<{ path: string; sha256: string }> = [];
  for (const [digest, paths] of Object.entries(inventory.manifest))
    for (const path of paths) if (!(await target.head(`${key}/${path}`))) absent.push({ path, sha256: digest.toLowerCase() });
  return absent;
}

async function storedDigest(store: BlobStore, key: string): Promise<string | undefined> {
  try {
    return (await store.digest(key)).sha256;
  } catch (error) {
    if (error instanceof BlobStoreError && error.kind === 'NOT_FOUND') return undefined;
    throw error;
  }
}

export interface CompleteCopyInput {
  hasher: Hasher;
  target: BlobStore;
  key: string;
  structure: Map<string, StructureFile>;
  /** Content to (re)write, each copied through staging and verified against its sha256. */
  content: Array<{ path: string; sha256: string; from: BlobStore }>;
  root: { bytes: Uint8Array; digest: string };
  stagingPrefix?: string;
}

/**
 * Bring one copy to the reference — the one place that does it, for the audit's repairs and for
 * replication: content first (invisible until referenced), then the declaration and each
 * version's inventory and sidecar where they differ, then the root inventory (the commit point)
 * and its sidecar. The storage root itself is the caller's `ensureStorageRoot`.
 */
export async function completeCopy(input: CompleteCopyInput): Promise<{ copied: number; written: number }> {
  const { hasher, target, key } = input;
  // Temp files of a writer killed earlier (its site was away when the journal was recovered):
  // hidden from list(), so the copy would validate here yet fail any validator reading the disk.
  // Every caller holds the object's lock, so no live write of ours can be among them.
  await target.sweep(`${key}/`);
  let copied = 0;
  for (const c of input.content) {
    await copyBlobVerified(c.from, `${key}/${c.path}`, target, `${key}/${c.path}`, c.sha256, hasher, input.stagingPrefix);
    copied += 1;
  }
  let written = 0;
  const order = [...input.structure.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const path of order) {
    const file = input.structure.get(path)!;
    if ((await storedDigest(target, `${key}/${path}`)) === file.sha256) continue;
    await putSmall(target, `${key}/${path}`, file.bytes, hasher);
    written += 1;
  }
  const root = await readInventoryAt(target, `${key}/inventory.json`, hasher).catch(() => undefined);
  if (root?.digest !== input.root.digest) {
    await putSmall(target, `${key}/inventory.json`, input.root.bytes, hasher);
    written += 1;
  }
  if (root?.digest !== input.root.digest || !root.sidecarOk) {
    await putSmall(target, `${key}/inventory.json.sha256`, sidecarBytes(input.root.digest), hasher);
    written += 1;
  }
  return { copied, written };
}

/** Declaration first, then versions in order, each inventory before its sidecar. */
function rank(path: string): number {
  const m = /^v(\d+)\/inventory\.json(\.sha256)?$/.exec(path);
  return m ? Number(m[1]) * 2 + (m[2] ? 1 : 0) : 0;
}

/**
 * The project's own validator on one copy and its storage root (the root's own files only, not
 * every object in it): the error codes, empty when valid. Content digests are not re-read here —
 * the audit has just re-hashed them. `listing`: the object's keys when the caller just listed them.
 */
export async function copyValidationErrors(
  store: BlobStore,
  key: string,
  hasher: Hasher,
  listing?: Iterable<string>,
  /** Storage-root results already found in this pass (an audit of many objects checks each root once). */
  rootsChecked?: Map<BlobStore, Promise<Awaited<ReturnType<typeof validateStorageRoot>>>>,
): Promise<string[]> {
  const object = await validateObject(new BlobOcflTree(store, key, listing), hasher, { digestContent: false });
  const checkRoot = async () => validateStorageRoot(new BlobOcflTree(store, STORAGE_ROOT, await storageRootListing(store)), hasher);
  let pending = rootsChecked?.get(store);
  if (!pending) {
    pending = checkRoot();
    rootsChecked?.set(store, pending);
  }
  const root = await pending;
  return [...root.map((f) => ({ ...f, path: f.path && `${STORAGE_ROOT}/${f.path}` })), ...object]
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code}${f.path ? ` ${f.path}` : ''}`);
}
