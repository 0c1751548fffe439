import { describe, expect, it } from 'vitest';
import type { BagEntry } from './disk-index.js';
import type { BagAlgorithm } from './manifest.js';
import { judgeDigests, planBagValidation } from './plan.js';
import { checkBagProfile, parseBagProfile } from './profile.js';

const enc = (s: string) => new TextEncoder().encode(s);
const D = 'd41d8cd98f00b204e9800998ecf8427e'; // md5 of nothing
const E = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'; // sha256 of nothing

/** A bag made of empty payload files, described only by what the core sees. */
function bag(files: string[], manifest: string, opts: { version?: string; info?: string; fetch?: string; extra?: BagEntry[] } = {}) {
  const entries: BagEntry[] = [
    { path: 'bagit.txt', kind: 'file', size: 1 },
    { path: 'manifest-sha256.txt', kind: 'file', size: 1 },
    { path: 'data', kind: 'dir', size: 0 },
    ...files.map((path) => ({ path, kind: 'file' as const, size: 0 })),
    ...(opts.extra ?? []),
  ];
  const tagFiles = new Map<string, Uint8Array>([
    ['bagit.txt', enc(`BagIt-Version: ${opts.version ?? '1.0'}\nTag-File-Character-Encoding: UTF-8\n`)],
    ['manifest-sha256.txt', enc(manifest)],
    ['bag-info.txt', enc(opts.info ?? `Payload-Oxum: 0.${files.filter((f) => f.startsWith('data/')).length}\n`)],
  ]);
  if (opts.fetch !== undefined) tagFiles.set('fetch.txt', enc(opts.fetch));
  return planBagValidation({ entries, tagFiles });
}

const errors = (p: { findings: Array<{ code: string; severity: string }> }) =>
  p.findings.filter((f) => f.severity === 'error').map((f) => f.code);
const warnings = (p: { findings: Array<{ code: string; severity: string }> }) =>
  p.findings.filter((f) => f.severity === 'warning').map((f) => f.code);
const allDigests = (plan: ReturnType<typeof bag>, digest = E) =>
  new Map([...plan.hashes].map(([p, algs]) => [p, new Map([...algs].map((a) => [a, digest] as [BagAlgorithm, string]))]));

