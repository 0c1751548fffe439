// SIP intake: the hand-made TT05 sample SIP_hoso (fixtures/tt05) becomes a backup copy with three
// verified copies whose export validates; a supplement adds to it; every bad package is refused
// with its findings and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AIP, fromUtf8, parseSimpleDc, parseXml, readMets, readPremis, stateOf } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestSip } from './ingest-sip.js';
import { exportAip } from './export-aip.js';
import { runAudit } from './audit.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { validatePackage } from '../package/validate.js';
import { bundledSchema, validateMetsXsd } from '../package/xsd.js';
import type { ArchiveLimits } from '../package/archive.js';
import { tempDir } from '../testing/homes.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
const TT05 = join(FIXTURES, 'tt05');
const FILE_CODE = 'H49.64.33.2001.160';

describe('SIP intake (TT05 SIP_hoso / SIP_tailieu)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  beforeAll(async () => {
    tmp = tempDir('duphong-sip-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterAll(async () => {
    await ctx.close();
    tmp.remove();
  });

  async function head(objectId: string, site = 'trung') {
    const key = objectKey(objectId, ctx.hasher);
    const read = await readInventoryAt(ctx.sites.get(site)!.store, `${key}/inventory.json`, ctx.hasher);
    const state = stateOf(read!.inventory!, read!.inventory!.head);
    const file = (p: string) => readFileSync(join(home, 'sites', site, key, state.get(p)!.contentPath));
    return { state, file };
  }

  it('a linked document submitted before its target is refused', async () => {
    await expect(ingestSip(ctx, join(TT05, 'sip-hoso-supplement.zip'))).rejects.toMatchObject({
      code: 'DP-SIP-REFUSED',
      findings: expect.arrayContaining([expect.objectContaining({ code: 'DP-TT05-FETCH-UNRESOLVED', severity: 'error' })]),
    });
    expect(await ctx.catalogue.countObjects()).toBe(0);
  });

  it('the sample SIP_hoso becomes an AIP with three verified copies; the sample defects are warnings', async () => {
    const result = await ingestSip(ctx, join(TT05, 'sip-hoso-sample.zip'));
    expect(result).toMatchObject({ fileCode: FILE_CODE, version: 1, files: 4 });
    expect(result.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'ok' },
      { site: 'trung', status: 'ok' },
    ]);
    const codes = new Set(result.sip.warnings.map((w) => w.code));
    expect(codes).toContain('DP-TT05-DOCCODE-MISMATCH');
    expect(codes).toContain('DP-TT05-PAPERFILECODE-MISSING');
    expect((await ctx.catalogue.getFile(FILE_CODE))?.title).toBeTruthy();
    // The catalogue records the SIP describes: the file (AIP fields, fonds) and its documents.
    const described = await ctx.catalogue.records.getFile(FILE_CODE);
    expect(described).toMatchObject({ fondsCode: 'P_KHCN', fields: { arcFileCode: expect.stringContaining(FILE_CODE) } });
    expect(await ctx.catalogue.records.countDocuments({ fileCode: FILE_CODE })).toBe(4);

    const { state, file } = await head(result.object);
    const premis = readPremis(parseXml(fromUtf8(file(AIP.premis))).root!).doc!;
    expect(premis.events.map((e) => e.type)).toEqual(expect.arrayContaining(['transfer', 'validation', 'information package creation']));
    expect(premis.events.find((e) => e.type === 'transfer')?.detail).toMatch(/docCode sửa theo mã hồ sơ/);
    // The AIP's EAD_doc: docCode written right (fileCode + 7 digits), AIP field set (no docId).
    const eadDoc = [...state.keys()].find((p) => p.startsWith(`${AIP.repDescriptive}EAD_DOC_`))!;
    const doc = parseSimpleDc(parseXml(fromUtf8(file(eadDoc))).root!, { kind: 'aip-doc' }).fields;
    expect(doc.docCode).toMatch(new RegExp(`^${FILE_CODE.replaceAll('.', '\\.')}\\.\\d{7}$`));
    expect(doc).not.toHaveProperty('docId');
    expect(await validateMetsXsd(file(eadDoc), eadDoc, { schema: bundledSchema('tt05/aip/ead_doc.xsd')!, code: 'DP-EAD-XSD' })).toEqual([]);
    expect(
      await validateMetsXsd(file(AIP.premis), AIP.premis, { schema: bundledSchema('premis-v3-0.xsd')!, code: 'DP-PREMIS-XSD' }),
    ).toEqual([]);
    const rep = readPremis(parseXml(fromUtf8(file(AIP.repPremis))).root!).doc!;
    expect(rep.objects.filter((o) => o.category === 'file').every((o) => o.format?.puid?.startsWith('fmt/'))).toBe(true);

    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ damaged: 0, unrepaired: 0 });
    const exported = await exportAip(ctx, FILE_CODE, join(tmp.path, 'out'));
    const report = await validatePackage(exported.file);
    expect(report.report.errors).toEqual([]);
  });

  it('a supplement adds a version: earlier documents kept, the new one added, the linked one rewritten', async () => {
    const result = await ingestSip(ctx, join(TT05, 'sip-hoso-supplement.zip'));
    expect(result).toMatchObject({ version: 2, files: 6 });
    const { state, file } = await head(result.object);
    const data = [...state.keys()].filter((p) => p.startsWith(AIP.repData)).sort();
    expect(data).toHaveLength(6);
    const fetch = data.find((p) => p.endsWith('.fetch.txt'))!;
    // urn_{fonds}_{uuid of the AIP holding it}_{path in that AIP} {size} {path in this AIP} {document id}
    expect(fromUtf8(file(fetch)).trim()).toMatch(
      /^urn_P_KHCN_[0-9A-F-]{36}_representations\/rep1\/data\/H49\.64\.33\.2001\.160\.2\.pdf \d+ representations\/rep1\/data\/H49\.64\.33\.2001\.160\.2\.pdf\.fetch\.txt H49\.64\.33\.2001\.160\.2$/,
    );
    const repMets = readMets(parseXml(fromUtf8(file(AIP.repMets))).root!).doc!;
    expect(repMets.fileSec!.groups.map((g) => g.use)).toEqual(['Data', 'Holeyfile']);
    const exported = await exportAip(ctx, FILE_CODE, join(tmp.path, 'out2'));
    expect((await validatePackage(exported.file)).report.errors).toEqual([]);
  });

  it('a SIP_tailieu (folder form) becomes an AIP_tailieu', async () => {
    const folder = join(TT05, 'sip-tailieu-sample');
    const inner = join(
      folder,
      readdirSync(folder).find((d) => d.startsWith('uuid-'))!,
    );
    const result = await ingestSip(ctx, inner);
    const { file } = await head(result.object);
    const mets = readMets(parseXml(fromUtf8(file(AIP.mets))).root!).doc!;
    expect(mets.type).toBe('Collection');
    const ead = parseSimpleDc(parseXml(fromUtf8(file(AIP.ead))).root!, { kind: 'aip-tailieu' }).fields;
    expect(Object.keys(ead).sort()).toEqual(['arcFileCode', 'description', 'source', 'title']);
    expect(
      await validateMetsXsd(file(AIP.ead), AIP.ead, { schema: bundledSchema('tt05/aip-tailieu/ead.xsd')!, code: 'DP-EAD-XSD' }),
    ).toEqual([]);
  });

  describe('the bad-package corpus is refused, nothing stored', () => {
    const corpus = join(FIXTURES, 'bad-packages');
    const rows = readFileSync(join(corpus, 'expected.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t') as [string, string, string, string, string]);
    it.each(rows)('%s', async (file, _valid, codes, _paths, note) => {
      const before = { objects: await ctx.catalogue.countObjects(), files: await ctx.catalogue.countVersionFiles() };
      const m = /\[limits ([^\]]+)\]/.exec(note);
      const limits: Partial<ArchiveLimits> = m
        ? Object.fromEntries(
            m[1]!
              .split(/\s+/)
              .map((kv) => kv.split('='))
              .map(([k, v]) => [k, Number(v)]),
          )
        : {};
      const refusal = await ingestSip(ctx, join(corpus, file), { limits }).then(
        () => undefined,
        (e: unknown) => e as { code: string; findings: Array<{ code: string }> },
      );
      expect(refusal?.code, file).toBe('DP-SIP-REFUSED');
      for (const code of codes.split(',')) expect(refusal!.findings.map((f) => f.code)).toContain(code);
      expect({ objects: await ctx.catalogue.countObjects(), files: await ctx.catalogue.countVersionFiles() }).toEqual(before);
      for (const site of ['bac', 'trung', 'nam']) {
        const staging = join(home, 'sites', site, 'staging');
        expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
      }
      expect(existsSync(join(tmp.path, 'evil.txt'))).toBe(false);
    });
  });
});
