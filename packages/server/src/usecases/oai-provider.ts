import {
  METADATA_FORMATS,
  OAI_NS,
  boundOf,
  decide,
  el,
  fileCodeOf,
  identifyElement,
  isMetadataPrefix,
  levelsOf,
  oaiHeader,
  oaiRecord,
  oaiResponse,
  parseOaiRequest,
  parseSetSpec,
  resumptionElement,
  setSpecOf,
  type MetadataPrefix,
  type OaiAudience,
  type OaiError,
  type OaiItem,
  type OaiItemRow,
  type OaiListQuery,
  type OaiRepositoryInfo,
  type OaiRequest,
  type Principal,
  type XmlElement,
} from '@duphong/core';
import { accessError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { issueToken, readToken, type TokenState } from './oai-token.js';

/*
 * The OAI-PMH 2.0 repository (docs/oai-pmh.md, decision 0026): one answer per request, as XML.
 * Anonymous harvesters see public records (level 01) only; a harvester with an API token sees
 * what the access policy lets its account see, within its units. Lists page by a keyset cursor
 * carried in a signed resumption token, so records changing during a harvest are neither lost
 * nor doubled within it.
 */
export const OAI_PAGE_SIZE = 100;

export interface OaiCall {
  params: Array<[string, string]>;
  principal: Principal | undefined;
  /** `{origin}/oai` when national.publicUrl is not set. */
  origin: string;
  pageSize?: number;
}

const utcNow = (ctx: Context): string => `${ctx.clock.now().toISOString().slice(0, 19)}Z`;

function audienceOf(principal: Principal | undefined): OaiAudience {
  if (!principal) return { modes: ['01'], units: 'all' };
  if (!decide(principal, 'catalogue.read').allow)
    throw accessError(
      'forbidden',
      'DP-FORBIDDEN',
      'Mã truy cập này không có quyền đọc mục lục (catalogue.read) để thu thập qua OAI-PMH.',
      'This token may not read the catalogue (catalogue.read) to harvest by OAI-PMH.',
    );
  return { modes: levelsOf(principal), units: principal.units === 'all' ? 'all' : [...principal.units] };
}

async function unitNames(ctx: Context): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  // Oldest first: the newest version's name wins.
  for (const v of await ctx.catalogue.units.listVersions()) names.set(v.unitId, v.name);
  return names;
}

export async function answerOai(ctx: Context, call: OaiCall): Promise<string> {
  const responseDate = utcNow(ctx);
  const publicUrl = ctx.config.national.publicUrl ?? call.origin;
  const baseUrl = `${publicUrl.replace(/\/+$/, '')}/oai`;
  const parsed = parseOaiRequest(call.params);
  if ('errors' in parsed) return oaiResponse(responseDate, baseUrl, undefined, parsed.errors);
  const request = parsed.request;
  const audience = audienceOf(call.principal);
  const info: OaiRepositoryInfo = { instanceId: ctx.identity.instanceId, publicUrl };
  const body = await answer(ctx, {
    request,
    audience,
    info,
    baseUrl,
    responseDate,
    who: call.principal?.userId ?? '',
    pageSize: call.pageSize ?? OAI_PAGE_SIZE,
  });
  return oaiResponse(responseDate, baseUrl, request, body);
}

interface Ask {
  request: OaiRequest;
  audience: OaiAudience;
  info: OaiRepositoryInfo;
  baseUrl: string;
  responseDate: string;
  who: string;
  pageSize: number;
}

const err = (code: OaiError['code'], message: string): OaiError[] => [{ code, message }];

async function answer(ctx: Context, ask: Ask): Promise<XmlElement | OaiError[]> {
  const { request } = ask;
  switch (request.verb) {
    case 'Identify':
      return identifyElement({
        repositoryName: ctx.config.national.instanceName,
        baseUrl: ask.baseUrl,
        adminEmail: ctx.config.national.adminEmail,
        earliestDatestamp: (await ctx.catalogue.oai.earliestDatestamp()) ?? ask.responseDate,
      });
    case 'ListMetadataFormats': {
      if (request.identifier !== undefined && !(await itemOf(ctx, ask, request.identifier)))
        return err('idDoesNotExist', `No item "${request.identifier}" in this repository.`);
      return el(
        'ListMetadataFormats',
        OAI_NS,
        {},
        Object.entries(METADATA_FORMATS).map(([prefix, f]) =>
          el('metadataFormat', OAI_NS, {}, [
            el('metadataPrefix', OAI_NS, {}, [prefix]),
            el('schema', OAI_NS, {}, [f.schema.startsWith('/') ? `${ask.baseUrl}${f.schema.slice(4)}` : f.schema]),
            el('metadataNamespace', OAI_NS, {}, [f.namespace]),
          ]),
        ),
      );
    }
    case 'ListSets':
      return listSets(ctx, ask);
    case 'GetRecord': {
      if (!isMetadataPrefix(request.metadataPrefix!))
        return err('cannotDisseminateFormat', `Unknown metadataPrefix "${request.metadataPrefix}".`);
      const item = await itemOf(ctx, ask, request.identifier!);
      if (!item) return err('idDoesNotExist', `No item "${request.identifier}" in this repository.`);
      return el('GetRecord', OAI_NS, {}, [oaiRecord(ask.info, item, request.metadataPrefix!)]);
    }
    default:
      return list(ctx, ask);
  }
}

