// Every TT05 description DuPhong writes validates with xmllint against its generated XSD, and the
// XSDs do reject what they should (too-long value, absent or unknown element).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_KINDS,
  TT05_EXAMPLE_DESCRIPTIONS,
  TT05_EXAMPLE_PIC_SHAPE_II,
  TT05_SCHEMA_SETS,
  el,
  elements,
  writeSimpleDc,
  writeXml,
  type DescriptionKind,
  type XmlElement,
} from '@duphong/core';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'schemas', 'tt05');

/** xmllint's verdict on one document: exit status and its messages. */
function xmllint(schema: string, xml: string): { status: number | null; stderr: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(DIR, schema), '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error; // xmllint missing: install Debian libxml2-utils
  return { status: run.status, stderr: run.stderr };
}

/** Every (schema file, kind) pair of the four package types. */
const PAIRS = Object.entries(TT05_SCHEMA_SETS).flatMap(([folder, files]) =>
  Object.entries(files).map(([name, kind]) => ({ schema: `${folder}/${name}`, kind: kind as DescriptionKind })),
);

const write = (kind: DescriptionKind, fields: Record<string, string>) => writeXml(writeSimpleDc(kind, fields));

describe('TT05 description XSDs (xmllint)', () => {
  it('covers every description kind', () => {
    expect(new Set(PAIRS.map((p) => p.kind))).toEqual(new Set(DESCRIPTION_KINDS));
  });

  it.each(PAIRS)('$schema accepts a written $kind description, full or empty', ({ schema, kind }) => {
    const full = xmllint(schema, write(kind, { ...TT05_EXAMPLE_DESCRIPTIONS[kind] }));
    expect(full.stderr).toContain('- validates');
    expect(full.status).toBe(0);
    expect(xmllint(schema, write(kind, {})).status).toBe(0);
  });

  it('ead_pic.xsd and ead_media.xsd accept both appendix shapes', () => {
    for (const folder of ['sip', 'aip', 'sip-tailieu', 'aip-tailieu']) {
      expect(xmllint(`${folder}/ead_pic.xsd`, write('pic', { ...TT05_EXAMPLE_PIC_SHAPE_II })).status).toBe(0);
      expect(xmllint(`${folder}/ead_media.xsd`, write('media', { arcDocCode: 'VTLT.X.2001.1.0000001', maintenance: '01' })).status).toBe(0);
    }
  });

  it('accepts the fields in any order (xs:all)', () => {
    const root = writeSimpleDc('sip-hoso', { ...TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'] });
    const reversed = el('simpledc', '', {}, [...elements(root)].reverse());
    expect(xmllint('sip/ead.xsd', writeXml(reversed)).status).toBe(0);
  });

  it('rejects a too-long field', () => {
    const fields = { ...TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'], title: 'Hồ sơ '.repeat(200) };
    const run = xmllint('sip/ead.xsd', write('sip-hoso', fields));
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/title.*length|maxLength/i);
    // 1000 characters of Vietnamese (more than 1000 bytes) still pass: the facet counts characters.
    expect(xmllint('sip/ead.xsd', write('sip-hoso', { ...fields, title: 'ệ'.repeat(1000) })).status).toBe(0);
  });

  it('rejects an absent field and an unknown one', () => {
    const root = writeSimpleDc('aip-doc', { ...TT05_EXAMPLE_DESCRIPTIONS['aip-doc'] });
    const without: XmlElement = { ...root, children: elements(root).filter((e) => e.name !== 'docCode') };
    expect(xmllint('aip/ead_doc.xsd', writeXml(without)).status).toBe(3);
    const extra: XmlElement = { ...root, children: [...root.children, el('docId', '', {}, ['X'])] };
    expect(xmllint('aip/ead_doc.xsd', writeXml(extra)).status).toBe(3);
  });
});
