import { el, writeXml, type XmlElement } from '../xml/tree.js';
import type { OaiError, OaiRequest } from './protocol.js';
import { OAI_NS, XSI_NS } from './records.js';

/** The OAI-PMH response document (§3.2): responseDate, the request echoed, then the verb's answer or the errors. */
export function oaiResponse(
  responseDate: string,
  baseUrl: string,
  request: Partial<OaiRequest> | undefined,
  body: XmlElement | OaiError[],
): string {
  const errors = Array.isArray(body) ? body : [];
  // After badVerb or badArgument the request element carries the base URL only (§3.2).
  const echo = errors.some((e) => e.code === 'badVerb' || e.code === 'badArgument') ? {} : (request ?? {});
  const attributes: Record<string, string | undefined> = {};
  for (const k of ['verb', 'identifier', 'metadataPrefix', 'from', 'until', 'set', 'resumptionToken'] as const) attributes[k] = echo[k];
  const root = el(
    'OAI-PMH',
    OAI_NS,
    {
      xmlns: OAI_NS,
      'xmlns:xsi': XSI_NS,
      'xsi:schemaLocation': `${OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`,
    },
    [
      el('responseDate', OAI_NS, {}, [responseDate]),
      el('request', OAI_NS, attributes, [baseUrl]),
      ...(Array.isArray(body) ? body.map((e) => el('error', OAI_NS, { code: e.code }, [e.message])) : [body]),
    ],
  );
  return writeXml(root);
}

export interface ResumptionState {
  /** The token for the next page, or undefined on the last page of a list that had tokens. */
  token: string | undefined;
  completeListSize: number;
  cursor: number;
  expirationDate?: string;
}

/** The resumptionToken element; on the last page it is empty (§3.5). */
export function resumptionElement(state: ResumptionState): XmlElement {
  return el(
    'resumptionToken',
    OAI_NS,
    {
      completeListSize: String(state.completeListSize),
      cursor: String(state.cursor),
      ...(state.token && state.expirationDate ? { expirationDate: state.expirationDate } : {}),
    },
    state.token ? [state.token] : [],
  );
}

export interface IdentifyInfo {
  repositoryName: string;
  baseUrl: string;
  adminEmail: string;
  earliestDatestamp: string;
}

export function identifyElement(info: IdentifyInfo): XmlElement {
  return el('Identify', OAI_NS, {}, [
    el('repositoryName', OAI_NS, {}, [info.repositoryName]),
    el('baseURL', OAI_NS, {}, [info.baseUrl]),
    el('protocolVersion', OAI_NS, {}, ['2.0']),
    el('adminEmail', OAI_NS, {}, [info.adminEmail]),
    el('earliestDatestamp', OAI_NS, {}, [info.earliestDatestamp]),
    el('deletedRecord', OAI_NS, {}, ['persistent']),
    el('granularity', OAI_NS, {}, ['YYYY-MM-DDThh:mm:ssZ']),
  ]);
}
