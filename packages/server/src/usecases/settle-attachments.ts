import { AIP, type FormatIdentification } from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { HeadState } from '../aip/head-state.js';
import { readHeadAttachments } from '../aip/head-documents.js';
import type { StagedBlob } from '../storage/stage.js';
import type { VersionSource } from '../storage/version-source.js';

/*
 * Attachments (original scans kept beside a PDF/A, TT05 AttachmentFile) follow their document into
 * the next version only while the document is the same bytes: a folder or SIP ingest that carries
 * a document unchanged keeps its scans without knowing of them; a document replaced by other bytes
 * (a SUPPLEMENT, a rescan) loses the scans of the old one. Attachments the caller brings as new
 * files (a digitisation batch) are always its own. Run once the sources are staged, when each
 * document's new SHA-256 is known.
 */
export async function settleAttachments(
  ctx: Context,
  objectId: string,
  head: HeadState | undefined,
  sources: VersionSource[],
  staged: StagedBlob[],
  identified: Map<number, FormatIdentification>,
): Promise<{ sources: VersionSource[]; staged: StagedBlob[]; identified: Map<number, FormatIdentification> }> {
  if (!head) return { sources, staged, identified };
  const shaOf = new Map(sources.map((s, i) => [s.relative, staged[i]!.sha256.toLowerCase()]));
  const unchanged = (owner: string) => {
    const before = head.dataState.get(`${AIP.repData}${owner}`);
    return before !== undefined && before.toLowerCase() === shaOf.get(owner);
  };
  const kept = sources.flatMap((s, i) => (s.attachmentOf === undefined || s.kind !== 'stored' || unchanged(s.attachmentOf) ? [i] : []));
  let carried: VersionSource[] = [];
  try {
    const present = new Set(kept.map((i) => sources[i]!.relative));
    carried = (await readHeadAttachments(ctx, objectId, head.version, head)).filter(
      (a) => !present.has(a.relative) && a.attachmentOf !== undefined && shaOf.has(a.attachmentOf) && unchanged(a.attachmentOf),
    );
  } catch (error) {
    // The head was read from a good copy a moment ago; failing now only loses the carry, not data.
    ctx.log.warn('attachments of the head version not read; not carried', { objectId, error: String(error) });
  }
  return {
    sources: [...kept.map((i) => sources[i]!), ...carried],
    staged: [
      ...kept.map((i) => staged[i]!),
      ...carried.map((c) => ({ key: '', sha256: c.kind === 'stored' ? c.sha256 : '', size: c.size })),
    ],
    identified: new Map(kept.flatMap((old, i) => (identified.has(old) ? [[i, identified.get(old)!] as const] : []))),
  };
}
