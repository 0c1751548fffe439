// The web UI's API types, generated from the server's OpenAPI document (never written by hand).
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '@duphong/server/dist/http/openapi-document.js';

export const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

const HEADER = `/*
 * GENERATED from the server's OpenAPI document by \`npm run gen:api -w @duphong/web\` — do not edit.
 * A test (packages/web/src/api/schema-current.int.test.ts) fails when this file is out of date.
 */
`;

/** The text schema.d.ts must hold for the server as it is built now. */
export async function apiTypesText() {
  const doc = await openApiDocument();
  return HEADER + astToString(await openapiTS(doc, { alphabetize: true }));
}
