#!/usr/bin/env node
// Writes the TT05 description XSDs (src/package/schemas/tt05/{sip,aip,sip-tailieu,aip-tailieu}/ead*.xsd)
// from the catalogue in @duphong/core. Run after `npm run build` whenever the catalogue changes:
//   node packages/server/scripts/generate-tt05-xsd.mjs
// src/package/tt05-ead-xsd-files.test.ts fails while the committed files differ from the catalogue.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tt05SchemaFiles } from '@duphong/core';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'package', 'schemas', 'tt05');
for (const file of tt05SchemaFiles()) {
  const path = join(target, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  console.log(`${file.path}  (${file.kind})`);
}
