// The committed TT05 description XSDs are generated from the core catalogue: this fails as soon as
// they drift. Regenerate with `npm run build && node packages/server/scripts/generate-tt05-xsd.mjs`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tt05SchemaFiles } from '@duphong/core';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'schemas', 'tt05');

describe('committed TT05 description XSDs', () => {
  it('equal the ones generated from the catalogue', () => {
    for (const file of tt05SchemaFiles()) {
      expect(readFileSync(join(DIR, file.path), 'utf8'), `${file.path}: run packages/server/scripts/generate-tt05-xsd.mjs`).toBe(file.text);
    }
  });
  it('are exactly the generated set (no stale file left behind)', () => {
    const committed = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.xsd'))
      .map((p) => p.split('\\').join('/'))
      .sort();
    expect(committed).toEqual(
      tt05SchemaFiles()
        .map((f) => f.path)
        .sort(),
    );
  });
});
