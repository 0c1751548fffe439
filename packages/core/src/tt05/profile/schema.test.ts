import { describe, expect, it } from 'vitest';
import { elements, parseXml } from '../../xml/tree.js';
import { DESCRIPTION_KINDS, TT05_CATALOGUE } from './catalogue.js';
import { XS_NS, simpleDcSchema, tt05SchemaFiles } from './schema.js';

const xsElements = (kind: (typeof DESCRIPTION_KINDS)[number]) => {
  const root = parseXml(tt05SchemaFiles().find((f) => f.kind === kind)!.text).root!;
  const simpledc = elements(root, XS_NS, 'element')[0]!;
  const all = elements(elements(simpledc, XS_NS, 'complexType')[0]!, XS_NS, 'all')[0]!;
  return { root, simpledc, fields: elements(all, XS_NS, 'element') };
};

describe('generated TT05 XSDs', () => {
  it('declare root simpledc with an xs:all of every catalogue field, no target namespace', () => {
    for (const kind of DESCRIPTION_KINDS) {
      const { root, simpledc, fields } = xsElements(kind);
      expect(root.attributes.targetNamespace).toBeUndefined();
      expect(simpledc.attributes.name).toBe('simpledc');
      expect(fields.map((f) => f.attributes.name)).toEqual(TT05_CATALOGUE[kind].fields.map((f) => f.name));
    }
  });
  it('carry maxLength facets and minOccurs 0 only where a field may be absent', () => {
    const { fields } = xsElements('sip-hoso');
    const title = fields.find((f) => f.attributes.name === 'title')!;
    expect(JSON.stringify(title)).toContain('"value":"1000"');
    const optional = fields.filter((f) => f.attributes.minOccurs === '0').map((f) => f.attributes.name);
    expect(optional).toEqual(['numberOfPaper', 'riskRecovery', 'riskRecoveryStatus']);
    const pic = xsElements('pic')
      .fields.filter((f) => f.attributes.minOccurs === '0')
      .map((f) => f.attributes.name);
    expect(pic).toEqual(['arcFileCode', 'docOrdinal', 'arcDocCode', 'maintenance', 'riskRecovery', 'riskRecoveryStatus']);
  });
  it('come as four files per package type with lower-case names', () => {
    const files = tt05SchemaFiles();
    expect(files.map((f) => f.path).filter((p) => p.startsWith('sip/'))).toEqual([
      'sip/ead.xsd',
      'sip/ead_doc.xsd',
      'sip/ead_pic.xsd',
      'sip/ead_media.xsd',
    ]);
    expect(files).toHaveLength(16);
    expect(files.find((f) => f.path === 'aip-tailieu/ead.xsd')!.kind).toBe('aip-tailieu');
    expect(simpleDcSchema('aip-doc').name).toBe('xs:schema');
  });
});
