import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { parseQuery } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { harvestAll, harvestPeer, harvestStatus } from './harvest.js';

/*
 * The harvester against a real HTTP server on loopback that serves OAI-PMH 2.0 pages written
 * here as fixtures: a list over three pages with resumption tokens, a deleted record, records a
 * peer may not speak for, a page that fails once (the run resumes there), protocol errors.
 */
const PG_URL = process.env.DUPHONG_TEST_PG_URL;
const engines = ['sqlite', ...(PG_URL ? ['postgres'] : [])] as const;
const KEY = 'A'.repeat(43) + '=';

interface Rec {
  id: string;
  title?: string;
  deleted?: boolean;
  url?: string;
  access?: string;
  fonds?: string;
  stamp?: string;
}

function page(base: string, records: Rec[], token: string | null | undefined, date = '2026-12-05T07:00:00Z'): string {
  const recs = records
    .map((r) => {
      const header = `<header${r.deleted ? ' status="deleted"' : ''}><identifier>${r.id}</identifier><datestamp>${r.stamp ?? '2026-12-01T01:02:03Z'}</datestamp><setSpec>unit:lao-cai</setSpec></header>`;
      if (r.deleted) return `<record>${header}</record>`;
      const code = decodeURIComponent(r.id.split(':').slice(2).join(':'));
      return `<record>${header}<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>${r.title ?? `Hồ sơ ${code}`}</dc:title><dc:identifier>${code}</dc:identifier>
        <dc:identifier>${r.url ?? `${base}/#/ho-so/${encodeURIComponent(code)}`}</dc:identifier>
        <dc:date>2001-03-12/2001-12-30</dc:date><dc:publisher>Sở Nội vụ tỉnh Lào Cai</dc:publisher>
        <dc:source>Phông UBND tỉnh Lào Cai</dc:source><dc:relation>fonds:${r.fonds ?? 'P01'}</dc:relation>
        <dc:rights>urn:duphong:access:${r.access ?? '01'}</dc:rights><dc:rights>Công khai</dc:rights>
        <dc:language>vi</dc:language><dc:type>hồ sơ lưu trữ</dc:type></oai_dc:dc></metadata></record>`;
    })
    .join('');
  const tok = token === undefined ? '' : `<resumptionToken completeListSize="6">${token ?? ''}</resumptionToken>`;
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>${date}</responseDate>
    <request verb="ListRecords">${base}/oai</request><ListRecords>${recs}${tok}</ListRecords></OAI-PMH>`;
}

const oaiError = (code: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-12-05T08:00:00Z</responseDate><request>x</request><error code="${code}">thông báo ${code}</error></OAI-PMH>`;

describe.each(engines)('harvesting a peer by OAI-PMH, catalogue on %s', (engine) => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let server: Server;
  let base: string;
  let schema: string;
  let requests: Array<{ query: string; auth: string | undefined }>;
  /** What the fake provider answers, by request (query string without the leading '?'). */
  let answer: (q: URLSearchParams) => { status: number; body: string };

  beforeEach(async () => {
    requests = [];
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      requests.push({ query: url.search.slice(1), auth: req.headers.authorization });
      const a = url.pathname === '/oai' ? answer(url.searchParams) : { status: 404, body: 'no' };
      res.writeHead(a.status, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(a.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    tmp = tempDir();
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    const file = join(home, 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    config.national = {
      instanceId: 'trung-uong',
      peers: [
        { id: 'tinh-lao-cai', name: 'Lào Cai', url: base, unit: 'province-lao-cai', publicKeys: [KEY], token: 'tok-lc', harvest: true },
      ],
    };
    if (engine === 'postgres') {
      schema = `duphong_harvest_${process.pid}_${Date.now().toString(36)}`;
      config.catalogue = { kind: 'postgres', url: PG_URL, schema };
    }
    writeFileSync(file, JSON.stringify(config));
    ctx = await openContext(home);
  });
  afterEach(async () => {
    await ctx.close();
    await new Promise((r) => server.close(r));
    if (engine === 'postgres') {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
    tmp.remove();
  });

  const id = (code: string): string => `oai:tinh-lao-cai:${encodeURIComponent(code)}`;
  const search = (q: string) => ctx.catalogue.portal.search({ query: parseQuery(q), levels: ['01'], limit: 20, offset: 0, countCap: 1000 });

  it('follows resumption tokens, resumes after a failure mid-list without doubling, applies deletions and refuses foreign records', async () => {
    let page2Fails = true;
    answer = (q) => {
      const token = q.get('resumptionToken');
      if (token === null)
        return {
          status: 200,
          body: page(
            base,
            [
              { id: id('LC.01.1'), title: 'Hồ sơ thành lập tỉnh Hà Nội' },
              { id: id('LC.01.2'), access: '03' },
            ],
            't1',
          ),
        };
      if (token === 't1') {
        if (page2Fails) {
          page2Fails = false;
          return { status: 503, body: 'bận' };
        }
        return {
          status: 200,
          body: page(
            base,
            [{ id: id('LC.01.3') }, { id: 'oai:tinh-khac:X.1' }, { id: id('LC.01.4'), url: 'https://evil.example/#/ho-so/LC.01.4' }],
            't2',
          ),
        };
      }
      if (token === 't2') return { status: 200, body: page(base, [{ id: id('LC.01.5') }, { id: id('LC.01.1'), deleted: true }], '') };
      return { status: 200, body: oaiError('badResumptionToken') };
    };
    const peer = ctx.config.national.peers[0]!;
    await expect(harvestPeer(ctx, peer)).rejects.toMatchObject({ code: 'DP-HARVEST-UNAVAILABLE' });
    expect(await ctx.catalogue.portal.countRecords()).toBe(2);
    expect((await ctx.catalogue.portal.getState(peer.id))?.resumptionToken).toBe('t1');

    const result = await harvestPeer(ctx, peer);
    expect(result.run).toMatchObject({ status: 'ok', pages: 2, records: 2, deleted: 1, refused: 2 });
    expect(result.findings.map((f) => f.code).sort()).toEqual(['DP-HARVEST-FOREIGN-ID', 'DP-HARVEST-FOREIGN-URL']);
    // Page 1 was asked once: the second run started at the token it had kept.
    expect(requests.filter((r) => !r.query.includes('resumptionToken')).length).toBe(1);
    expect(requests.every((r) => r.auth === 'Bearer tok-lc')).toBe(true);
    expect(await ctx.catalogue.portal.countRecords()).toBe(3); // 1.2, 1.3, 1.5 (1.1 deleted)
    const state = await ctx.catalogue.portal.getState(peer.id);
    expect(state).toMatchObject({ lastFrom: '2026-12-05T07:00:00Z', resumptionToken: null });

    // Public search: the level-03 record is not shown; folded words find accented titles.
    expect((await search('lc 01')).hits.map((h) => h.fileCode)).toEqual(['LC.01.3', 'LC.01.5']);
    const hit = (await search('lc.01.3')).hits[0]!;
    expect(hit).toMatchObject({ province: 'Lào Cai', fondsCode: 'P01', dates: '2001-03-12/2001-12-30', url: `${base}/#/ho-so/LC.01.3` });
    expect((await search('')).facets).toEqual({ province: [{ value: 'Lào Cai', count: 2 }], fonds: [{ value: 'P01', count: 2 }] });

    // Incremental: the next run asks from the first list's responseDate; nothing new.
    answer = (q) =>
      q.get('from') === '2026-12-05T07:00:00Z'
        ? { status: 200, body: oaiError('noRecordsMatch') }
        : { status: 400, body: oaiError('badArgument') };
    const again = await harvestAll(ctx);
    expect(again.failures).toEqual([]);
    expect(again.results[0]!.run).toMatchObject({ status: 'ok', pages: 0, records: 0 });
    const status = await harvestStatus(ctx);
    expect(status.peers[0]).toMatchObject({ peer: 'tinh-lao-cai', records: 3, resuming: false, lastFrom: '2026-12-05T08:00:00Z' });
  });

  it('finds "ha noi" in "Hà Nội" and updates a changed record in place', async () => {
    answer = (q) =>
      q.get('from') === null
        ? { status: 200, body: page(base, [{ id: id('LC.02.1'), title: 'Tài liệu về Hà Nội' }], undefined) }
        : { status: 200, body: page(base, [{ id: id('LC.02.1'), title: 'Tài liệu về Đà Nẵng' }], undefined, '2026-12-06T00:00:00Z') };
    const peer = ctx.config.national.peers[0]!;
    await harvestPeer(ctx, peer);
    expect((await search('ha noi')).total).toBe(1);
    expect((await search('"ha noi"')).total).toBe(1);
    expect((await search('noi ha')).total).toBe(1);
    expect((await search('"noi ha"')).total).toBe(0);
    await harvestPeer(ctx, peer);
    expect((await search('ha noi')).total).toBe(0);
    expect((await search('da nang')).hits.map((h) => h.title)).toEqual(['Tài liệu về Đà Nẵng']);
    expect(await ctx.catalogue.portal.countRecords()).toBe(1);
  });

  it('forgets a token the provider refuses and reports protocol errors and non-OAI answers', async () => {
    const peer = ctx.config.national.peers[0]!;
    await ctx.catalogue.portal.putState({ peerId: peer.id, lastFrom: null, resumptionToken: 'giả-mạo', pendingFrom: null, updatedAt: 'x' });
    answer = () => ({ status: 200, body: oaiError('badResumptionToken') });
    await expect(harvestPeer(ctx, peer)).rejects.toMatchObject({ code: 'DP-HARVEST-OAI-ERROR' });
    expect((await ctx.catalogue.portal.getState(peer.id))?.resumptionToken).toBeNull();
    answer = () => ({ status: 200, body: '<html>not oai</html>' });
    await expect(harvestPeer(ctx, peer)).rejects.toMatchObject({ code: 'DP-HARVEST-RESPONSE' });
    answer = () => ({ status: 200, body: '<!DOCTYPE x [<!ENTITY a "b">]><OAI-PMH/>' });
    await expect(harvestPeer(ctx, peer)).rejects.toMatchObject({ code: 'DP-HARVEST-RESPONSE' });
    const runs = await ctx.catalogue.portal.listRuns({ peerId: peer.id });
    expect(runs.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    await expect(harvestAll(ctx, 'khong-co')).rejects.toMatchObject({ code: 'DP-HARVEST-PEER' });
  });
});