async function itemOf(ctx: Context, ask: Ask, identifier: string): Promise<OaiItem | undefined> {
  const code = fileCodeOf(ask.info.instanceId, identifier);
  const row = code === undefined ? undefined : await ctx.catalogue.oai.get(code, ask.audience);
  return row && toItem(row, await unitNames(ctx));
}

const toItem = (row: OaiItemRow, names: Map<string, string>): OaiItem => ({
  ...row,
  deleted: !row.visible,
  unitName: row.unitId ? (names.get(row.unitId) ?? row.unitId) : null,
});

async function listSets(ctx: Context, ask: Ask): Promise<XmlElement | OaiError[]> {
  if (ask.request.resumptionToken !== undefined) return err('badResumptionToken', 'This repository lists its sets in one response.');
  const names = await unitNames(ctx);
  const sets = await ctx.catalogue.oai.sets(ask.audience);
  return el(
    'ListSets',
    OAI_NS,
    {},
    sets.map((s) =>
      el('set', OAI_NS, {}, [
        el('setSpec', OAI_NS, {}, [setSpecOf(s.set)]),
        el('setName', OAI_NS, {}, [s.set.kind === 'unit' ? `Đơn vị: ${names.get(s.set.id) ?? s.name}` : `Phông ${s.set.code}: ${s.name}`]),
      ]),
    ),
  );
}

async function list(ctx: Context, ask: Ask): Promise<XmlElement | OaiError[]> {
  const { request } = ask;
  const verb = request.verb as 'ListIdentifiers' | 'ListRecords';
  let state: Omit<TokenState, 'exp'>;
  if (request.resumptionToken !== undefined) {
    const read = readToken(ctx.home, request.resumptionToken, ask.who, ctx.clock.now());
    if (!read || read.verb !== verb)
      return err('badResumptionToken', 'The resumptionToken is invalid, expired or not issued to this harvester.');
    state = read;
  } else {
    if (!isMetadataPrefix(request.metadataPrefix!))
      return err('cannotDisseminateFormat', `Unknown metadataPrefix "${request.metadataPrefix}".`);
    if (request.set !== undefined && !parseSetSpec(request.set))
      return err('noRecordsMatch', `No set "${request.set}" in this repository.`);
    state = {
      verb,
      prefix: request.metadataPrefix!,
      ...(request.set !== undefined && { set: request.set }),
      ...(request.from !== undefined && { from: boundOf(request.from, 'from') }),
      // The list ends where it started: what changes during the harvest comes in the next one.
      until: request.until !== undefined ? boundOf(request.until, 'until') : ask.responseDate,
      cursor: 0,
      total: 0,
      who: ask.who,
    };
  }
  const set = state.set === undefined ? undefined : parseSetSpec(state.set);
  const query: OaiListQuery = {
    ...ask.audience,
    ...(set && { set }),
    ...(state.from !== undefined && { from: state.from }),
    until: state.until,
  };
  if (request.resumptionToken === undefined) state.total = await ctx.catalogue.oai.count(query);
  if (state.total === 0) return err('noRecordsMatch', 'No records match the request.');
  const rows = await ctx.catalogue.oai.list({ ...query, ...(state.after && { after: state.after }) }, ask.pageSize + 1);
  const more = rows.length > ask.pageSize;
  const page = rows.slice(0, ask.pageSize);
  if (page.length === 0) return err('noRecordsMatch', 'No records match the request.');
  const names = await unitNames(ctx);
  const prefix = state.prefix as MetadataPrefix;
  const items = page.map((r) => toItem(r, names));
  const children: XmlElement[] = items.map((i) => (verb === 'ListRecords' ? oaiRecord(ask.info, i, prefix) : oaiHeader(ask.info, i)));
  const last = page.at(-1);
  const hadToken = request.resumptionToken !== undefined;
  if (more && last) {
    const next = issueToken(
      ctx.home,
      { ...state, after: { datestamp: last.datestamp, fileCode: last.fileCode }, cursor: state.cursor + page.length },
      ctx.clock.now(),
    );
    children.push(
      resumptionElement({ token: next.token, completeListSize: state.total, cursor: state.cursor, expirationDate: next.expires }),
    );
  } else if (hadToken) children.push(resumptionElement({ token: undefined, completeListSize: state.total, cursor: state.cursor }));
  return el(verb, OAI_NS, {}, children);
}
