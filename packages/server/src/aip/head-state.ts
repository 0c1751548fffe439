import type { Inventory, PremisEvent } from '@duphong/core';
import { stateOf } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { unavailableError } from '../errors.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { readSmall } from '../storage/stage.js';
import { isDataPath, readObjectDescription } from './read-object.js';

export interface HeadState {
  version: number;
  inventory: Inventory;
  /** Content (documents, scans) logical path → sha256. */
  dataState: Map<string, string>;
  events: PremisEvent[];
  site: string;
}

/** The head version as stored, read from a site whose copy is ok; the inventory's sidecar is checked. */
export async function loadHeadState(ctx: Context, objectId: string, head: number): Promise<HeadState> {
  const copies = (await ctx.catalogue.listCopies(objectId)).filter((c) => c.status === 'ok' && c.version === head);
  const key = objectKey(objectId, ctx.hasher);
  for (const copy of copies) {
    const site = ctx.sites.get(copy.site);
    if (!site) continue;
    try {
      const read = await readInventoryAt(site.store, `${key}/inventory.json`, ctx.hasher);
      if (!read?.sidecarOk || !read.inventory || read.inventory.head !== `v${head}`) continue;
      const state = stateOf(read.inventory, read.inventory.head);
      const dataState = new Map<string, string>();
      for (const [path, entry] of state) if (isDataPath(path)) dataState.set(path, entry.digest);
      const { events } = await readObjectDescription(
        new Set(state.keys()),
        (path) => readSmall(site.store, `${key}/${state.get(path)!.contentPath}`),
        objectId,
      );
      return { version: head, inventory: read.inventory, dataState, events, site: copy.site };
    } catch (error) {
      ctx.log.warn('cannot read head state from site', { site: copy.site, error: String(error) });
    }
  }
  throw unavailableError(
    'DP-NO-GOOD-COPY',
    'Không đọc được phiên bản hiện tại từ bản sao tốt nào (site ngoại tuyến?); hãy thử lại sau.',
    'No good copy of the head version is readable; retry later.',
  );
}
