/*
 * OAI-PMH 2.0 requests (https://www.openarchives.org/OAI/openarchivesprotocol.html §3.1, §4):
 * which arguments each verb takes, and the protocol's own error conditions. Parsing returns the
 * request or the errors the repository must answer with; nothing here reads the catalogue.
 */
export const OAI_VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];

export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

export interface OaiError {
  code: OaiErrorCode;
  message: string;
}

export interface OaiRequest {
  verb: OaiVerb;
  identifier?: string;
  metadataPrefix?: string;
  from?: string;
  until?: string;
  set?: string;
  resumptionToken?: string;
}

type Arg = Exclude<keyof OaiRequest, 'verb'>;
const ARGS: Record<OaiVerb, { required: Arg[]; optional: Arg[]; exclusive?: Arg }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function validDate(value: string): boolean {
  if (!DAY.test(value) && !SECOND.test(value)) return false;
  const t = Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, value.length === 10 ? 10 : 19) === value.replace('Z', '');
}

/** A from/until bound as a full UTC datestamp: a day from its first second, until its last. */
export function boundOf(value: string, side: 'from' | 'until'): string {
  if (value.length > 10) return value;
  return `${value}T${side === 'from' ? '00:00:00' : '23:59:59'}Z`;
}

/**
 * The request, or its errors. A repeated or unknown argument, a missing required one, a token next
 * to other arguments, a malformed date or from after until are `badArgument`; a missing, repeated
 * or unknown verb is `badVerb` (§3.6).
 */
export function parseOaiRequest(params: ReadonlyArray<readonly [string, string]>): { request: OaiRequest } | { errors: OaiError[] } {
  const seen = new Map<string, string[]>();
  for (const [k, v] of params) seen.set(k, [...(seen.get(k) ?? []), v]);
  const verbs = seen.get('verb') ?? [];
  if (verbs.length !== 1 || !(OAI_VERBS as readonly string[]).includes(verbs[0]!))
    return {
      errors: [{ code: 'badVerb', message: verbs.length > 1 ? 'The verb argument is repeated.' : 'Missing or illegal verb.' }],
    };
  const verb = verbs[0] as OaiVerb;
  const spec = ARGS[verb];
  const errors: OaiError[] = [];
  const request: OaiRequest = { verb };
  for (const [k, values] of seen) {
    if (k === 'verb') continue;
    const allowed = [...spec.required, ...spec.optional, ...(spec.exclusive ? [spec.exclusive] : [])] as string[];
    if (!allowed.includes(k)) errors.push({ code: 'badArgument', message: `Illegal argument "${k}" for ${verb}.` });
    else if (values.length > 1) errors.push({ code: 'badArgument', message: `Argument "${k}" is repeated.` });
    else request[k as Arg] = values[0]!;
  }
  if (spec.exclusive && request[spec.exclusive] !== undefined) {
    if (seen.size > 2) errors.push({ code: 'badArgument', message: `${spec.exclusive} is an exclusive argument.` });
  } else {
    for (const k of spec.required) if (request[k] === undefined) errors.push({ code: 'badArgument', message: `Missing argument "${k}".` });
  }
  for (const side of ['from', 'until'] as const) {
    const value = request[side];
    if (value !== undefined && !validDate(value)) errors.push({ code: 'badArgument', message: `Illegal ${side} date "${value}".` });
  }
  if (errors.length === 0 && request.from && request.until) {
    if (request.from.length !== request.until.length)
      errors.push({ code: 'badArgument', message: 'from and until have different granularities.' });
    else if (request.from > request.until) errors.push({ code: 'badArgument', message: 'from is later than until.' });
  }
  return errors.length > 0 ? { errors } : { request };
}
