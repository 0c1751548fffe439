import type { XmlElement } from '../xml/tree.js';

export const METS_NS = 'http://www.loc.gov/METS/';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const CSIP_NS = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';

/**
 * Namespace-aware attribute access for a parsed METS tree: attribute names keep the prefix as
 * written, so `csip:OTHERTYPE` is found whatever prefix the document bound to the CSIP namespace.
 */
export class MetsDoc {
  private readonly scopes = new Map<XmlElement, Record<string, string>>();

  constructor(readonly root: XmlElement) {
    this.walk(root, { xml: 'http://www.w3.org/XML/1998/namespace' });
  }

  private walk(element: XmlElement, parent: Record<string, string>): void {
    let scope = parent;
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name.startsWith('xmlns:')) {
        if (scope === parent) scope = { ...parent };
        scope[name.slice(6)] = value;
      }
    }
    this.scopes.set(element, scope);
    for (const child of element.children) if ('name' in child) this.walk(child, scope);
  }

  /** Unqualified attribute (METS's own attributes are unqualified). */
  attr(element: XmlElement, local: string): string | undefined {
    return element.attributes[local];
  }

  /** Attribute in a namespace; the CSIP namespace is matched case-insensitively (DILCIS.eu / dilcis.eu both occur). */
  attrNs(element: XmlElement, ns: string, local: string): string | undefined {
    const scope = this.scopes.get(element) ?? {};
    for (const [name, value] of Object.entries(element.attributes)) {
      const colon = name.indexOf(':');
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const uri = scope[name.slice(0, colon)];
      if (uri !== undefined && uri.toLowerCase() === ns.toLowerCase()) return value;
    }
    return undefined;
  }

  children(element: XmlElement, local: string): XmlElement[] {
    return element.children.filter((c): c is XmlElement => 'name' in c && c.ns === METS_NS && c.local === local);
  }

  child(element: XmlElement, local: string): XmlElement | undefined {
    return this.children(element, local)[0];
  }

  /** Every descendant METS element with this local name, in document order. */
  descendants(element: XmlElement, local: string): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (e: XmlElement) => {
      for (const c of e.children) {
        if (!('name' in c)) continue;
        if (c.ns === METS_NS && c.local === local) out.push(c);
        visit(c);
      }
    };
    visit(element);
    return out;
  }

  isMetsRoot(): boolean {
    return this.root.ns === METS_NS && this.root.local === 'mets';
  }
}

/** A file the METS points at with SIZE/CHECKSUM (an mdRef or a file/FLocat). */
export interface MetsFileReference {
  /** Where in the METS: `dmdSec[ID]/mdRef`, `fileGrp[USE]/file[ID]`… */
  where: string;
  href: string;
  size?: string;
  checksum?: string;
  checksumType?: string;
}

/** All mdRef and file/FLocat references of a METS document (LOCTYPE URL or none). */
export function metsFileReferences(doc: MetsDoc): MetsFileReference[] {
  const refs: MetsFileReference[] = [];
  const push = (where: string, holder: XmlElement, locator: XmlElement) => {
    const href = doc.attrNs(locator, XLINK_NS, 'href');
    const loctype = doc.attr(locator, 'LOCTYPE');
    if (href === undefined || (loctype !== undefined && loctype !== 'URL')) return;
    const ref: MetsFileReference = { where, href };
    const size = doc.attr(holder, 'SIZE');
    const checksum = doc.attr(holder, 'CHECKSUM');
    const checksumType = doc.attr(holder, 'CHECKSUMTYPE');
    if (size !== undefined) ref.size = size;
    if (checksum !== undefined) ref.checksum = checksum;
    if (checksumType !== undefined) ref.checksumType = checksumType;
    refs.push(ref);
  };
  for (const dmd of doc.children(doc.root, 'dmdSec'))
    for (const mdRef of doc.children(dmd, 'mdRef')) push(`dmdSec[${dmd.attributes.ID ?? ''}]/mdRef`, mdRef, mdRef);
  for (const amd of doc.children(doc.root, 'amdSec'))
    for (const section of amd.children)
      if ('name' in section && section.ns === METS_NS)
        for (const mdRef of doc.children(section, 'mdRef'))
          push(`amdSec/${section.local}[${section.attributes.ID ?? ''}]/mdRef`, mdRef, mdRef);
  for (const fileSec of doc.children(doc.root, 'fileSec'))
    for (const file of doc.descendants(fileSec, 'file'))
      for (const flocat of doc.children(file, 'FLocat')) push(`file[${file.attributes.ID ?? ''}]/FLocat`, file, flocat);
  return refs;
}

/**
 * Resolve an href of a METS in folder `base` ('' or 'representations/rep1') to a package path.
 * Undefined when it is not a relative path inside the package (URL with a scheme, absolute, `..`
 * escaping the root, NUL, backslash).
 */
export function resolveMetsHref(base: string, href: string): string | undefined {
  let h = href.trim();
  if (h.startsWith('file:')) h = h.slice(5);
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith('/') || h.includes('\\') || h.includes('\0')) return undefined;
  try {
    h = decodeURIComponent(h);
  } catch {
    // not percent-encoded: keep as written
  }
  const parts = base === '' ? [] : base.split('/');
  for (const seg of h.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}
