import {
  AIP,
  fromUtf8,
  parseSimpleDc,
  parseXml,
  readMets,
  readPremis,
  resolveMetsHref,
  stateOf,
  type MetsDiv,
  type MetsDocument,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { loadHeadState, type HeadState } from './head-state.js';
import { objectKey } from '../storage/site-ocfl.js';
import { readSmall } from '../storage/stage.js';
import type { VersionSource } from '../storage/version-source.js';
import { dataRelative, isDataPath } from './read-object.js';

/**
 * The head version's METS (root and rep1) as stored on a good copy, and a reader for its other
 * files. A caller that has just loaded the head state passes it (no second inventory read).
 */
export async function readHeadAip(ctx: Context, objectId: string, head: number, loaded?: HeadState) {
  const state = loaded?.version === head ? loaded : await loadHeadState(ctx, objectId, head);
  const files = stateOf(state.inventory, state.inventory.head);
  const store = ctx.sites.get(state.site)!.store;
  const key = objectKey(objectId, ctx.hasher);
  const read = (path: string) => readSmall(store, `${key}/${files.get(path)!.contentPath}`);
  const mets = async (path: string): Promise<MetsDocument | undefined> => {
    if (!files.has(path)) return undefined;
    const root = parseXml(fromUtf8(await read(path)), path).root;
    return root ? readMets(root, path).doc : undefined;
  };
  return { files, read, store, site: state.site, root: await mets(AIP.mets), rep: await mets(AIP.repMets) };
}

/** The fonds code an AIP's METS names (creator agent note IDENTIFICATIONCODE), if any. */
export function fondsOf(doc: MetsDocument | undefined): string | undefined {
  for (const a of doc?.header.agents ?? []) for (const n of a.notes) if (n.noteType === 'IDENTIFICATIONCODE') return n.text;
  return undefined;
}

type Format = { name: string; version?: string; puid?: string; mime: string };

/** What rep1's METS and PREMIS say of each data file: format, linked or not, its EAD_DOC, whose attachment it is. */
async function repIndex(aip: Awaited<ReturnType<typeof readHeadAip>>, options: { formatsOnlyIfAttachments?: boolean } = {}) {
  const eadOf = new Map<string, string>(); // data logical path → EAD_doc logical path
  const formats = new Map<string, Format>();
  const holey = new Set<string>();
  const attachmentOf = new Map<string, string>(); // attachment's logical path → its document's data path
  if (aip.rep) {
    const byId = new Map(
      (aip.rep.fileSec?.groups ?? []).flatMap((g) => g.files.map((f) => [f.id, { f, holey: g.use === 'Holeyfile' }] as const)),
    );
    const dmd = new Map(aip.rep.dmdSecs.map((d) => [d.id, resolveMetsHref(AIP.rep.slice(0, -1), d.ref.href)]));
    const pathOf = (id: string) => {
      const file = byId.get(id);
      return file && resolveMetsHref(AIP.rep.slice(0, -1), file.f.href);
    };
    const walk = (div: MetsDiv) => {
      for (const id of div.fptrs) {
        const file = byId.get(id);
        const data = pathOf(id);
        if (!file || !data) continue;
        formats.set(data, { name: file.f.mimeType, mime: file.f.mimeType });
        if (file.holey) holey.add(data);
        const ead = div.dmdIds?.map((d) => dmd.get(d)).find((p) => p !== undefined);
        if (ead && div.label !== 'AttachmentFile') eadOf.set(data, ead);
      }
      // TT05 AttachmentFile inside a document's link div: that document's attachments (original scans).
      if (div.label.startsWith('MetadataLink/')) {
        const owner = div.fptrs.map(pathOf).find((p) => p !== undefined);
        for (const child of div.divs)
          if (child.label === 'AttachmentFile' && owner)
            for (const id of child.fptrs) {
              const data = pathOf(id);
              if (data) attachmentOf.set(data, dataRelative(owner));
            }
      }
      div.divs.forEach(walk);
    };
    walk(aip.rep.structMap.root);
    // PREMIS gives the formats; a caller that wants only attachments skips it when there are none.
    const wanted = !options.formatsOnlyIfAttachments || attachmentOf.size > 0;
    if (wanted && aip.files.has(AIP.repPremis)) {
      const root = parseXml(fromUtf8(await aip.read(AIP.repPremis))).root;
      for (const o of (root && readPremis(root).doc?.objects) ?? [])
        if (o.location && o.format)
          formats.set(o.location, { ...o.format, mime: formats.get(o.location)?.mime ?? 'application/octet-stream' });
    }
  }
  return { eadOf, formats, holey, attachmentOf };
}

/**
 * The attachments (original scans) of the head's documents, as sources for the next version, with
 * the document each belongs to. Reads rep1's METS and PREMIS only, not every EAD_DOC.
 */
export async function readHeadAttachments(ctx: Context, objectId: string, head: number, loaded?: HeadState): Promise<VersionSource[]> {
  const aip = await readHeadAip(ctx, objectId, head, loaded);
  const { formats, attachmentOf } = await repIndex(aip, { formatsOnlyIfAttachments: true });
  if (attachmentOf.size === 0) return [];
  const sizes = new Map((await ctx.catalogue.listVersionFiles(objectId, head)).map((f) => [f.logicalPath, f.size]));
  return [...attachmentOf].flatMap(([path, owner]) => {
    const entry = aip.files.get(path);
    if (!entry) return [];
    return [
      {
        kind: 'stored' as const,
        relative: dataRelative(path),
        size: sizes.get(path) ?? 0,
        sha256: entry.digest,
        attachmentOf: owner,
        ...(formats.has(path) && { format: formats.get(path)! }),
      },
    ];
  });
}

/**
 * The documents an object's head version keeps, as sources for its next version (a SUPPLEMENT adds
 * to them): same digests (nothing copied), their EAD_doc fields and PREMIS formats carried over.
 */
export async function readHeadDocuments(ctx: Context, objectId: string, head: number): Promise<VersionSource[]> {
  const aip = await readHeadAip(ctx, objectId, head);
  const sizes = new Map((await ctx.catalogue.listVersionFiles(objectId, head)).map((f) => [f.logicalPath, f.size]));
  const { eadOf, formats, holey, attachmentOf } = await repIndex(aip);
  const out: VersionSource[] = [];
  for (const [path, entry] of aip.files) {
    if (!isDataPath(path)) continue;
    const relative = dataRelative(path);
    const eadPath = eadOf.get(path);
    let description: VersionSource['description'];
    if (eadPath && aip.files.has(eadPath)) {
      const root = parseXml(fromUtf8(await aip.read(eadPath))).root;
      const eadName = eadPath.slice(eadPath.lastIndexOf('/') + 1);
      // A photograph's or a recording's description keeps its own kind into the next version.
      const kind = eadName.startsWith('EAD_PIC_') ? 'pic' : eadName.startsWith('EAD_MEDIA_') ? 'media' : 'doc';
      if (root)
        description = {
          eadName,
          fields: parseSimpleDc(root, { kind: kind === 'doc' ? 'aip-doc' : kind }).fields,
          ...(kind !== 'doc' && { kind }),
        };
    }
    out.push({
      kind: 'stored',
      relative,
      size: sizes.get(path) ?? 0,
      sha256: entry.digest,
      ...(formats.has(path) && { format: formats.get(path)! }),
      ...(description && { description }),
      ...(holey.has(path) && { holey: true }),
      ...(attachmentOf.has(path) && { attachmentOf: attachmentOf.get(path)! }),
    });
  }
  return out;
}
