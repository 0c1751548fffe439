import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { Finding } from '../findings.js';

/**
 * A small namespace-aware XML tree over fast-xml-parser, for every package format (METS, PREMIS,
 * EAD). Parsing refuses DOCTYPE and entity declarations outright (no XXE, no entity bombs) and
 * caps the size; writing goes through the library's builder, never string concatenation.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. `mets:fileSec`. */
  name: string;
  /** Namespace URI (resolved from the prefix in scope) and local name. */
  ns: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | { text: string };

export const MAX_XML_BYTES = 64 * 1024 * 1024;

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const BUILDER = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

type Raw = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(raw: Raw, scope: Record<string, string>): XmlElement | { text: string } | undefined {
  const key = Object.keys(raw).find((k) => k !== ':@');
  if (key === undefined) return undefined;
  if (key === '#text') return { text: String(raw[key]) };
  if (key.startsWith('#') || key.startsWith('?')) return undefined; // comments, processing instructions
  const attributes = { ...(raw[':@'] ?? {}) };
  const inScope = { ...scope };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'xmlns') inScope[''] = value;
    else if (name.startsWith('xmlns:')) inScope[name.slice(6)] = value;
  }
  const colon = key.indexOf(':');
  const prefix = colon < 0 ? '' : key.slice(0, colon);
  const children: XmlNode[] = [];
  for (const child of (raw[key] as Raw[]) ?? []) {
    const node = convert(child, inScope);
    if (node) children.push(node);
  }
  return { name: key, ns: inScope[prefix] ?? '', local: colon < 0 ? key : key.slice(colon + 1), attributes, children };
}

export interface ParsedXml {
  root?: XmlElement;
  findings: Finding[];
}

/** Parse untrusted XML. Never throws: problems come back as findings (DP-XML-…). */
export function parseXml(text: string, path?: string): ParsedXml {
  const at = path === undefined ? {} : { path };
  if (text.length > MAX_XML_BYTES)
    return { findings: [{ code: 'DP-XML-TOO-LARGE', severity: 'error', message: `Tệp XML lớn quá ${MAX_XML_BYTES} byte`, ...at }] };
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return {
      findings: [
        {
          code: 'DP-XML-DOCTYPE',
          severity: 'error',
          message: 'XML có khai báo DOCTYPE/ENTITY: bị từ chối (chống XXE và bom thực thể)',
          ...at,
        },
      ],
    };
  let raw: Raw[];
  try {
    raw = PARSER.parse(text, true) as Raw[];
  } catch (error) {
    return { findings: [{ code: 'DP-XML-MALFORMED', severity: 'error', message: `XML không hợp lệ: ${(error as Error).message}`, ...at }] };
  }
  const roots = raw
    .map((r) => convert(r, { xml: 'http://www.w3.org/XML/1998/namespace' }))
    .filter((n): n is XmlElement => n !== undefined && 'name' in n);
  if (roots.length !== 1)
    return { findings: [{ code: 'DP-XML-MALFORMED', severity: 'error', message: 'XML phải có đúng một phần tử gốc', ...at }] };
  return { root: roots[0]!, findings: [] };
}

function toRaw(node: XmlNode): Raw {
  if ('text' in node) return { '#text': node.text };
  const raw: Raw = { [node.name]: node.children.map(toRaw) };
  if (Object.keys(node.attributes).length > 0) raw[':@'] = node.attributes;
  return raw;
}

/** Serialise with an XML declaration (UTF-8). Text and attribute values are escaped by the builder. */
export function writeXml(root: XmlElement): string {
  const body = BUILDER.build([toRaw(root)]) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.trimStart()}`;
}

/** Build an element; `ns` is the namespace URI the prefix stands for (declared by the caller on an ancestor). */
export function el(
  name: string,
  ns: string,
  attributes: Record<string, string | undefined> = {},
  children: Array<XmlNode | string | undefined> = [],
): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) attrs[k] = v;
  const colon = name.indexOf(':');
  return {
    name,
    ns,
    local: colon < 0 ? name : name.slice(colon + 1),
    attributes: attrs,
    children: children.filter((c): c is XmlNode | string => c !== undefined).map((c) => (typeof c === 'string' ? { text: c } : c)),
  };
}

export function elements(parent: XmlElement, ns?: string, local?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => 'name' in c && (ns === undefined || c.ns === ns) && (local === undefined || c.local === local),
  );
}

export function firstElement(parent: XmlElement, ns: string, local: string): XmlElement | undefined {
  return elements(parent, ns, local)[0];
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => ('text' in c ? c.text : textOf(c))).join('');
}
