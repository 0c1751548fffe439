// A backup copy is a TT05 AIP_hoso: what ingest writes validates against CSIP, METS, PREMIS and the
// EAD schemas; export gives a zip our validator accepts; objects of the first layout are upgraded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AIP, checkDescription, parseSimpleDc, parseXml, readMets, readPremis, stateOf } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { exportAip } from '../usecases/export-aip.js';
import { exportDip } from '../usecases/export-dip.js';
import { upgradeObject } from '../usecases/aip-upgrade.js';
import { rebuildFromSite } from '../usecases/rebuild.js';
import { runAudit } from '../usecases/audit.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { validatePackage } from '../package/validate.js';
import { bundledSchema, validateMetsXsd } from '../package/xsd.js';
import { validateOcflPath } from '../ocfl/validate-path.js';
import { makeSourceFolder, tempDir } from '../testing/homes.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SAMPLE_DATA = join(ROOT, 'fixtures/tt05/sip-hoso-sample');
const samplePdf = () => {
  const pkg = readdirSync(SAMPLE_DATA).find((d) => d.startsWith('uuid-'))!;
  const data = join(SAMPLE_DATA, pkg, 'representations/rep1/data');
  return readFileSync(
    join(
      data,
      readdirSync(data).find((f) => f.endsWith('.pdf'))!,
    ),
  );
};
// A 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('backup copy = TT05 AIP_hoso', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  beforeEach(async () => {
    tmp = tempDir('duphong-aip-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  /** The head version's files as stored on one site, by logical path. */
  async function headFiles(objectId: string, site = 'bac'): Promise<Map<string, Buffer>> {
    const key = objectKey(objectId, ctx.hasher);
    const read = await readInventoryAt(ctx.sites.get(site)!.store, `${key}/inventory.json`, ctx.hasher);
    const out = new Map<string, Buffer>();
    for (const [path, entry] of stateOf(read!.inventory!, read!.inventory!.head))
      out.set(path, readFileSync(join(home, 'sites', site, key, entry.contentPath)));
    return out;
  }

  it('ingest writes an AIP whose METS, PREMIS and EAD validate, and export gives a valid CSIP zip', async () => {
    const source = makeSourceFolder(join(tmp.path, 'src'), {
      'Quyết định số 15.pdf': samplePdf(),
      'ảnh/trang bìa.png': PNG,
      'Biên bản họp.txt': 'Biên bản họp Ủy ban nhân dân tỉnh',
    });
    const result = await ingestFolder(ctx, {
      folder: source,
      fileCode: 'H49.64.33.2001.160',
      title: 'Hồ sơ về việc <thành lập> & "phát triển"',
    });
    const files = await headFiles(result.object);
    const mets = readMets(parseXml(files.get(AIP.mets)!.toString('utf8')).root!).doc!;
    expect(mets).toMatchObject({
      objid: result.object,
      type: 'Mixed',
      profile: 'http://www.ra.ee/METS/v01/IP.xml',
      label: 'Hồ sơ về việc <thành lập> & "phát triển"',
    });
    expect(mets.header.oaisPackageType).toBe('AIP');
    expect(mets.header.createDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+07:00$/);

    // XSDs: both METS, both PREMIS, the EAD and every EAD_doc.
    const xsd = async (path: string, schema: string, code: string) =>
      validateMetsXsd(files.get(path)!, path, { schema: bundledSchema(schema)!, code, label: `${path} không hợp lệ theo ${schema}` });
    expect(await xsd(AIP.mets, 'mets.xsd', 'DP-METS-XSD')).toEqual([]);
    expect(await xsd(AIP.repMets, 'mets.xsd', 'DP-METS-XSD')).toEqual([]);
    expect(await xsd(AIP.premis, 'premis-v3-0.xsd', 'DP-PREMIS-XSD')).toEqual([]);
    expect(await xsd(AIP.repPremis, 'premis-v3-0.xsd', 'DP-PREMIS-XSD')).toEqual([]);
    expect(await xsd(AIP.ead, 'tt05/aip/ead.xsd', 'DP-EAD-XSD')).toEqual([]);
    const docs = [...files.keys()].filter((p) => p.startsWith(`${AIP.repDescriptive}EAD_DOC_`));
    expect(docs).toHaveLength(3);
    for (const d of docs) expect(await xsd(d, 'tt05/aip/ead_doc.xsd', 'DP-EAD-XSD')).toEqual([]);
    // What we wrote ourselves passes our own TT05 rules apart from fields only the catalogue can fill.
    const ead = parseSimpleDc(parseXml(files.get(AIP.ead)!.toString('utf8')).root!, { kind: 'aip-hoso' });
    // A file on no backup list: the package claims no backup regime and no status.
    expect(ead.fields).toMatchObject({ arcFileCode: 'H49.64.33.2001.160', totalDoc: '3', riskRecovery: '', riskRecoveryStatus: '' });
    const wrong = checkDescription('aip-hoso', ead.fields, { strict: true }).filter((f) => f.code !== 'DP-TT05-REQUIRED');
    expect(wrong).toEqual([]);

    // PREMIS: formats by PRONOM id, fixity, the whole event history.
    const rep = readPremis(parseXml(files.get(AIP.repPremis)!.toString('utf8')).root!).doc!;
    const byName = new Map(rep.objects.filter((o) => o.category === 'file').map((o) => [o.location, o]));
    expect(byName.get(`${AIP.repData}ảnh/trang bìa.png`)?.format?.puid).toMatch(/^fmt\/1[123]$/);
    expect(byName.get(`${AIP.repData}Quyết định số 15.pdf`)?.format?.puid).toMatch(/^fmt\//);
    expect(byName.get(`${AIP.repData}Biên bản họp.txt`)?.fixity?.algorithm).toBe('SHA-256');
    const root = readPremis(parseXml(files.get(AIP.premis)!.toString('utf8')).root!).doc!;
    expect(root.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ingestion start', 'message digest calculation', 'format identification', 'information package creation']),
    );

    const exported = await exportAip(ctx, 'H49.64.33.2001.160', join(tmp.path, 'out'));
    expect(basename(exported.file)).toBe('H49.64.33.2001.160.zip'); // named by file code, not urn_uuid_…
    const report = await validatePackage(exported.file);
    expect(report.report.errors).toEqual([]);
    expect(report.report.valid).toBe(true);
    expect(report.representations).toEqual(['rep1']);
  });

  it('a first-layout object is rebuilt, upgraded to an AIP by a new version (data not rewritten), audited and exported', async () => {
    await ctx.close();
    rmSync(join(home, 'sites'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/legacy-object/sites'), join(home, 'sites'), { recursive: true });
    ctx = await openContext(home);
    const rebuilt = await rebuildFromSite(ctx, 'bac');
    expect(rebuilt).toMatchObject({ objects: 1, documents: 2 });
    const code = 'H49.64.33.2001.7';
    await expect(exportAip(ctx, code, join(tmp.path, 'out'))).rejects.toMatchObject({ code: 'DP-EXPORT-LEGACY' });

    const up = await upgradeObject(ctx, code);
    expect(up).toMatchObject({ upgraded: true, version: 2 });
    expect(up.copies.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const key = objectKey(up.object, ctx.hasher);
    // v2 holds only new metadata: the data keep their v1 content paths.
    const v2 = join(home, 'sites', 'bac', key, 'v2', 'content');
    expect(readdirSync(v2).sort()).toEqual(['METS.xml', 'metadata', 'representations', 'schemas']);
    expect(readdirSync(join(v2, 'representations', 'rep1'))).not.toContain('data');
    expect((await validateOcflPath(join(home, 'sites', 'bac', key))).valid).toBe(true);
    expect((await upgradeObject(ctx, code)).upgraded).toBe(false);

    const files = await headFiles(up.object);
    const premis = readPremis(parseXml(files.get(AIP.premis)!.toString('utf8')).root!).doc!;
    // The first layout's events come along, then the migration.
    expect(premis.events[0]!.type).toBe('ingestion start');
    expect(premis.events.map((e) => e.type)).toContain('migration');

    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ damaged: 0, unrepaired: 0 });
    const exported = await exportAip(ctx, code, join(tmp.path, 'out'));
    expect((await validatePackage(exported.file)).report.errors).toEqual([]);
  });

  it('export re-hashes every file: a damaged copy is skipped, all damaged refuses; a DIP carries its request and is logged', async () => {
    const source = makeSourceFolder(join(tmp.path, 'src'), { 'Tờ trình.pdf': samplePdf(), 'Ghi chú.txt': 'ghi chú' });
    const result = await ingestFolder(ctx, { folder: source, fileCode: 'HS-XUAT', title: 'Hồ sơ xuất' });
    const key = objectKey(result.object, ctx.hasher);
    const damage = (site: string) => writeFileSync(join(home, 'sites', site, key, 'v1', 'content', AIP.repData, 'Ghi chú.txt'), 'bị sửa');
    damage('bac');
    const out = join(tmp.path, 'out');
    const fromOther = await exportAip(ctx, 'HS-XUAT', out);
    expect(fromOther.site).not.toBe('bac');
    expect((await validatePackage(fromOther.file)).report.valid).toBe(true);
    damage('trung');
    damage('nam');
    rmSync(fromOther.file);
    await expect(exportAip(ctx, 'HS-XUAT', out)).rejects.toMatchObject({ code: 'DP-EXPORT-DAMAGED', kind: 'integrity' });
    expect(readdirSync(out)).toEqual([]); // no partial zip left behind
    expect(existsSync(join(home, 'sites', 'bac', key, 'v1', 'content', AIP.repData, 'Tờ trình.pdf'))).toBe(true);

    // Put the bytes back (as a person restoring from tape would), audit, then a DIP for a reader.
    for (const site of ['bac', 'trung', 'nam'])
      writeFileSync(join(home, 'sites', site, key, 'v1', 'content', AIP.repData, 'Ghi chú.txt'), 'ghi chú');
    expect(await runAudit(ctx, { all: true })).toMatchObject({ damaged: 0, unrepaired: 0 });
    const dip = await exportDip(ctx, 'HS-XUAT', join(tmp.path, 'dip'), { requester: 'Nguyễn Văn A', purpose: 'Nghiên cứu' });
    expect(dip).toMatchObject({ documents: 2, withheld: [] });
    expect(basename(dip.file)).toMatch(/^HS-XUAT_DIP_[0-9a-f]{8}\.zip$/i);
    const report = await validatePackage(dip.file);
    expect(report.report.errors).toEqual([]);
    const events = await ctx.catalogue.listEvents({ objectId: result.object });
    expect(events.find((e) => e.type === 'dissemination')?.detail).toMatch(/Nguyễn Văn A.*Nghiên cứu/);
    await expect(exportDip(ctx, 'HS-XUAT', join(tmp.path, 'dip'), { requester: '', purpose: 'x' })).rejects.toMatchObject({
      code: 'DP-USAGE',
    });
  });

  it("a file's catalogue description goes into its AIP, and comes back from the AIP when the catalogue is lost", async () => {
    const now = '2026-11-30T09:00:00.000+07:00';
    await ctx.catalogue.records.putFile({
      code: 'H49.64.33.2001.170',
      fondsCode: 'P_UBND_QN',
      title: 'Hồ sơ về việc điều chỉnh địa giới',
      fields: {
        maintenance: '01',
        mode: '02',
        language: '01',
        startDate: '02/01/2001',
        endDate: '30/12/2001',
        confidenceLevel: '02',
        paperFileCode: 'QN.K2/G14/H301.170',
      },
      legacy: {},
      createdAt: now,
      updatedAt: now,
    });
    const source = makeSourceFolder(join(tmp.path, 'src'), { 'Tờ trình.pdf': samplePdf() });
    const result = await ingestFolder(ctx, { folder: source, fileCode: 'H49.64.33.2001.170' });
    const files = await headFiles(result.object);
    const ead = parseSimpleDc(parseXml(files.get(AIP.ead)!.toString('utf8')).root!, { kind: 'aip-hoso' }).fields;
    expect(ead).toMatchObject({ arcFileCode: 'H49.64.33.2001.170', mode: '02', paperFileCode: 'QN.K2/G14/H301.170', totalDoc: '1' });
    const mets = readMets(parseXml(files.get(AIP.mets)!.toString('utf8')).root!).doc!;
    expect(mets.header.agents[0]!.notes).toContainEqual({ text: 'P_UBND_QN', noteType: 'IDENTIFICATIONCODE' });

    await ctx.close();
    for (const f of readdirSync(home)) if (f.startsWith('catalogue.sqlite')) rmSync(join(home, f));
    ctx = await openContext(home);
    await rebuildFromSite(ctx, 'nam');
    const back = await ctx.catalogue.records.getFile('H49.64.33.2001.170');
    expect(back).toMatchObject({
      fondsCode: 'P_UBND_QN',
      title: 'Hồ sơ về việc điều chỉnh địa giới',
      fields: { mode: '02', language: '01' },
    });
  });
});
