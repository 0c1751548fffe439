import { el, writeXml, type XmlElement } from '../../xml/tree.js';
import { TT05_CATALOGUE, type DescriptionKind, type FieldSpec } from './catalogue.js';
import { SIMPLEDC } from './simpledc.js';

/**
 * XSDs for the descriptions DuPhong writes, generated from the catalogue so they cannot drift:
 * no target namespace, root `simpledc` with an `xs:all` of the kind's fields (any order), every
 * value an `xs:string` (fields are written even when empty), lengths as `maxLength` facets.
 * Type and code rules stay in `checkDescription`: partial dates and lenient codes would otherwise
 * make our own packages fail their own schemas.
 */
export const XS_NS = 'http://www.w3.org/2001/XMLSchema';

const xs = (local: string, attributes: Record<string, string | undefined> = {}, children: Array<XmlElement | string> = []) =>
  el(`xs:${local}`, XS_NS, attributes, children);

const documentation = (text: string) => xs('annotation', {}, [xs('documentation', {}, [text])]);

/** A field may be absent when it belongs to one pic/media shape, or the circular itself omits it. */
const mayBeAbsent = (spec: FieldSpec) => spec.shape !== undefined || spec.omittedBy !== undefined;

function fieldElement(spec: FieldSpec): XmlElement {
  const attributes = { name: spec.name, minOccurs: mayBeAbsent(spec) ? '0' : undefined };
  const note = documentation(spec.shape ? `${spec.label} (dạng phụ lục ${spec.shape})` : spec.label);
  if (spec.maxLength === undefined) return xs('element', { ...attributes, type: 'xs:string' }, [note]);
  const restriction = xs('restriction', { base: 'xs:string' }, [xs('maxLength', { value: String(spec.maxLength) })]);
  return xs('element', attributes, [note, xs('simpleType', {}, [restriction])]);
}

/** The schema of one description kind, as an XML tree (serialise with `writeXml`). */
export function simpleDcSchema(kind: DescriptionKind): XmlElement {
  const spec = TT05_CATALOGUE[kind];
  const header =
    `${spec.label} — ${kind}, ${spec.fields.length} trường. Sinh tự động từ danh mục TT05 của DuPhong ` +
    '(packages/core/src/tt05/profile/catalogue.ts): không sửa tay, chạy packages/server/scripts/generate-tt05-xsd.mjs.';
  const root = xs('element', { name: SIMPLEDC }, [xs('complexType', {}, [xs('all', {}, spec.fields.map(fieldElement))])]);
  return xs('schema', { 'xmlns:xs': XS_NS }, [documentation(header), root]);
}

export type Tt05SchemaFileName = 'ead.xsd' | 'ead_doc.xsd' | 'ead_pic.xsd' | 'ead_media.xsd';

/**
 * Which kind each schema file of a package's `schemas/` folder describes, per package type
 * (all four files go into every package, even with text documents only). The SIP_hoso and
 * AIP_hoso sets are the folders `sip/` and `aip/`; the loose-document packages differ in ead.xsd.
 */
export const TT05_SCHEMA_SETS: Readonly<
  Record<'sip' | 'aip' | 'sip-tailieu' | 'aip-tailieu', Record<Tt05SchemaFileName, DescriptionKind>>
> = {
  sip: { 'ead.xsd': 'sip-hoso', 'ead_doc.xsd': 'sip-doc', 'ead_pic.xsd': 'pic', 'ead_media.xsd': 'media' },
  aip: { 'ead.xsd': 'aip-hoso', 'ead_doc.xsd': 'aip-doc', 'ead_pic.xsd': 'pic', 'ead_media.xsd': 'media' },
  'sip-tailieu': { 'ead.xsd': 'sip-tailieu', 'ead_doc.xsd': 'sip-doc', 'ead_pic.xsd': 'pic', 'ead_media.xsd': 'media' },
  'aip-tailieu': { 'ead.xsd': 'aip-tailieu', 'ead_doc.xsd': 'aip-doc', 'ead_pic.xsd': 'pic', 'ead_media.xsd': 'media' },
};

export interface Tt05SchemaFile {
  /** Path under the schemas/tt05/ folder, e.g. `sip/ead.xsd`. */
  path: string;
  kind: DescriptionKind;
  text: string;
}

/** Every generated schema file with its text (the generator script writes them, a test compares). */
export function tt05SchemaFiles(): Tt05SchemaFile[] {
  return Object.entries(TT05_SCHEMA_SETS).flatMap(([folder, files]) =>
    Object.entries(files).map(([name, kind]) => ({ path: `${folder}/${name}`, kind, text: `${writeXml(simpleDcSchema(kind))}\n` })),
  );
}
