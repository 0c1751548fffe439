// OAI-PMH 2.0 at /oai on both catalogue engines: every response validates against the official
// OAI-PMH.xsd and oai_dc.xsd (xmllint), lists page with signed tokens bound to the harvester,
// anonymous harvesters see only public records, and a record that leaves their view is a tombstone.
import { join } from 'node:path';
import { parseXml, textOf, elements, type FileRecord, type Fonds, type XmlElement } from '@duphong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import { buildApp, type DuphongApp } from './app.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { postgresHome } from '../testing/catalog-cli.js';
import { signedInUser } from '../testing/sign-in.js';
import { oaiValidator } from '../testing/oai-xmllint.js';
import { principalOf } from '../usecases/accounts.js';
import { createToken } from '../usecases/api-tokens.js';

const UNIT = 'province-lao-cai';
const FONDS = 'P LC/01';
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000+07:00`;

function file(code: string, mode: string, minute: number, title = `Hồ sơ ${code}`): FileRecord {
  return {
    code,
    fondsCode: FONDS,
    title,
    fields: { mode, startDate: '01/02/1998', endDate: '31/12/1998', description: 'Tóm tắt' },
    legacy: {},
    createdAt: at(minute),
    updatedAt: at(minute),
  };
}

const NS = 'http://www.openarchives.org/OAI/2.0/';
const child = (e: XmlElement, local: string) => elements(e, NS, local);
const one = (e: XmlElement, local: string) => child(e, local)[0]!;

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`OAI-PMH provider (${engine})`, () => {
    const tmp = tempDir('oai-');
    const xsd = oaiValidator();
    let ctx: Context;
    let app: DuphongApp;
    let drop: (() => Promise<void>) | undefined;
    let staffToken = '';
    let outOfScopeToken = '';

    const oai = async (query: string, headers: Record<string, string> = {}) => {
      const res = await app.inject({ method: 'GET', url: `/oai?${query}`, headers });
      if (res.statusCode !== 200) return { status: res.statusCode, root: undefined as unknown as XmlElement, body: res.body };
      const problems = xsd.validate(res.body);
      expect(problems, `${query}\n${res.body.slice(0, 2000)}`).toEqual([]);
      return { status: res.statusCode, root: parseXml(res.body).root!, body: res.body };
    };
    const errorCodes = (root: XmlElement) => child(root, 'error').map((e) => e.attributes.code);

    beforeAll(async () => {
      const home = join(tmp.path, 'home');
      if (engine === 'postgres') ({ drop } = await postgresHome(home, `oai_${process.pid}`));
      else await initHome(home, true);
      ctx = await openContext(home);
      app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
      await app.ready();
      const fonds: Fonds = {
        code: FONDS,
        name: 'Phông UBND tỉnh Lào Cai',
        kind: 'fonds',
        status: 'open',
        unitId: UNIT,
        fields: {},
        legacy: {},
        createdAt: at(0),
        updatedAt: at(0),
      };
      await ctx.catalogue.records.putFonds(fonds);
      await ctx.catalogue.records.putFile(file('HS-01', '01', 1, 'Hồ sơ thành lập xã Tả Phìn'));
      await ctx.catalogue.records.putFile(file('HS-02', '02', 2));
      await ctx.catalogue.records.putFile(file('HS-03', '03', 3));
      // 130 more public files with one datestamp: page borders fall inside equal datestamps.
      for (let i = 0; i < 130; i++) await ctx.catalogue.records.putFile(file(`HS-P${String(i).padStart(3, '0')}`, '01', 4));
      for (const [username, units] of [
        ['thu-thap', 'all'],
        ['ngoai-pham-vi', ['province-ha-giang']],
      ] as const) {
        const { userId } = await signedInUser(ctx, { username, roles: ['archivist'], units: units as 'all' | string[] });
        const user = await ctx.catalogue.accounts.getUser(userId);
        const owner = await principalOf(ctx.catalogue, user!);
        const { token } = await createToken(ctx, owner, {
          name: 'oai',
          actions: ['catalogue.read'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        });
        if (username === 'thu-thap') staffToken = token;
        else outOfScopeToken = token;
      }
    });
    afterAll(async () => {
      await app?.close();
      await ctx?.close();
      await drop?.();
      xsd.remove();
      tmp.remove();
    });

    it('Identify, ListMetadataFormats and ListSets answer valid OAI-PMH', async () => {
      const id = await oai('verb=Identify');
      const identify = one(id.root, 'Identify');
      expect(textOf(one(identify, 'protocolVersion'))).toBe('2.0');
      expect(textOf(one(identify, 'deletedRecord'))).toBe('persistent');
      expect(textOf(one(identify, 'earliestDatestamp'))).toBe('2026-03-01T03:01:00Z');
      expect(textOf(one(identify, 'baseURL'))).toMatch(/\/oai$/);
      const formats = await oai('verb=ListMetadataFormats');
      expect(child(one(formats.root, 'ListMetadataFormats'), 'metadataFormat').map((f) => textOf(one(f, 'metadataPrefix')))).toEqual([
        'oai_dc',
        'ead',
      ]);
      const sets = await oai('verb=ListSets');
      expect(child(one(sets.root, 'ListSets'), 'set').map((s) => textOf(one(s, 'setSpec')))).toEqual([`unit:${UNIT}`, 'fonds:P~20LC~2F01']);
    });

    it('lists public records to anonymous harvesters in pages, with a token bound to them', async () => {
      const first = await oai('verb=ListRecords&metadataPrefix=oai_dc');
      const list = one(first.root, 'ListRecords');
      const records = child(list, 'record');
      expect(records).toHaveLength(100);
      const token = one(list, 'resumptionToken');
      expect(token.attributes).toMatchObject({ completeListSize: '131', cursor: '0' });
      expect(first.body).toContain('<dc:identifier>HS-01</dc:identifier>');
      expect(first.body).toContain('<dc:rights>urn:duphong:access:01</dc:rights>');
      expect(first.body).toContain('<dc:date>1998-02-01/1998-12-31</dc:date>');
      expect(first.body).toContain('<dc:relation>fonds:P LC/01</dc:relation>');
      expect(first.body).toMatch(/<dc:identifier>http:\/\/[^<]+\/#\/ho-so\/HS-01<\/dc:identifier>/);
      const second = await oai(`verb=ListRecords&resumptionToken=${encodeURIComponent(textOf(token))}`);
      const rest = one(second.root, 'ListRecords');
      expect(child(rest, 'record')).toHaveLength(31);
      expect(one(rest, 'resumptionToken').attributes).toMatchObject({ completeListSize: '131', cursor: '100' });
      expect(textOf(one(rest, 'resumptionToken'))).toBe('');
      const codes = [...child(list, 'record'), ...child(rest, 'record')].map((r) => textOf(one(one(r, 'header'), 'identifier')));
      expect(new Set(codes).size).toBe(131);
      expect(codes.some((c) => /HS-0[23]$/.test(c))).toBe(false);

      // The same token in another harvester's hands, or edited, is refused.
      const stolen = await oai(`verb=ListRecords&resumptionToken=${encodeURIComponent(textOf(token))}`, {
        authorization: `Bearer ${staffToken}`,
      });
      expect(errorCodes(stolen.root)).toEqual(['badResumptionToken']);
      const [body, sig] = textOf(token).split('.');
      const state = JSON.parse(Buffer.from(body!, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...state, who: 'x' })).toString('base64url');
      expect(errorCodes((await oai(`verb=ListRecords&resumptionToken=${forged}.${sig}`)).root)).toEqual(['badResumptionToken']);
    });

    it('a harvester with a token sees what its account may, within its units', async () => {
      const staff = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc', { authorization: `Bearer ${staffToken}` });
      expect(one(one(staff.root, 'ListIdentifiers'), 'resumptionToken').attributes.completeListSize).toBe('133');
      const outside = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc', { authorization: `Bearer ${outOfScopeToken}` });
      expect(errorCodes(outside.root)).toEqual(['noRecordsMatch']);
      const bad = await app.inject({ method: 'GET', url: '/oai?verb=Identify', headers: { authorization: 'Bearer dp_khong-hop-le' } });
      expect(bad.statusCode).toBe(401);
    });

    it('answers the protocol errors of §3.6', async () => {
      expect(errorCodes((await oai('verb=Nope')).root)).toEqual(['badVerb']);
      expect(errorCodes((await oai('verb=Identify&verb=Identify')).root)).toEqual(['badVerb']);
      const badArg = await oai('verb=ListRecords&metadataPrefix=oai_dc&foo=1');
      expect(errorCodes(badArg.root)).toEqual(['badArgument']);
      // After badArgument the request element carries no attributes.
      expect(one(badArg.root, 'request').attributes).toEqual({});
      expect(errorCodes((await oai('verb=ListRecords')).root)).toEqual(['badArgument']);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-02&until=2026-03-01')).root)).toEqual([
        'badArgument',
      ]);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-01&until=2026-03-02T00:00:00Z')).root)).toEqual([
        'badArgument',
      ]);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-30')).root)).toEqual(['badArgument']);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=marc')).root)).toEqual(['cannotDisseminateFormat']);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&set=fonds:KHONG')).root)).toEqual(['noRecordsMatch']);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01')).root)).toEqual(['noRecordsMatch']);
      expect(errorCodes((await oai('verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:khac:HS-01')).root)).toEqual(['idDoesNotExist']);
      // A record the harvester may not see does not exist for it.
      expect(errorCodes((await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${ctx.identity.instanceId}:HS-03`)).root)).toEqual([
        'idDoesNotExist',
      ]);
      expect(errorCodes((await oai('verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc')).root)).toEqual(['badArgument']);
      expect(errorCodes((await oai('verb=ListRecords&resumptionToken=abc.def')).root)).toEqual(['badResumptionToken']);
    });

    it('GetRecord in ead and by POST; a record that leaves the public view becomes a tombstone', async () => {
      const id = `oai:${ctx.identity.instanceId}:HS-01`;
      const ead = await oai(`verb=GetRecord&metadataPrefix=ead&identifier=${encodeURIComponent(id)}`);
      expect(ead.body).toContain('<accessrestrict mode="01">Công khai</accessrestrict>');
      const post = await app.inject({
        method: 'POST',
        url: '/oai',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id)}`,
      });
      expect(post.statusCode).toBe(200);
      expect(xsd.validate(post.body)).toEqual([]);
      expect(post.body).toContain('Hồ sơ thành lập xã Tả Phìn');

      await ctx.catalogue.records.putFile({
        ...file('HS-01', '03', 30, 'Hồ sơ thành lập xã Tả Phìn'),
        updatedAt: '2026-03-02T09:00:00.000+07:00',
      });
      const since = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-02T00:00:00Z');
      const headers = child(one(since.root, 'ListIdentifiers'), 'header');
      expect(headers.map((h) => [textOf(one(h, 'identifier')), h.attributes.status])).toEqual([[id, 'deleted']]);
      const gone = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id)}`);
      expect(one(one(one(gone.root, 'GetRecord'), 'record'), 'header').attributes.status).toBe('deleted');
      const staff = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id)}`, {
        authorization: `Bearer ${staffToken}`,
      });
      expect(staff.body).toContain('urn:duphong:access:03');
      expect((await app.inject({ method: 'GET', url: '/oai/tt05-ead.xsd' })).statusCode).toBe(200);
    });
  });
}
