import type { Finding } from '../findings.js';
import { strip } from './strip.js';
import { el, elements, firstElement, textOf, writeXml, type XmlElement } from '../xml/tree.js';

/**
 * PREMIS 3.0 preservation metadata of a TT05 AIP (`PREMIS.xml`, `PREMIS_rep1.xml`): objects with
 * fixity and PRONOM format, events (LoC event-type vocabulary), agents. Written in the order of
 * premis-v3-0.xsd; `readPremis(writePremis(x))` gives `x` back.
 */
export const PREMIS_NAMESPACE = 'http://www.loc.gov/premis/v3';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const P = PREMIS_NAMESPACE;

export interface PremisIdentifier {
  type: string;
  value: string;
}

export interface PremisObject {
  xmlId?: string;
  /** file · representation · intellectualEntity (PREMIS 3 XML expresses objectCategory as xsi:type). */
  category: 'file' | 'representation' | 'intellectualEntity';
  identifier: PremisIdentifier;
  fixity?: { algorithm: string; digest: string };
  size?: number;
  format?: { name: string; version?: string; puid?: string };
  originalName?: string;
  /** Where the object is, as a path inside the package. */
  location?: string;
  /** Representation → its files (relationship structural/includes). */
  includes?: PremisIdentifier[];
}

export interface PremisLink extends PremisIdentifier {
  role?: string;
}

export interface PremisEventRecord {
  identifier: PremisIdentifier;
  type: string;
  dateTime: string;
  detail?: string;
  outcome?: string;
  outcomeNote?: string;
  agents: PremisLink[];
  objects: PremisLink[];
}

export interface PremisAgentRecord {
  identifier: PremisIdentifier;
  name: string;
  type?: string;
  version?: string;
  note?: string;
}

export interface PremisDocument {
  /** Where premis-v3-0.xsd is, relative to this file (the package's schemas/ folder). */
  schemaLocation?: string;
  objects: PremisObject[];
  events: PremisEventRecord[];
  agents: PremisAgentRecord[];
}

export function premisElement(doc: PremisDocument): XmlElement {
  return el(
    'premis:premis',
    P,
    {
      version: '3.0',
      'xmlns:premis': P,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': doc.schemaLocation === undefined ? undefined : `${P} ${doc.schemaLocation}`,
    },
    [...doc.objects.map(objectElement), ...doc.events.map(eventElement), ...doc.agents.map(agentElement)],
  );
}

export function writePremis(doc: PremisDocument): string {
  return writeXml(premisElement(doc));
}

const e = (local: string, children: Array<XmlElement | string | undefined> = [], attributes: Record<string, string | undefined> = {}) =>
  el(`premis:${local}`, P, attributes, children);
const idPair = (prefix: string, id: PremisIdentifier) => [e(`${prefix}Type`, [id.type]), e(`${prefix}Value`, [id.value])];

function objectElement(o: PremisObject): XmlElement {
  const characteristics =
    o.category === 'file'
      ? e('objectCharacteristics', [
          e('compositionLevel', ['0']),
          o.fixity && e('fixity', [e('messageDigestAlgorithm', [o.fixity.algorithm]), e('messageDigest', [o.fixity.digest])]),
          o.size === undefined ? undefined : e('size', [String(o.size)]),
          e('format', [
            e('formatDesignation', [
              e('formatName', [o.format?.name ?? 'unknown']),
              o.format?.version ? e('formatVersion', [o.format.version]) : undefined,
            ]),
            o.format?.puid
              ? e('formatRegistry', [
                  e('formatRegistryName', ['PRONOM']),
                  e('formatRegistryKey', [o.format.puid]),
                  e('formatRegistryRole', ['specification']),
                ])
              : undefined,
          ]),
        ])
      : undefined;
  return e(
    'object',
    [
      e('objectIdentifier', idPair('objectIdentifier', o.identifier)),
      characteristics,
      o.originalName === undefined ? undefined : e('originalName', [o.originalName]),
      o.location === undefined
        ? undefined
        : e('storage', [e('contentLocation', [e('contentLocationType', ['relative path']), e('contentLocationValue', [o.location])])]),
      ...(o.includes ?? []).map((id) =>
        e('relationship', [
          e('relationshipType', ['structural']),
          e('relationshipSubType', ['includes']),
          e('relatedObjectIdentifier', idPair('relatedObjectIdentifier', id)),
        ]),
      ),
    ],
    { 'xsi:type': `premis:${o.category}`, xmlID: o.xmlId },
  );
}

function eventElement(v: PremisEventRecord): XmlElement {
  return e('event', [
    e('eventIdentifier', idPair('eventIdentifier', v.identifier)),
    e('eventType', [v.type]),
    e('eventDateTime', [v.dateTime]),
    v.detail === undefined ? undefined : e('eventDetailInformation', [e('eventDetail', [v.detail])]),
    v.outcome === undefined
      ? undefined
      : e('eventOutcomeInformation', [
          e('eventOutcome', [v.outcome]),
          v.outcomeNote === undefined ? undefined : e('eventOutcomeDetail', [e('eventOutcomeDetailNote', [v.outcomeNote])]),
        ]),
    ...v.agents.map((a) =>
      e('linkingAgentIdentifier', [...idPair('linkingAgentIdentifier', a), a.role ? e('linkingAgentRole', [a.role]) : undefined]),
    ),
    ...v.objects.map((o) =>
      e('linkingObjectIdentifier', [...idPair('linkingObjectIdentifier', o), o.role ? e('linkingObjectRole', [o.role]) : undefined]),
    ),
  ]);
}

