import { AIP, fromPremisEventRecord, fromUtf8, parseSimpleDc, parseXml, readMets, readPremis, type PremisEvent } from '@duphong/core';
import {
  LEGACY_DATA_PREFIX,
  OBJECT_EVENTS_PATH,
  OBJECT_METADATA_PATH,
  decodeJson,
  isEventList,
  type ObjectMetadata,
} from '../storage/object-metadata.js';

/** What a stored version says about itself: enough to rebuild the catalogue from storage alone. */
export interface ObjectDescription {
  /** `aip`: a TT05 AIP (METS/EAD/PREMIS); `legacy`: the first layout (data/ + metadata/duphong/*.json). */
  layout: 'aip' | 'legacy';
  objectId?: string;
  fileCode?: string;
  title?: string;
  /** The AIP's EAD.xml fields (AIP_hoso / AIP_tailieu) and the fonds its METS names. */
  fields?: Record<string, string>;
  fondsCode?: string;
  events: PremisEvent[];
}

/** A content file's path under its data folder, in either layout. */
export function dataRelative(logicalPath: string): string {
  return logicalPath.startsWith(AIP.repData) ? logicalPath.slice(AIP.repData.length) : logicalPath.slice(LEGACY_DATA_PREFIX.length);
}

/** Content files (documents, scans) in either layout. */
export function isDataPath(logicalPath: string): boolean {
  return logicalPath.startsWith(AIP.repData) || logicalPath.startsWith(LEGACY_DATA_PREFIX);
}

/**
 * Read the description of a version from its own files; `read` fetches one logical path's bytes
 * (verified by the caller's store). A damaged METS/PREMIS yields what could be read, never a throw.
 */
export async function readObjectDescription(
  paths: ReadonlySet<string>,
  read: (logicalPath: string) => Promise<Uint8Array>,
  fallbackObjectId: string,
): Promise<ObjectDescription> {
  if (paths.has(AIP.mets)) {
    const metsRoot = parseXml(fromUtf8(await read(AIP.mets)), AIP.mets).root;
    const doc = metsRoot ? readMets(metsRoot, AIP.mets).doc : undefined;
    let events: PremisEvent[] = [];
    if (paths.has(AIP.premis)) {
      const root = parseXml(fromUtf8(await read(AIP.premis)), AIP.premis).root;
      const premis = root ? readPremis(root).doc : undefined;
      events = (premis?.events ?? []).map((e) => fromPremisEventRecord(e, doc?.objid ?? fallbackObjectId));
    }
    let fields: Record<string, string> | undefined;
    if (paths.has(AIP.ead)) {
      const root = parseXml(fromUtf8(await read(AIP.ead)), AIP.ead).root;
      if (root) fields = parseSimpleDc(root).fields;
    }
    const fondsCode = doc?.header.agents.flatMap((a) => a.notes).find((n) => n.noteType === 'IDENTIFICATIONCODE')?.text;
    return {
      layout: 'aip',
      objectId: doc?.objid,
      fileCode: doc?.header.altRecordIds.find((r) => r.type === 'SUBMISSIONAGREEMENT')?.value,
      title: doc?.label,
      ...(fields && { fields }),
      ...(fondsCode && { fondsCode }),
      events,
    };
  }
  const description: ObjectDescription = { layout: 'legacy', events: [] };
  if (paths.has(OBJECT_METADATA_PATH)) {
    const meta = decodeJson<ObjectMetadata>(await read(OBJECT_METADATA_PATH));
    Object.assign(description, { objectId: meta.objectId, fileCode: meta.fileCode, title: meta.title });
  }
  if (paths.has(OBJECT_EVENTS_PATH)) {
    const parsed = decodeJson<unknown>(await read(OBJECT_EVENTS_PATH));
    if (isEventList(parsed)) description.events = parsed;
  }
  return description;
}
