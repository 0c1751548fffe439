import { describe, expect, it } from 'vitest';
import { parseXml, writeXml, elements } from '../../xml/tree.js';
import { DESCRIPTION_KINDS, TT05_CATALOGUE } from './catalogue.js';
import { TT05_EXAMPLE_DESCRIPTIONS, TT05_EXAMPLE_PIC_SHAPE_II } from './examples.js';
import { parseSimpleDc, writeSimpleDc } from './simpledc.js';

const TRICKY = 'Tờ trình số 5 & <phụ lục> "A" \'B\' — Đắk Lắk, Huế; ổn định ]]> &amp;';

/** Write, serialise, parse back. */
const roundTrip = (kind: (typeof DESCRIPTION_KINDS)[number], fields: Record<string, string>) => {
  const parsed = parseXml(writeXml(writeSimpleDc(kind, fields)));
  expect(parsed.findings).toEqual([]);
  return parseSimpleDc(parsed.root!, { kind });
};

const codes = (findings: Array<{ severity: string; code: string }>) => findings.map((f) => `${f.severity}:${f.code}`);

describe('writeSimpleDc / parseSimpleDc', () => {
  it('round-trips every kind, Vietnamese and characters that need escaping included', () => {
    for (const kind of DESCRIPTION_KINDS) {
      const textField = TT05_CATALOGUE[kind].fields.find((f) => f.type === 'text' && f.maxLength === undefined)!;
      const fields = { ...TT05_EXAMPLE_DESCRIPTIONS[kind], [textField.name]: TRICKY };
      const back = roundTrip(kind, fields);
      expect(back.findings, kind).toEqual([]);
      expect(back.fields, kind).toEqual(fields);
    }
    const ii = roundTrip('pic', { ...TT05_EXAMPLE_PIC_SHAPE_II, imageTitle: TRICKY });
    expect(ii.fields).toEqual({ ...TT05_EXAMPLE_PIC_SHAPE_II, imageTitle: TRICKY });
  });
  it('writes text NFC-normalised, so decomposed diacritics read back composed', () => {
    const nfc = 'Quyết định về việc thành lập Hội đồng';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const back = roundTrip('sip-hoso', { ...TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'], title: nfd });
    expect(back.fields.title).toBe(nfc);
  });
  it('writes every catalogue field in catalogue order, even when empty, with no namespace', () => {
    const root = writeSimpleDc('sip-hoso', { title: 'Hồ sơ', unknownField: 'x' });
    expect(root.name).toBe('simpledc');
    expect(root.ns).toBe('');
    expect(elements(root).map((e) => e.name)).toEqual(TT05_CATALOGUE['sip-hoso'].fields.map((f) => f.name));
    expect(
      elements(root)
        .filter((e) => e.children.length > 0)
        .map((e) => e.name),
    ).toEqual(['title']);
    expect(writeXml(root)).toContain('<fileCode/>');
  });
  it('reads the fields in any order', () => {
    const xml = '<simpledc><title>Tiêu đề</title><fileCode>H49.2001.1</fileCode></simpledc>';
    expect(parseSimpleDc(parseXml(xml).root!, { kind: 'sip-hoso' })).toEqual({
      fields: { title: 'Tiêu đề', fileCode: 'H49.2001.1' },
      findings: [],
    });
  });
  it('reports unknown elements and leaves them out', () => {
    const root = parseXml('<simpledc><title>T</title><arcDocCode>X</arcDocCode><foo/></simpledc>').root!;
    const forKind = parseSimpleDc(root, { kind: 'sip-hoso', path: 'metadata/descriptive/EAD.xml' });
    expect(codes(forKind.findings)).toEqual(['error:DP-TT05-UNKNOWN-FIELD', 'error:DP-TT05-UNKNOWN-FIELD']);
    expect(forKind.findings[0]!.path).toBe('metadata/descriptive/EAD.xml');
    expect(forKind.fields).toEqual({ title: 'T' });
    // Without a kind, any catalogue's element is known.
    const any = parseSimpleDc(root);
    expect(any.fields).toEqual({ title: 'T', arcDocCode: 'X' });
    expect(codes(any.findings)).toEqual(['error:DP-TT05-UNKNOWN-FIELD']);
  });
  it('reports a wrong root, duplicates, nested elements, namespaces and non-NFC text', () => {
    expect(codes(parseSimpleDc(parseXml('<ead><title>T</title></ead>').root!).findings)).toEqual(['error:DP-TT05-ROOT']);
    const dup = parseSimpleDc(parseXml('<simpledc><title>A</title><title>B</title></simpledc>').root!);
    expect(codes(dup.findings)).toEqual(['error:DP-TT05-DUPLICATE-FIELD']);
    expect(dup.fields.title).toBe('A');
    const nested = parseSimpleDc(parseXml('<simpledc><title>A<b>x</b></title></simpledc>').root!);
    expect(codes(nested.findings)).toEqual(['error:DP-TT05-NESTED']);
    const ns = parseSimpleDc(parseXml('<dc:simpledc xmlns:dc="urn:x"><dc:title>A</dc:title></dc:simpledc>').root!);
    expect(codes(ns.findings)).toEqual(['warning:DP-TT05-NAMESPACE']);
    expect(ns.fields).toEqual({ title: 'A' });
    const nfd = parseSimpleDc(parseXml(`<simpledc><title>${'Việt'.normalize('NFD')}</title></simpledc>`).root!);
    expect(codes(nfd.findings)).toEqual(['warning:DP-TT05-NOT-NFC']);
    expect(nfd.fields.title).toBe('Việt');
  });
  it('trims the whitespace of pretty-printed values', () => {
    const root = parseXml('<simpledc>\n  <title>\n    Tiêu đề\n  </title>\n</simpledc>').root!;
    expect(parseSimpleDc(root).fields).toEqual({ title: 'Tiêu đề' });
  });
});
