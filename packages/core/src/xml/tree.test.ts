import { describe, expect, it } from 'vitest';
import { el, elements, parseXml, textOf, writeXml } from './tree.js';

const METS = 'http://www.loc.gov/METS/';

describe('xml tree', () => {
  it('round-trips Vietnamese text and special characters through the builder', () => {
    const doc = el('mets:mets', METS, { 'xmlns:mets': METS, OBJID: 'urn:uuid:1', LABEL: 'Hồ sơ "Đà Nẵng" & <Quảng Nam>' }, [
      el('mets:metsHdr', METS, { CREATEDATE: '2026-06-12T10:00:00.000+07:00' }, ['Tờ trình số 12 & 13']),
    ]);
    const xml = writeXml(doc);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const parsed = parseXml(xml);
    expect(parsed.findings).toEqual([]);
    expect(parsed.root!.attributes.LABEL).toBe('Hồ sơ "Đà Nẵng" & <Quảng Nam>');
    const hdr = elements(parsed.root!, METS, 'metsHdr')[0]!;
    expect(textOf(hdr)).toBe('Tờ trình số 12 & 13');
    expect(hdr.ns).toBe(METS);
  });

  it('refuses DOCTYPE and entity declarations (XXE, billion laughs)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
    expect(parseXml(xxe).findings[0]?.code).toBe('DP-XML-DOCTYPE');
    const bomb = '<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><l>&b;</l>';
    expect(parseXml(bomb).findings[0]?.code).toBe('DP-XML-DOCTYPE');
  });

  it('reports malformed XML as a finding, never throws', () => {
    expect(parseXml('<a><b></a>').findings[0]?.code).toBe('DP-XML-MALFORMED');
    expect(parseXml('').findings[0]?.code).toBe('DP-XML-MALFORMED');
  });

  it('resolves namespaces by URI, whatever the prefix', () => {
    const parsed = parseXml('<m:mets xmlns:m="http://www.loc.gov/METS/"><m:fileSec/></m:mets>');
    expect(parsed.root!.ns).toBe(METS);
    expect(elements(parsed.root!, METS, 'fileSec')).toHaveLength(1);
  });
});
