// Table-driven E-ARK CSIP conformance: every row of eark-validator-resources/expected.tsv
// (see /work/shared/conformance/README.md §7) is run through the package validator and must match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSIP_REQUIREMENTS, CSIP_NS, MetsDoc, checkCsipMets, parseXml, type PackageFinding } from '@duphong/core';
import { validatePackage } from './validate.js';
import { validateMetsXsd } from './xsd.js';

const SUITE = '/work/shared/conformance/eark-validator-resources';

interface Row {
  path: string;
  check: string;
  status: string;
  ruleIds: string;
  severity: string;
}

const rows: Row[] = readFileSync(join(SUITE, 'expected.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [path = '', check = '', status = '', ruleIds = '', severity = ''] = l.split('\t');
    return { path, check, status, ruleIds, severity };
  });

/**
 * Rows (or parts of a row) we cannot reproduce exactly, with the reason. Never used for a
 * valid/invalid classification.
 */
const ALLOW: Record<string, string> = {
  // Upstream counts 3 SHOULD-level warnings from its own structMap schematron for METS-valid.xml;
  // which SHOULD rules fire differs between upstream versions. We assert its 0 failures only.
  'resources/xml/METS-valid.xml#schematron structMap#warnings': 'upstream-specific warning count',
  // "package-details parser must raise": a Python API detail of upstream; our METS rules report CSIP117.
  'resources/xml/METS-no-hdr.xml#schematron metsRootElement#raise': 'upstream Python API behaviour',
};

const codes = (fs: readonly PackageFinding[], severity?: PackageFinding['severity']) =>
  fs
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.code)
    .sort();
const sorted = (ids: string[]) => [...ids].sort();

const results: Array<{ suite: string; row: string; ok: boolean }> = [];
afterAll(() => {
  const bySuite = new Map<string, { rows: number; matched: number }>();
  for (const r of results) {
    const s = bySuite.get(r.suite) ?? { rows: 0, matched: 0 };
    s.rows++;
    if (r.ok) s.matched++;
    bySuite.set(r.suite, s);
  }
  const lines = [...bySuite].map(
    ([suite, s]) => `${suite.padEnd(22)} rows ${String(s.rows).padStart(3)}  matched ${String(s.matched).padStart(3)}`,
  );
  console.log(`E-ARK CSIP conformance (expected.tsv, ${rows.length} rows)\n${lines.join('\n')}`);
});

function record(row: Row, fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    const suite = row.check.split(' ')[0]!;
    try {
      await fn();
      results.push({ suite, row: row.path, ok: true });
    } catch (e) {
      results.push({ suite, row: row.path, ok: false });
      throw e;
    }
  };
}

async function structureRow(row: Row): Promise<void> {
  const v = await validatePackage(join(SUITE, row.path));
  const found = v.phases.structure;
  const ids = row.ruleIds.match(/CSIPSTR\d+/g) ?? [];
  const sev = row.severity;
  expect(v.phases.archive).toEqual([]);
  if (/^ERROR/.test(sev)) {
    expect(codes(found, 'error')).toEqual(sorted(ids));
    if (/exactly 1 (message|error)/.test(sev)) expect(codes(found)).toEqual(sorted(ids));
    expect(row.status).toBe('NOTWELLFORMED');
  } else if (/^WARNING/.test(sev)) {
    expect(codes(found, 'error')).toEqual([]);
    expect(codes(found, 'warning')).toEqual(sorted(ids));
    if (/message/.test(sev)) expect(codes(found)).toEqual(sorted(ids));
  } else if (/^INFORMATION/.test(sev)) {
    expect(codes(found)).toEqual(sorted(ids));
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  } else if (/^0 messages/.test(sev)) {
    expect(found).toEqual([]);
  } else {
    const m = /^(\d+) WARNING, (\d+) INFORMATION/.exec(sev);
    expect(m, `unparsed severity: ${sev}`).not.toBeNull();
    const annotated = [...row.ruleIds.matchAll(/(CSIPSTR\d+) \((warning|info)\)/g)];
    expect(codes(found, 'error')).toEqual([]);
    expect(codes(found, 'warning')).toEqual(sorted(annotated.filter((a) => a[2] === 'warning').map((a) => a[1]!)));
    expect(codes(found, 'warning')).toHaveLength(Number(m![1]));
    expect(codes(found, 'info')).toHaveLength(Number(m![2]));
    for (const a of annotated.filter((x) => x[2] === 'info')) expect(codes(found, 'info')).toContain(a[1]);
  }
  if (row.status === 'WELLFORMED') expect(codes(found, 'error')).toEqual([]);
  const reps = /(\d+) representations?/.exec(sev);
  if (reps) expect(v.representations).toHaveLength(Number(reps[1]));
}

