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
const schemaList = (eadDir: string): ReadonlyArray<readonly [string, string]> => [
  ['mets1_12.xsd', 'mets.xsd'],
  ['xlink.xsd', 'xlink.xsd'],
  ['DILCISExtensionMETS.xsd', 'DILCISExtensionMETS.xsd'],
  ['DILCISExtensionSIPMETS.xsd', 'DILCISExtensionSIPMETS.xsd'],
  ['premis-v3-0.xsd', 'premis-v3-0.xsd'],
  ['ead.xsd', `tt05/${eadDir}/ead.xsd`],
  ['ead_doc.xsd', `tt05/${eadDir}/ead_doc.xsd`],
  ['ead_pic.xsd', `tt05/${eadDir}/ead_pic.xsd`],
  ['ead_media.xsd', `tt05/${eadDir}/ead_media.xsd`],
];

/** Which EAD schemas go with the package: AIP_hoso or AIP_tailieu (their EAD.xml differ). */
export type SchemaSet = 'aip' | 'aip-tailieu';

const cached = new Map<SchemaSet, Promise<SchemaFile[]>>();

/** The schema files, read once per process. A missing one is an installation fault (exit 1), never skipped. */
export function aipSchemaFiles(set: SchemaSet = 'aip'): Promise<SchemaFile[]> {
  let files = cached.get(set);
  if (!files) {
    files = load(set).catch((error: unknown) => {
      cached.delete(set);
      throw error;
    });
    cached.set(set, files);
  }
  return files;
}

async function load(set: SchemaSet): Promise<SchemaFile[]> {
  const mets = bundledMetsSchema();
  if (mets === undefined) throw new Error('Không tìm thấy thư mục lược đồ XSD đi kèm (packages/server/src/package/schemas).');
  const dir = dirname(mets);
  return Promise.all(
    schemaList(set).map(async ([name, source]) => {
      const bytes = new Uint8Array(await readFile(join(dir, source)));
      return { name, bytes, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
}