function agentElement(a: PremisAgentRecord): XmlElement {
  return e('agent', [
    e('agentIdentifier', idPair('agentIdentifier', a.identifier)),
    e('agentName', [a.name]),
    a.type === undefined ? undefined : e('agentType', [a.type]),
    a.version === undefined ? undefined : e('agentVersion', [a.version]),
    a.note === undefined ? undefined : e('agentNote', [a.note]),
  ]);
}

/** Read a parsed PREMIS document; unknown elements are ignored, a wrong root is a finding. */
export function readPremis(root: XmlElement, path?: string): { doc?: PremisDocument; findings: Finding[] } {
  if (root.ns !== P || root.local !== 'premis')
    return {
      findings: [
        {
          code: 'DP-TT05-PREMIS-ROOT',
          severity: 'error',
          message: 'Phần tử gốc không phải premis:premis (PREMIS 3) / root is not premis:premis',
          ...(path === undefined ? {} : { path }),
        },
      ],
    };
  const child = (x: XmlElement, local: string) => firstElement(x, P, local);
  const text = (x: XmlElement | undefined, local: string) => {
    const c = x && child(x, local);
    return c ? textOf(c).trim() : undefined;
  };
  const id = (x: XmlElement | undefined, prefix: string): PremisIdentifier => ({
    type: text(x, `${prefix}Type`) ?? '',
    value: text(x, `${prefix}Value`) ?? '',
  });
  const link = (x: XmlElement, prefix: string): PremisLink =>
    strip({ ...id(x, prefix), role: text(x, `${prefix.replace(/Identifier$/, '')}Role`) });
  const objects = elements(root, P, 'object').map((o): PremisObject => {
    const typeAttr = Object.entries(o.attributes).find(([k]) => k === 'xsi:type' || k.endsWith(':type'))?.[1] ?? '';
    const category = typeAttr.slice(typeAttr.indexOf(':') + 1) as PremisObject['category'];
    const chars = child(o, 'objectCharacteristics');
    const fixity = chars && child(chars, 'fixity');
    const format = chars && child(chars, 'format');
    const size = text(chars, 'size');
    return strip({
      xmlId: o.attributes.xmlID,
      category,
      identifier: id(child(o, 'objectIdentifier'), 'objectIdentifier'),
      fixity: fixity && { algorithm: text(fixity, 'messageDigestAlgorithm') ?? '', digest: text(fixity, 'messageDigest') ?? '' },
      size: size === undefined ? undefined : Number(size),
      format:
        format &&
        strip({
          name: text(child(format, 'formatDesignation'), 'formatName') ?? '',
          version: text(child(format, 'formatDesignation'), 'formatVersion'),
          puid: text(child(format, 'formatRegistry'), 'formatRegistryKey'),
        }),
      originalName: text(o, 'originalName'),
      location: text(child(child(o, 'storage') ?? o, 'contentLocation'), 'contentLocationValue'),
      includes: elements(o, P, 'relationship').length
        ? elements(o, P, 'relationship').map((r) => id(child(r, 'relatedObjectIdentifier'), 'relatedObjectIdentifier'))
        : undefined,
    });
  });
  const events = elements(root, P, 'event').map((v): PremisEventRecord =>
    strip({
      identifier: id(child(v, 'eventIdentifier'), 'eventIdentifier'),
      type: text(v, 'eventType') ?? '',
      dateTime: text(v, 'eventDateTime') ?? '',
      detail: text(child(v, 'eventDetailInformation'), 'eventDetail'),
      outcome: text(child(v, 'eventOutcomeInformation'), 'eventOutcome'),
      outcomeNote: text(child(child(v, 'eventOutcomeInformation') ?? v, 'eventOutcomeDetail'), 'eventOutcomeDetailNote'),
      agents: elements(v, P, 'linkingAgentIdentifier').map((x) => link(x, 'linkingAgentIdentifier')),
      objects: elements(v, P, 'linkingObjectIdentifier').map((x) => link(x, 'linkingObjectIdentifier')),
    }),
  );
  const agents = elements(root, P, 'agent').map((a): PremisAgentRecord =>
    strip({
      identifier: id(child(a, 'agentIdentifier'), 'agentIdentifier'),
      name: text(a, 'agentName') ?? '',
      type: text(a, 'agentType'),
      version: text(a, 'agentVersion'),
      note: text(a, 'agentNote'),
    }),
  );
  const location = Object.entries(root.attributes)
    .find(([k]) => k.endsWith(':schemaLocation'))?.[1]
    ?.trim()
    .split(/\s+/)[1];
  return { doc: strip({ schemaLocation: location, objects, events, agents }), findings: [] };
}
