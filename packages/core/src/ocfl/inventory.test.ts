import { describe, expect, it } from 'vitest';
import { utf8 } from '../ports/bytes.js';
import { parseInventory } from './inventory.js';

const D1 = 'a'.repeat(64);
const D2 = 'b'.repeat(64);

function inventory(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'urn:duphong:ho-so:1',
    type: 'https://ocfl.io/1.1/spec/#inventory',
    digestAlgorithm: 'sha256',
    head: 'v1',
    manifest: { [D1]: ['v1/content/a.txt'] },
    versions: {
      v1: {
        created: '2025-01-02T03:04:05+07:00',
        message: 'm',
        user: { name: 'An', address: 'mailto:an@example.vn' },
        state: { [D1]: ['a.txt'] },
      },
    },
    ...overrides,
  };
}

const codes = (json: unknown) =>
  parseInventory(utf8(typeof json === 'string' ? json : JSON.stringify(json)), { specVersion: '1.1' }).findings.map((f) => f.code);

describe('parseInventory', () => {
  it('accepts a sound sha256 inventory with only the sha512 advice (W004)', () => {
    const parsed = parseInventory(utf8(JSON.stringify(inventory())), { specVersion: '1.1' });
    expect(parsed.findings.map((f) => f.code)).toEqual(['W004']);
    expect(parsed.versionNames).toEqual(['v1']);
    expect(parsed.inventory?.versions.v1?.state).toEqual({ [D1]: ['a.txt'] });
  });

  it('reports bad JSON and missing keys', () => {
    expect(codes('{')).toEqual(['E033']);
    expect(codes(inventory({ id: undefined, head: undefined }))).toEqual(expect.arrayContaining(['E036']));
    expect(codes(inventory({ manifest: undefined }))).toContain('E041');
    expect(codes(inventory({ versions: {} }))).toContain('E008');
    expect(codes(inventory({ extra: 1 }))).toContain('E102');
  });

  it('checks type, algorithm, id and content directory', () => {
    expect(codes(inventory({ type: 'https://ocfl.io/1.0/spec/#inventory' }))).toContain('E038');
    expect(codes(inventory({ digestAlgorithm: 'md5' }))).toContain('E025');
    expect(codes(inventory({ id: 'not a uri' }))).toContain('W005');
    expect(codes(inventory({ contentDirectory: 'a/b' }))).toContain('E017');
    expect(codes(inventory({ contentDirectory: '..' }))).toContain('E018');
  });

  it('checks version numbering, padding and head', () => {
    const v = (names: string[]) =>
      Object.fromEntries(
        names.map((n) => [
          n,
          { created: '2025-01-01T00:00:00Z', message: 'm', user: { name: 'x', address: 'mailto:x@y' }, state: { [D1]: ['a.txt'] } },
        ]),
      );
    expect(codes(inventory({ versions: v(['v2']), head: 'v2' }))).toContain('E009');
    expect(codes(inventory({ versions: v(['v1', 'v3']), head: 'v3' }))).toContain('E010');
    expect(codes(inventory({ versions: v(['v01', 'v02']), head: 'v02', manifest: { [D1]: ['v01/content/a.txt'] } }))).toEqual([
      'W004',
      'W001',
    ]);
    expect(codes(inventory({ versions: v(['v1', 'v2']), head: 'v1' }))).toContain('E040');
  });

  it('checks manifest and state digests and paths', () => {
    expect(codes(inventory({ manifest: { [D1]: ['v1/content/a.txt'], [D1.toUpperCase()]: ['v1/content/b.txt'] } }))).toContain('E096');
    expect(codes(inventory({ manifest: { [D1]: ['/v1/content/a.txt'] } }))).toContain('E100');
    expect(codes(inventory({ manifest: { [D1]: ['v1/content/../a.txt'] } }))).toContain('E099');
    expect(codes(inventory({ manifest: { [D1]: ['v1/other/a.txt'] } }))).toContain('E042');
    expect(codes(inventory({ manifest: { [D1]: ['v1/content/a', 'v1/content/a/b'] } }))).toContain('E101');
    expect(codes(inventory({ manifest: { [D1]: ['v1/content/a.txt'], [D2]: ['v1/content/b.txt'] } }))).toContain('E107');
    const state = (s: unknown) =>
      inventory({
        versions: { v1: { created: '2025-01-01T00:00:00Z', message: 'm', user: { name: 'x', address: 'mailto:x@y' }, state: s } },
      });
    expect(codes(state({ [D2]: ['a.txt'] }))).toContain('E050');
    expect(codes(state({ [D1]: ['a', 'a/b'] }))).toContain('E095');
    expect(codes(state({ [D1]: ['/a'] }))).toContain('E053');
    expect(codes(state({ [D1]: ['a//b'] }))).toContain('E052');
  });

  it('checks version metadata', () => {
    const version = (v: Record<string, unknown>) =>
      inventory({ versions: { v1: { created: '2025-01-01T00:00:00Z', state: { [D1]: ['a.txt'] }, ...v } } });
    expect(codes(version({ created: '2025-01-01' }))).toContain('E049');
    expect(codes(version({ message: 3, user: { name: 'x', address: 'mailto:x@y' } }))).toContain('E094');
    expect(codes(version({ message: 'm', user: { address: 'mailto:x@y' } }))).toContain('E054');
    expect(codes(version({ message: 'm', user: { name: 'x' } }))).toContain('W008');
    expect(codes(version({ message: 'm', user: { name: 'x', address: 'x@y' } }))).toContain('W009');
    expect(codes(version({}))).toContain('W007');
  });

  it('checks fixity', () => {
    expect(codes(inventory({ fixity: null }))).toContain('E111');
    expect(parseInventory(utf8(JSON.stringify(inventory({ fixity: null }))), { specVersion: '1.0' }).findings.map((f) => f.code)).toContain(
      'E056',
    );
    expect(codes(inventory({ fixity: { crc32: {} } }))).toContain('E056');
    expect(codes(inventory({ fixity: { md5: { ['c'.repeat(32)]: ['v1/content/x.txt'] } } }))).toContain('E057');
    expect(
      codes(inventory({ fixity: { md5: { ['c'.repeat(32)]: ['v1/content/a.txt'], ['C'.repeat(32)]: ['v1/content/a.txt'] } } })),
    ).toContain('E097');
    expect(codes(inventory({ fixity: {} }))).toEqual(['W004']);
  });

  it('gives Vietnamese messages that quote the spec', () => {
    const [finding] = parseInventory(utf8('nope')).findings;
    expect(finding?.message).toMatch(/^Tệp inventory không phải là JSON hợp lệ \(E033: An OCFL Object Inventory MUST follow/);
    expect(finding?.path).toBe('inventory.json');
  });
});
