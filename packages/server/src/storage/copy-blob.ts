import { randomUUID } from 'node:crypto';
import type { BlobStore, Hasher } from '@duphong/core';
import { STAGING } from './site-ocfl.js';
import { digestStored } from './stage.js';

/**
 * Copy one blob between sites through the target's staging area: the target verifies the sha256
 * while writing, we read it back once more, and only then commit it to its final key.
 */
export async function copyBlobVerified(
  from: BlobStore,
  fromKey: string,
  to: BlobStore,
  toKey: string,
  sha256: string,
  hasher: Hasher,
  stagingPrefix = `${STAGING}/${randomUUID()}/`,
): Promise<{ size: number }> {
  const staging = `${stagingPrefix}${randomUUID()}`;
  try {
    const { size } = await to.put(staging, await from.get(fromKey), { sha256 });
    const seen = await digestStored(to, staging);
    if (seen.sha256 !== sha256) throw new Error(`đọc lại ${toKey} không khớp SHA-256`);
    await to.commit(staging, toKey);
    return { size };
  } catch (error) {
    await to.delete(staging).catch(() => undefined);
    throw error;
  }
}
