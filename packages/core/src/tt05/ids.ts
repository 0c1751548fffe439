/**
 * TT05 identifiers: the package OBJID (SIP `uuid-{UUID}`, AIP `urn:uuid:{UUID}` or
 * `urn:{fonds}:uuid-{UUID}`), `uuid-{UUID}` for every other ID and `ID-{UUID}` for `<file>`;
 * UUIDs upper-case as in the official sample.
 */
export function upperUuid(): string {
  return crypto.randomUUID().toUpperCase();
}

export const tt05Id = (): string => `uuid-${upperUuid()}`;
export const tt05FileId = (): string => `ID-${upperUuid()}`;
export const newAipObjid = (): string => `urn:uuid:${upperUuid()}`;

/** AIP folder name: the OBJID with every ":" replaced by "_". */
export function packageFolderName(objid: string): string {
  return objid.replaceAll(':', '_');
}

const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
export const SIP_OBJID = new RegExp(`^uuid-${UUID}$`);
export const AIP_OBJID = new RegExp(`^urn:(uuid:${UUID}|[^:\\s]+:uuid-${UUID})$`);
