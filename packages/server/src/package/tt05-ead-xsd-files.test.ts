// The committed TT05 description XSDs are generated from the core catalogue: this fails as soon as
// they drift. Regenerate with `npm run build && node packages/server/scripts/generate-tt05-xsd.mjs`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_KINDS, TT05_CATALOGUE, TT05_FINDING_CODES, tt05SchemaFiles } from '@duphong/core';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, 'schemas', 'tt05');
const DOC = join(HERE, '..', '..', '..', '..', 'docs', 'tt05-descriptions.md');

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

describe('docs/tt05-descriptions.md', () => {
  const doc = readFileSync(DOC, 'utf8');
  it('lists every field of every kind with its label, and every finding code', () => {
    for (const kind of DESCRIPTION_KINDS) {
      for (const f of TT05_CATALOGUE[kind].fields) expect(doc, `${kind}.${f.name}`).toContain(`| \`${f.name}\` | ${f.label} |`);
    }
    for (const c of TT05_FINDING_CODES) expect(doc).toContain(`\`${c.code}\``);
  });
});
