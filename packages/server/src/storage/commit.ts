import type { BlobStore, Inventory } from '@duphong/core';
import { serializeInventory, OBJECT_DECLARATION_NAME, OBJECT_DECLARATION_BODY, utf8 } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { faultPoint } from './fault-point.js';
import { putSmall, sidecarBytes } from './site-ocfl.js';

// Each batch costs two filesystem flushes; big batches keep a 5,000-file ingest to a few.
const COMMIT_BATCH = 1000;

export interface ContentWrite {
  digest: string;
  contentPath: string;
}

/**
 * Make a staged version visible on one site: content first (invisible until referenced), then the
 * version inventory, then the root inventory — the atomic commit point — then its sidecar.
 */
export async function commitVersionOnSite(
  ctx: Context,
  store: BlobStore,
  objectKey: string,
  inventory: Inventory,
  contentToWrite: ContentWrite[],
  stagedByDigest: Map<string, string>,
  isNew: boolean,
): Promise<void> {
  const moves = contentToWrite.map((c) => {
    const staged = stagedByDigest.get(c.digest);
    if (!staged) throw new Error(`no staged blob for ${c.digest}`);
    return { from: staged, to: `${objectKey}/${c.contentPath}` };
  });
  // Content first: durable and in place, but invisible until the root inventory names it.
  for (let i = 0; i < moves.length; i += COMMIT_BATCH) {
    await store.commitMany(moves.slice(i, i + COMMIT_BATCH));
    faultPoint('ingest:commit-content');
  }
  await writeInventories(ctx, store, objectKey, inventory, isNew);
}

function encode(ctx: Context, inventory: Inventory): { bytes: Uint8Array; digest: string } {
  const bytes = serializeInventory(inventory);
  const h = ctx.hasher.create('sha256');
  h.update(bytes);
  return { bytes, digest: h.digest() };
}

/** The copy of an inventory kept in its version folder (OCFL: identical to the root one at that time). */
export async function writeVersionInventory(ctx: Context, store: BlobStore, objectKey: string, inventory: Inventory): Promise<void> {
  const { bytes, digest } = encode(ctx, inventory);
  await putSmall(store, `${objectKey}/${inventory.head}/inventory.json`, bytes, ctx.hasher);
  await putSmall(store, `${objectKey}/${inventory.head}/inventory.json.sha256`, sidecarBytes(digest), ctx.hasher);
}

export async function writeInventories(
  ctx: Context,
  store: BlobStore,
  objectKey: string,
  inventory: Inventory,
  isNew: boolean,
): Promise<void> {
  const { bytes, digest } = encode(ctx, inventory);
  await writeInventoryBytes(ctx, store, objectKey, inventory.head, bytes, digest, isNew);
}

/** Byte-exact inventory writes, so every site holds the same inventory digest (the audit votes on it). */
export async function writeInventoryBytes(
  ctx: Context,
  store: BlobStore,
  objectKey: string,
  head: string,
  bytes: Uint8Array,
  digest: string,
  isNew: boolean,
): Promise<void> {
  await putSmall(store, `${objectKey}/${head}/inventory.json`, bytes, ctx.hasher);
  await putSmall(store, `${objectKey}/${head}/inventory.json.sha256`, sidecarBytes(digest), ctx.hasher);
  faultPoint('ingest:after-version-inventory');
  if (isNew) await putSmall(store, `${objectKey}/${OBJECT_DECLARATION_NAME}`, utf8(OBJECT_DECLARATION_BODY), ctx.hasher);
  await putSmall(store, `${objectKey}/inventory.json`, bytes, ctx.hasher);
  faultPoint('ingest:after-root-inventory');
  await putSmall(store, `${objectKey}/inventory.json.sha256`, sidecarBytes(digest), ctx.hasher);
}
