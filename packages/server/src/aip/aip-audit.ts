import {
  AIP,
  checkAipAgainstState,
  fromUtf8,
  parseXml,
  readMets,
  stateOf,
  type BlobStore,
  type Finding,
  type Inventory,
} from '@duphong/core';
import { readSmall } from '../storage/stage.js';

/**
 * The audit reads the AIP's own metadata: on a copy whose bytes verified, the head version's METS
 * (root and rep1) must still describe exactly the files the inventory holds.
 */
export async function auditAipMetadata(store: BlobStore, key: string, inventory: Inventory): Promise<Finding[]> {
  const state = stateOf(inventory, inventory.head);
  if (!state.has(AIP.mets)) return []; // the first layout carries no METS; `duphong aip upgrade` converts it
  const mets = async (path: string) => {
    const entry = state.get(path);
    if (!entry) return undefined;
    const root = parseXml(fromUtf8(await readSmall(store, `${key}/${entry.contentPath}`)), path).root;
    return root ? readMets(root, path).doc : undefined;
  };
  const digests = new Map([...state].map(([path, e]) => [path, e.digest.toLowerCase()]));
  return checkAipAgainstState(await mets(AIP.mets), await mets(AIP.repMets), digests);
}