async function schemaRow(row: Row): Promise<void> {
  const found = await validateMetsXsd(readFileSync(join(SUITE, row.path)), row.path);
  if (row.status === 'VALID') expect(found).toEqual([]);
  else {
    expect(row.status).toBe('INVALID');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.code === 'DP-METS-XSD' && f.severity === 'error')).toBe(true);
  }
  const reps = /(\d+) representation/.exec(row.severity);
  if (reps) {
    const pkg = row.path.slice(0, row.path.lastIndexOf('/'));
    const v = await validatePackage(join(SUITE, pkg));
    expect(v.representations).toHaveLength(Number(reps[1]));
  }
}

function schematronRow(row: Row): void {
  const parsed = parseXml(readFileSync(join(SUITE, row.path), 'utf8'), row.path);
  expect(parsed.findings).toEqual([]);
  const all = checkCsipMets(parsed.root!, { level: 'package', path: row.path });
  const groups = row.check.replace(/^schematron /, '').split('/');
  const inGroups = all.filter((f) => groups.includes(CSIP_REQUIREMENTS.get(f.code)?.group ?? ''));
  if (row.status === 'FAIL') {
    const id = /CSIP\d+/.exec(row.ruleIds)![0];
    expect(codes(inGroups, 'error')).toEqual([id]); // "exactly 1 failure"
    return;
  }
  expect(row.status).toBe('PASS');
  expect(codes(inGroups, 'error')).toEqual([]);
  if (/0 warnings/.test(row.severity)) expect(codes(inGroups, 'warning')).toEqual([]);
  if (/reported among results/.test(row.ruleIds)) expect(codes(all)).toContain(/CSIP\d+/.exec(row.ruleIds)![0]);
  const info = /exactly (\d+) INFO/.exec(row.severity);
  if (info) {
    expect(codes(inGroups, 'info')).toHaveLength(Number(info[1]));
    if (/OWNERID/.test(row.ruleIds)) expect(codes(inGroups, 'info')).toEqual(['CSIP73']);
  }
}

async function fixityRow(row: Row): Promise<void> {
  const v = await validatePackage(join(SUITE, row.path));
  const fixity = v.phases.fixity;
  if (row.status === 'PASS') {
    expect(fixity).toEqual([]);
    return;
  }
  expect(row.status).toBe('FAIL');
  const missing = fixity.filter((f) => f.code === 'DP-PKG-FILE-MISSING');
  expect(missing.map((f) => f.path)).toEqual(['metadata/descriptive/ead2002.xml']);
  const wrong = fixity.filter((f) => f.code === 'DP-PKG-FIXITY');
  const fromRep = wrong.filter((f) => f.message.includes('(representations/rep1/METS.xml:'));
  const fromRoot = wrong.filter((f) => f.message.includes('(METS.xml:'));
  expect(wrong).toHaveLength(18);
  expect(fromRoot).toHaveLength(14);
  expect(fromRep).toHaveLength(4);
  expect(fixity).toHaveLength(19);
  // data/RODA-in.png: digest only (same size)
  const png = wrong.find((f) => f.path === 'representations/rep1/data/RODA-in.png');
  expect(png?.message).toMatch(/SHA-256/);
  expect(png?.message).not.toMatch(/SIZE/);
  expect(v.report.valid).toBe(false);
}

function detailsRow(row: Row): void {
  const parsed = parseXml(readFileSync(join(SUITE, row.path), 'utf8'), row.path);
  const doc = new MetsDoc(parsed.root!);
  const r = parsed.root!;
  const hdr = doc.child(r, 'metsHdr')!;
  const expected = Object.fromEntries([...row.severity.matchAll(/([\w:]+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!]));
  expect(doc.attr(r, 'LABEL')).toBe(expected.LABEL);
  expect(doc.attrNs(r, CSIP_NS, 'OTHERTYPE')).toBe(expected['csip:OTHERTYPE']);
  expect(doc.attrNs(r, CSIP_NS, 'CONTENTINFORMATIONTYPE')).toBe(expected['csip:CONTENTINFORMATIONTYPE']);
  expect(doc.attrNs(hdr, CSIP_NS, 'OAISPACKAGETYPE')).toBe(expected['csip:OAISPACKAGETYPE']);
  // package name = folder name
  const folder = row.path.split('/').at(-2);
  expect(doc.attr(r, 'OBJID')).toBe(folder);
}

describe('E-ARK validator resources (expected.tsv)', () => {
  it('has the 42 documented rows', () => expect(rows).toHaveLength(42));
  for (const row of rows) {
    const name = `${row.check}: ${row.path} → ${row.status} ${row.ruleIds}`;
    if (row.check === 'structure')
      it(
        name,
        record(row, () => structureRow(row)),
      );
    else if (row.check === 'mets-schema')
      it(
        name,
        record(row, () => schemaRow(row)),
      );
    else if (row.check.startsWith('schematron'))
      it(
        name,
        record(row, async () => schematronRow(row)),
      );
    else if (row.check === 'fixity')
      it(
        name,
        record(row, () => fixityRow(row)),
      );
    else if (row.check === 'package details')
      it(
        name,
        record(row, async () => detailsRow(row)),
      );
    else it.fails(`unknown check ${row.check}`, () => undefined);
  }
  it('keeps the allow-list short', () => expect(Object.keys(ALLOW).length).toBeLessThanOrEqual(2));
});
