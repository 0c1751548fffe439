import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { bundledMetsSchema } from '../package/xsd.js';

/** A schema every TT05 AIP carries in `schemas/` (TT05-PACKAGES.md: lower-case names, all four ead*.xsd). */
export interface SchemaFile {
  name: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

/** Name in the package → bundled file (under packages/server/src/package/schemas/). */
const AIP_SCHEMAS: ReadonlyArray<readonly [string, string]> = [
  ['mets1_12.xsd', 'mets.xsd'],
  ['xlink.xsd', 'xlink.xsd'],
  ['DILCISExtensionMETS.xsd', 'DILCISExtensionMETS.xsd'],
  ['DILCISExtensionSIPMETS.xsd', 'DILCISExtensionSIPMETS.xsd'],
  ['premis-v3-0.xsd', 'premis-v3-0.xsd'],
  ['ead.xsd', 'tt05/aip/ead.xsd'],
  ['ead_doc.xsd', 'tt05/aip/ead_doc.xsd'],
  ['ead_pic.xsd', 'tt05/aip/ead_pic.xsd'],
  ['ead_media.xsd', 'tt05/aip/ead_media.xsd'],
];

let cached: Promise<SchemaFile[]> | undefined;

/** The schema files, read once per process. A missing one is an installation fault (exit 1), never skipped. */
export function aipSchemaFiles(): Promise<SchemaFile[]> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(): Promise<SchemaFile[]> {
  const mets = bundledMetsSchema();
  if (mets === undefined) throw new Error('Không tìm thấy thư mục lược đồ XSD đi kèm (packages/server/src/package/schemas).');
  const dir = dirname(mets);
  return Promise.all(
    AIP_SCHEMAS.map(async ([name, source]) => {
      const bytes = new Uint8Array(await readFile(join(dir, source)));
      return { name, bytes, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
}
