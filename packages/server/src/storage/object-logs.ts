import { randomUUID } from 'node:crypto';
import type { BlobStore, Hasher, PremisEvent } from '@duphong/core';
import { collect } from '@duphong/core';
import { LOG_EVENTS_DIR, decodeJson, encodeJson, isEventList } from './object-metadata.js';
import { putSmall } from './site-ocfl.js';

/**
 * Events after a version exists (copy verified, fixity checks, repairs) are written to the object's
 * OCFL `logs/` on the site they concern — one small file per batch, never rewritten — so a
 * catalogue rebuilt from storage still has the preservation history.
 */
export async function appendLogEvents(store: BlobStore, objectKey: string, events: PremisEvent[], hasher: Hasher): Promise<void> {
  if (events.length === 0) return;
  const stamp = events[0]!.dateTime.replace(/[:.+]/g, '-');
  await putSmall(store, `${objectKey}/${LOG_EVENTS_DIR}/${stamp}-${randomUUID()}.json`, encodeJson(events), hasher);
}

export async function readLogEvents(store: BlobStore, objectKey: string): Promise<PremisEvent[]> {
  const events: PremisEvent[] = [];
  for await (const blob of store.list(`${objectKey}/${LOG_EVENTS_DIR}/`)) {
    try {
      const parsed = decodeJson<unknown>(await collect(await store.get(blob.key), 16 * 1024 * 1024));
      if (isEventList(parsed)) events.push(...parsed);
    } catch {
      // a damaged log file loses its events only; the audit reports damaged objects separately
    }
  }
  return events;
}
