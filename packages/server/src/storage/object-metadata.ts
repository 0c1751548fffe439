import type { PremisEvent } from '@duphong/core';

/**
 * What an object carries about itself so the catalogue can be rebuilt from storage alone
 * (`metadata/duphong/object.json` and `events.json` in every version's content).
 */
export const OBJECT_METADATA_PATH = 'metadata/duphong/object.json';
export const OBJECT_EVENTS_PATH = 'metadata/duphong/events.json';
/** The first layout's content folder (the AIP layout keeps documents under representations/rep1/data/). */
export const LEGACY_DATA_PREFIX = 'data/';
/** Events that happen after a version is written (fixity checks, repairs) go to the object's OCFL logs/. */
export const LOG_EVENTS_DIR = 'logs/events';

export interface ObjectMetadata {
  schema: 'duphong-object/1';
  objectId: string;
  fileCode: string;
  title: string;
  version: number;
  created: string;
  software: string;
  files: Array<{ path: string; size: number; sha256: string; originalName?: string }>;
}

export const SOFTWARE_NAME = 'DuPhong';
export const SOFTWARE_VERSION = '0.1.0';
export const SOFTWARE = `${SOFTWARE_NAME} ${SOFTWARE_VERSION}`;

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

export function isEventList(value: unknown): value is PremisEvent[] {
  return Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && 'type' in e && 'dateTime' in e);
}