describe('planBagValidation', () => {
  it('a complete bag asks for each payload file once and judges the digests', () => {
    const plan = bag(['data/a', 'data/b'], `${E}  data/a\n${E}  data/b\n`);
    expect(errors(plan)).toEqual([]);
    expect([...plan.hashes.keys()].sort()).toEqual(['data/a', 'data/b']);
    expect(judgeDigests(plan, allDigests(plan))).toEqual([]);
    const bad = judgeDigests(plan, allDigests(plan, '0'.repeat(64)));
    expect(bad.map((f) => `${f.code}@${f.path}`)).toEqual(['DP-BAG-CHECKSUM@data/a', 'DP-BAG-CHECKSUM@data/b']);
    expect(judgeDigests(plan, new Map(), new Map([['data/a', 'EACCES']])).map((f) => f.code)).toContain('DP-BAG-UNREADABLE');
  });
  it('missing bagit.txt stops everything', () => {
    const p = planBagValidation({ entries: [{ path: 'data', kind: 'dir', size: 0 }], tagFiles: new Map() });
    expect(errors(p)).toEqual(['DP-BAG-NO-BAGIT-TXT']);
  });
  it('reports missing files, files in no manifest, a wrong Payload-Oxum, no data/ and no manifest', () => {
    expect(errors(bag(['data/a'], `${E}  data/a\n${E}  data/gone\n`, { info: 'Payload-Oxum: 0.1\n' }))).toEqual(['DP-BAG-MISSING-FILE']);
    expect(errors(bag(['data/a', 'data/b'], `${E}  data/a\n`))).toEqual(['DP-BAG-NOT-IN-MANIFEST']);
    expect(errors(bag(['data/a'], `${E}  data/a\n`, { info: 'Payload-Oxum: 5.1\n' }))).toEqual(['DP-BAG-OXUM']);
    expect(warnings(bag(['data/a'], `${E}  data/a\n`, { info: 'X: y\n' }))).toContain('DP-BAG-OXUM-MISSING');
    const noData = planBagValidation({
      entries: [{ path: 'bagit.txt', kind: 'file', size: 1 }],
      tagFiles: new Map([['bagit.txt', enc('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')]]),
    });
    expect(errors(noData)).toEqual(['DP-BAG-NO-DATA-DIR', 'DP-BAG-NO-MANIFEST']);
  });
  it('matches a name written in another Unicode normalisation, with a warning', () => {
    const nfc = 'data/Núñez'.normalize('NFC');
    const plan = bag([nfc], `${E}  ${nfc.normalize('NFD')}\n`);
    expect(errors(plan)).toEqual([]);
    expect(warnings(plan)).toContain('DP-BAG-NORMALIZATION');
    expect([...plan.hashes.keys()]).toEqual([nfc]);
  });
  it('two files whose names collide after NFC are an error', () => {
    const nfc = 'data/Núñez'.normalize('NFC');
    const plan = bag([nfc, nfc.normalize('NFD')], `${E}  ${nfc}\n${E}  ${nfc.normalize('NFD')}\n`, { version: '0.97' });
    expect(errors(plan)).toContain('DP-BAG-NAME-COLLISION');
  });
  it('case variants listed in one manifest warn, and stand for the one file a case-insensitive disk would hold', () => {
    const plan = bag(['data/hello.txt'], `${E}  data/hello.txt\n${E}  data/HELLO.txt\n`, { info: 'Payload-Oxum: 0.1\n' });
    expect(errors(plan)).toEqual([]);
    expect(warnings(plan)).toContain('DP-BAG-CASE-COLLISION');
    // …but never for a file the manifest does not list under its own name
    expect(errors(bag(['data/Foo.txt'], `${E}  data/foo.txt\n`))).toEqual(['DP-BAG-MISSING-FILE', 'DP-BAG-NOT-IN-MANIFEST']);
  });
  it('a repeated entry warns before 1.0 and is an error in 1.0; different digests are always an error', () => {
    const twice = `${E}  data/a\n${E}  data/a\n`;
    expect(warnings(bag(['data/a'], twice, { version: '0.97' }))).toContain('DP-BAG-DUPLICATE-ENTRY');
    expect(errors(bag(['data/a'], twice))).toEqual(['DP-BAG-DUPLICATE-ENTRY']);
    expect(errors(bag(['data/a'], `${E}  data/a\n${'0'.repeat(64)}  data/a\n`, { version: '0.97' }))).toEqual([
      'DP-BAG-DUPLICATE-CONFLICT',
    ]);
  });
  it('fetch.txt is parsed, never followed: its files must already be present and listed', () => {
    expect(errors(bag(['data/a'], `${E}  data/a\n`, { fetch: 'http://localhost:8989/a - data/a\n' }))).toEqual([]);
    expect(errors(bag(['data/a'], `${E}  data/a\n`, { fetch: 'http://x/b - data/b\n' }))).toEqual([
      'DP-BAG-FETCH-UNRESOLVED',
      'DP-BAG-FETCH-NOT-IN-MANIFEST',
    ]);
  });
  it('symlinks and special files are findings; OS clutter and nested bags warn', () => {
    const p = bag(['data/Thumbs.db', 'data/inner/bagit.txt'], `${E}  data/Thumbs.db\n${E}  data/inner/bagit.txt\n`, {
      extra: [
        { path: 'data/link', kind: 'symlink', size: 0 },
        { path: 'data/fifo', kind: 'other', size: 0 },
      ],
    });
    expect(errors(p)).toEqual(['DP-BAG-SYMLINK', 'DP-BAG-SPECIAL-FILE']);
    expect(warnings(p)).toEqual(expect.arrayContaining(['DP-BAG-OS-FILE', 'DP-BAG-BAG-IN-BAG', 'DP-BAG-NO-TAG-MANIFEST']));
  });
  it('md5 as the only algorithm is weak', () => {
    const entries: BagEntry[] = [
      { path: 'bagit.txt', kind: 'file', size: 1 },
      { path: 'data', kind: 'dir', size: 0 },
      { path: 'data/a', kind: 'file', size: 0 },
    ];
    const tagFiles = new Map([
      ['bagit.txt', enc('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
      ['manifest-md5.txt', enc(`${D}  data/a\n`)],
    ]);
    expect(warnings(planBagValidation({ entries, tagFiles }))).toContain('DP-BAG-WEAK-ALGORITHM');
  });
});

describe('BagIt-Profile', () => {
  const { profile } = parseBagProfile({
    'Bag-Info': { 'Contact-Name': { required: true, values: ['A'] }, 'Bagging-Date': { required: true, repeatable: false } },
    'Manifests-Required': ['sha256'],
    'Tag-Manifests-Required': ['sha256'],
    'Allow-Fetch.txt': false,
    'Tag-Files-Required': ['x/y.txt'],
    'Accept-BagIt-Version': ['1.0'],
  });
  it('names each broken rule', () => {
    const f = checkBagProfile(profile!, {
      version: '0.97',
      info: [
        { label: 'Contact-Name', value: 'B' },
        { label: 'Bagging-Date', value: '1' },
        { label: 'Bagging-Date', value: '2' },
      ],
      manifests: [{ kind: 'payload', algorithmName: 'md5' }],
      hasFetch: true,
      files: [],
      serialized: false,
    });
    expect(f.map((x) => x.code).sort()).toEqual(
      [
        'DP-BAG-PROFILE-INFO-VALUE',
        'DP-BAG-PROFILE-INFO-REPEATED',
        'DP-BAG-PROFILE-MANIFEST',
        'DP-BAG-PROFILE-TAG-MANIFEST',
        'DP-BAG-PROFILE-FETCH',
        'DP-BAG-PROFILE-TAG-FILE',
        'DP-BAG-PROFILE-VERSION',
      ].sort(),
    );
    expect(parseBagProfile('nope').findings.map((x) => x.code)).toEqual(['DP-BAG-PROFILE-INVALID']);
  });
});
