import { randomUUID } from 'node:crypto';
import type { PremisEvent } from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { FileFormat } from '../aip/object-aip.js';
import type { StageTarget, StagedBlob } from '../storage/stage.js';
import { SOFTWARE } from '../storage/object-metadata.js';
import { cleanupStaging } from '../storage/version-staging.js';
import type { IngestResult } from './version-request.js';

export function event(
  objectId: string,
  type: string,
  dateTime: string,
  detail: string,
  site: string | null = null,
  outcome: PremisEvent['outcome'] = 'success',
): PremisEvent {
  return { id: randomUUID(), objectId, site, type, dateTime, outcome, detail, agent: SOFTWARE };
}

export function formatSummary(formats: FileFormat[]): string {
  const counts = new Map<string, number>();
  for (const f of formats) {
    const key = f.puid ? `${f.name} (${f.puid})` : f.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `Nhận dạng định dạng theo chữ ký tệp: ${[...counts].map(([k, c]) => `${c} × ${k}`).join('; ')}`;
}

export function sameData(a: Map<string, string>, b: Map<string, StagedBlob>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, blob] of b) if (a.get(path) !== blob.sha256) return false;
  return true;
}

/** Nothing changed: drop the staging and report the version already kept. */
export async function unchanged(
  ctx: Context,
  jid: string,
  stagingPrefix: string,
  targets: StageTarget[],
  objectId: string,
  fileCode: string,
  version: number,
  files: number,
  bytes: number,
  shortfalls: string[],
): Promise<IngestResult> {
  await cleanupStaging(targets, stagingPrefix);
  ctx.journal.clear(jid);
  const copies = await ctx.catalogue.listCopies(objectId);
  return {
    object: objectId,
    fileCode,
    version,
    unchanged: true,
    files,
    bytes,
    copies: copies.map((c) => ({ site: c.site, status: c.status })),
    policy: { met: shortfalls.length === 0, shortfalls },
  };
}
