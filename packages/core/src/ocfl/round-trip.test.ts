// Build-then-extract round trip over the official content fixtures (conformance README §1, step 6):
// each `content/<set>/v1..vN` becomes an OCFL object through the writer, validates without errors, and
// every version reads back equal to its source tree.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/bytes.js';
import type { Inventory } from './inventory.js';
import { MemoryOcflTree } from './memory-tree.js';
import { stateOf } from './reader.js';
import { validateObject } from './validate-object.js';
import { OBJECT_DECLARATION_BODY, OBJECT_DECLARATION_NAME, planNewVersion, serializeInventory } from './writer.js';
import { utf8 } from '../ports/bytes.js';

const CONTENT = '/work/shared/conformance/ocfl-fixtures/1.1/content';
const hasher: Hasher = {
  create: (alg) => {
    const h = createHash(alg === 'blake2b-512' ? 'blake2b512' : alg);
    return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
  },
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Files of a source version folder: relative path → bytes (`.keep` git placeholders ignored). */
function readSource(dir: string, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir)) {
    if (name === '.keep') continue;
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) for (const [p, b] of readSource(full, rel)) out.set(p, b);
    else out.set(rel, new Uint8Array(readFileSync(full)));
  }
  return out;
}

function writeInventory(tree: MemoryOcflTree, dir: string, inv: Inventory): void {
  const bytes = serializeInventory(inv);
  const sidecar = utf8(`${sha256(bytes)}  inventory.json\n`);
  for (const base of ['', dir]) {
    tree.writeFile(base ? `${base}/inventory.json` : 'inventory.json', bytes);
    tree.writeFile(base ? `${base}/inventory.json.sha256` : 'inventory.json.sha256', sidecar);
  }
}

const sets = readdirSync(CONTENT).filter((name) => statSync(join(CONTENT, name)).isDirectory());

describe('OCFL round trip over content fixtures', () => {
  it('has content sets to build', () => expect(sets.length).toBeGreaterThanOrEqual(7));

  it.each(sets)('%s', async (set) => {
    const versions = readdirSync(join(CONTENT, set))
      .filter((v) => /^v\d+$/.test(v))
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    const tree = new MemoryOcflTree(hasher);
    tree.writeFile(OBJECT_DECLARATION_NAME, utf8(OBJECT_DECLARATION_BODY));
    const sources: Array<Map<string, Uint8Array>> = [];
    let inventory: Inventory | undefined;
    for (const [i, version] of versions.entries()) {
      const files = readSource(join(CONTENT, set, version));
      sources.push(files);
      const state = new Map([...files].map(([p, b]) => [p, { digest: sha256(b), size: b.byteLength }]));
      const plan = planNewVersion({
        previous: inventory,
        id: `urn:duphong:test:${set}`,
        state,
        created: `2025-01-0${(i % 9) + 1}T00:00:00Z`,
        message: `Phiên bản ${version}`,
        user: { name: 'Kiểm thử', address: 'mailto:test@example.vn' },
      });
      expect(plan.versionName).toBe(`v${i + 1}`);
      for (const write of plan.contentToWrite) {
        const bytes = files.get(write.logicalPaths[0] ?? '');
        expect(bytes && sha256(bytes)).toBe(write.digest);
        tree.writeFile(write.contentPath, bytes!);
      }
      if (plan.contentToWrite.length === 0) tree.addDir(plan.versionName);
      writeInventory(tree, plan.versionName, plan.inventory);
      inventory = plan.inventory;
    }
    const findings = await validateObject(tree, hasher);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect([...new Set(findings.map((f) => f.code))]).toEqual(['W004']); // sha256 by design (TT05), once per inventory

    for (const [i, source] of sources.entries()) {
      const state = stateOf(inventory!, `v${i + 1}`);
      expect([...state.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [logical, entry] of state) expect(await tree.readFile(entry.contentPath)).toEqual(source.get(logical));
    }
  });
});
