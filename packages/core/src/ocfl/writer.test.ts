import { describe, expect, it } from 'vitest';
import { fromUtf8 } from '../ports/bytes.js';
import { parseInventory } from './inventory.js';
import { stateOf } from './reader.js';
import { planNewVersion, serializeInventory } from './writer.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const user = { name: 'Lưu trữ viên', address: 'mailto:luutru@example.vn' };
const base = { id: 'urn:duphong:hs:01', created: '2025-06-01T08:00:00+07:00', message: 'Tiếp nhận', user };

describe('planNewVersion', () => {
  it('writes v1 with document names and one copy of repeated content', () => {
    const plan = planNewVersion({
      ...base,
      state: new Map([
        ['hồ sơ/trang 1.pdf', { digest: A, size: 3 }],
        ['hồ sơ/bản sao.pdf', { digest: A, size: 3 }],
        ['mục lục.xml', { digest: B, size: 5 }],
      ]),
    });
    expect(plan.versionName).toBe('v1');
    expect(plan.contentToWrite).toEqual([
      { digest: A, contentPath: 'v1/content/hồ sơ/bản sao.pdf', logicalPaths: ['hồ sơ/bản sao.pdf', 'hồ sơ/trang 1.pdf'] },
      { digest: B, contentPath: 'v1/content/mục lục.xml', logicalPaths: ['mục lục.xml'] },
    ]);
    expect(plan.inventory.digestAlgorithm).toBe('sha256');
    expect(plan.inventory.head).toBe('v1');
    const parsed = parseInventory(serializeInventory(plan.inventory), { specVersion: '1.1' });
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does not write content already in the manifest (forward delta)', () => {
    const v1 = planNewVersion({ ...base, state: new Map([['a.txt', { digest: A, size: 1 }]]) }).inventory;
    const v2 = planNewVersion({
      ...base,
      previous: v1,
      created: '2025-06-02T08:00:00+07:00',
      state: new Map([
        ['a-renamed.txt', { digest: A.toUpperCase(), size: 1 }],
        ['c.txt', { digest: C, size: 2 }],
      ]),
    });
    expect(v2.versionName).toBe('v2');
    expect(v2.contentToWrite.map((c) => c.contentPath)).toEqual(['v2/content/c.txt']);
    expect(v2.inventory.manifest[A]).toEqual(['v1/content/a.txt']);
    expect(stateOf(v2.inventory, 'v2')).toEqual(
      new Map([
        ['a-renamed.txt', { digest: A, contentPath: 'v1/content/a.txt' }],
        ['c.txt', { digest: C, contentPath: 'v2/content/c.txt' }],
      ]),
    );
    expect(stateOf(v2.inventory, 'v1').get('a.txt')?.contentPath).toBe('v1/content/a.txt');
    expect(v1.head).toBe('v1'); // the previous inventory is not mutated
  });

  it('keeps an existing zero-padding convention and refuses bad input', () => {
    const v1 = planNewVersion({ ...base, state: new Map([['a', { digest: A, size: 1 }]]) }).inventory;
    const padded = { ...v1, head: 'v09', versions: { v09: v1.versions.v1! } };
    expect(planNewVersion({ ...base, previous: padded, state: new Map() }).versionName).toBe('v10');
    expect(() => planNewVersion({ ...base, state: new Map([['a/../b', { digest: A, size: 1 }]]) })).toThrow(RangeError);
    expect(() =>
      planNewVersion({
        ...base,
        state: new Map([
          ['a', { digest: A, size: 1 }],
          ['a/b', { digest: B, size: 1 }],
        ]),
      }),
    ).toThrow(/vừa là tệp/);
    expect(() => planNewVersion({ ...base, state: new Map([['a', { digest: 'xyz', size: 1 }]]) })).toThrow(RangeError);
    expect(() => planNewVersion({ ...base, id: 'other', previous: v1, state: new Map() })).toThrow(RangeError);
  });
});

describe('serializeInventory', () => {
  it('is deterministic whatever the insertion order, pretty and newline-terminated', () => {
    const one = planNewVersion({
      ...base,
      state: new Map([
        ['b', { digest: B, size: 1 }],
        ['a', { digest: A, size: 1 }],
      ]),
    });
    const two = planNewVersion({
      ...base,
      state: new Map([
        ['a', { digest: A, size: 1 }],
        ['b', { digest: B, size: 1 }],
      ]),
    });
    const text = fromUtf8(serializeInventory(one.inventory));
    expect(text).toBe(fromUtf8(serializeInventory(two.inventory)));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "id": "urn:duphong:hs:01",\n  "type": "https://ocfl.io/1.1/spec/#inventory",')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(one.inventory)));
  });
});
