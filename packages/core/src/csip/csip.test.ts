import { describe, expect, it } from 'vitest';
import { parseXml } from '../xml/tree.js';
import { checkCsipMets, checkCsipStructure, checkRootName, resolveMetsHref, toPackageReport } from './index.js';

const METS = (attrs: string, body = '') =>
  `<mets xmlns="http://www.loc.gov/METS/" xmlns:c="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</mets>`;

describe('CSIP structure', () => {
  it('needs a single root folder in an archive', () => {
    const r = checkCsipStructure({
      entries: [
        { path: 'a', type: 'file' },
        { path: 'b/c', type: 'file' },
      ],
      archived: true,
      name: 'x.zip',
    });
    expect(r.findings.map((f) => f.code)).toEqual(['CSIPSTR1']);
    expect(r.rootPrefix).toBeUndefined();
  });
  it('reports the representation checks', () => {
    const r = checkCsipStructure({
      entries: [
        { path: 'p/METS.xml', type: 'file' },
        { path: 'p/metadata/descriptive/EAD.xml', type: 'file' },
        { path: 'p/metadata/preservation/P.xml', type: 'file' },
        { path: 'p/representations/rep1/data/a.pdf', type: 'file' },
        { path: 'p/schemas/mets.xsd', type: 'file' },
      ],
      archived: true,
      name: 'p.zip',
    });
    expect(r.findings.map((f) => `${f.severity}:${f.code}`)).toEqual([
      'info:CSIPSTR8',
      'warning:CSIPSTR12',
      'warning:CSIPSTR13',
      'warning:CSIPSTR16',
    ]);
    expect(r.representations).toEqual(['rep1']);
  });
  it('CSIPSTR2 accepts the TT05 AIP folder name', () => {
    expect(checkRootName('urn_P1_uuid-AB', 'urn:P1:uuid-AB')).toEqual([]);
    expect(checkRootName('other', 'urn:P1:uuid-AB')[0]?.code).toBe('CSIPSTR2');
  });
});

describe('CSIP METS rules', () => {
  it('reports missing root attributes by requirement id, whatever the csip prefix', () => {
    const root = parseXml(METS('TYPE="Other"')).root!;
    const codes = checkCsipMets(root, { level: 'package' }).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['CSIP1', 'CSIP3', 'CSIP6', 'CSIP117', 'CSIP80']));
    const ok = parseXml(METS('OBJID="x" TYPE="Other" c:OTHERTYPE="t" PROFILE="p"')).root!;
    expect(checkCsipMets(ok, { level: 'package' }).map((f) => f.code)).not.toContain('CSIP3');
  });
  it('treats the TT05 sample agent note as a warning', () => {
    const hdr = `<metsHdr CREATEDATE="2026-01-01T00:00:00.000+07:00" c:OAISPACKAGETYPE="SIP"><agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><name>ArchiveNex</name><note c:NOTETYPE="IDENTIFICATIONCODE">P_KHCN</note></agent></metsHdr>`;
    const f = checkCsipMets(parseXml(METS('OBJID="x" TYPE="Mixed" PROFILE="p"', hdr)).root!, { level: 'package' });
    expect(f.find((x) => x.code === 'CSIP16')?.severity).toBe('warning');
  });
  it('refuses a non-METS root', () => {
    expect(checkCsipMets(parseXml('<x/>').root!, { level: 'package' })[0]?.code).toBe('DP-METS-ROOT');
  });
});

describe('hrefs and report', () => {
  it('resolves hrefs inside the package only', () => {
    expect(resolveMetsHref('representations/rep1', 'data/a%20b.pdf')).toBe('representations/rep1/data/a b.pdf');
    expect(resolveMetsHref('', 'file:./schemas/x.xsd')).toBe('schemas/x.xsd');
    expect(resolveMetsHref('', '../x')).toBeUndefined();
    expect(resolveMetsHref('', '/etc/passwd')).toBeUndefined();
    expect(resolveMetsHref('', 'http://example.org/x')).toBeUndefined();
  });
  it('infos never make a package invalid', () => {
    const r = toPackageReport([{ code: 'CSIPSTR3', severity: 'info', message: 'm' }]);
    expect(r).toEqual({ valid: true, errors: [], warnings: [], info: [{ code: 'CSIPSTR3', message: 'm' }] });
  });
});
