// A unit whose policy keeps the original scans: they go into the backup copy beside the PDF/A, as
// TT05 attachments of their document, follow it through later versions and stay out of reading copies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AIP, fromUtf8, parseXml, readMets, stateOf, type MetsDiv } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { CONFIG_FILE } from '../config/config.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { SEED, relaxMediaPolicy, seedSelection } from '../testing/selection-seed.js';
import { generateDocumentPages } from '../testing/scan-generator.js';
import { validateOcflPath } from '../ocfl/validate-path.js';
import { validatePackage } from '../package/validate.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { readHeadDocuments } from '../aip/head-documents.js';
import { createBatch, markArranged } from './digitise-batches.js';
import { receiveScans } from './digitise-receive.js';
import { runBatch } from './digitise-run.js';
import { runAudit } from './audit.js';
import { exportAip } from './export-aip.js';
import { exportDip } from './export-dip.js';
import { ingestFolder } from './ingest.js';
import { headDocumentsOf } from './ingest-changes.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('digitisation keeps the original scans when the unit says so', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir();
    home = join(tmp.path, 'home');
    await initHome(home, true);
    relaxMediaPolicy(home);
    const path = join(home, CONFIG_FILE);
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, digitisation: { units: { '15': { keepOriginals: true } } } }, null, 2));
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026', by: 'Phạm Thu Hà' });
  });

  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  /** Scans of one document under TT05 names in `folder`; their bytes by name. */
  async function scan(folder: string, docCode: string, seed: number, pages: number): Promise<Map<string, Buffer>> {
    const generated = await generateDocumentPages({
      seed,
      pages,
      dpi: 200,
      format: 'png',
      bodyLines: 3,
      dir: join(tmp.path, 'gen', `${seed}`),
    });
    mkdirSync(folder, { recursive: true });
    const out = new Map<string, Buffer>();
    generated.forEach((p, i) => {
      const name = pages === 1 ? `${docCode}.png` : `${docCode}.${String(i + 1).padStart(4, '0')}.png`;
      copyFileSync(p.path, join(folder, name));
      out.set(name, readFileSync(p.path));
    });
    return out;
  }

  async function digitise(folder: string) {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], operator: 'Trần Văn Quét' });
    await receiveScans(ctx, undefined, batch.id, folder, { reviewWarnings: false });
    const run = await runBatch(ctx, undefined, batch.id);
    expect(run.batch.state).toBe('stored');
  }

  /** The head version's state and rep1 METS on one site. */
  async function head(site: string) {
    const object = (await ctx.catalogue.getObjectByFileCode(SEED.rotting))!;
    const store = ctx.sites.get(site)!.store;
    const key = objectKey(object.id, ctx.hasher);
    const inventory = (await readInventoryAt(store, `${key}/inventory.json`, ctx.hasher))!.inventory!;
    const state = stateOf(inventory, inventory.head);
    const rep = readMets(parseXml(readFileSync(join(home, 'sites', site, key, state.get(AIP.repMets)!.contentPath), 'utf8')).root!).doc!;
    const bytesOf = (path: string) => readFileSync(join(home, 'sites', site, key, state.get(path)!.contentPath));
    return { object, state, rep, bytesOf };
  }

  it('puts them beside the PDF/A as attachments of their document; audit, validators and later versions agree; a DIP leaves them out', async () => {
    const doc1 = `${SEED.rotting}.0000001`;
    const doc2 = `${SEED.rotting}.0000002`;
    const folder = join(tmp.path, 'dot-1');
    const first = await scan(folder, doc1, 11, 2);
    const second = await scan(folder, doc2, 12, 1);
    await digitise(folder);

    const v1 = await head('bac');
    const originals = (doc: string, scans: Map<string, Buffer>) => [...scans.keys()].map((n) => `${AIP.repData}ban-quet/${doc}/${n}`);
    // Byte for byte the scans received, beside the PDF/A.
    for (const [doc, scans] of [
      [doc1, first],
      [doc2, second],
    ] as const) {
      expect(v1.state.has(`${AIP.repData}${doc}.pdf`)).toBe(true);
      for (const [name, bytes] of scans) expect(sha256(v1.bytesOf(`${AIP.repData}ban-quet/${doc}/${name}`))).toBe(sha256(bytes));
    }
    // rep1's METS: one link div per document (two, not five), each with its scans in an AttachmentFile div.
    const links = (v1.rep.structMap.root.divs.find((d) => d.label === 'MetadataLink')?.divs ?? []) as MetsDiv[];
    expect(links).toHaveLength(2);
    const hrefs = new Map((v1.rep.fileSec?.groups ?? []).flatMap((g) => g.files.map((f) => [f.id, `${AIP.rep}${f.href}`])));
    const attached = links.map((l) =>
      l.divs.filter((d) => d.label === 'AttachmentFile').flatMap((d) => d.fptrs.map((id) => hrefs.get(id))),
    );
    expect(attached).toEqual([originals(doc1, first), originals(doc2, second)]);
    // The scans are not documents: the file's EAD counts two.
    expect(fromUtf8(v1.bytesOf(AIP.ead))).toContain('<totalDoc>2</totalDoc>');

    // The audit finds nothing to say; every site is valid OCFL; the exported AIP passes the TT05/E-ARK validator.
    expect(await runAudit(ctx, { all: true })).toMatchObject({ damaged: 0, unrepaired: 0 });
    for (const site of ['bac', 'trung', 'nam']) expect((await validateOcflPath(join(home, 'sites', site, 'ocfl'))).errors).toEqual([]);
    const exported = await exportAip(ctx, SEED.rotting, join(tmp.path, 'out'));
    expect((await validatePackage(exported.file)).report.errors).toEqual([]);

    // The next version knows them as attachments, not documents.
    const sources = await readHeadDocuments(ctx, v1.object.id, v1.object.head);
    expect(sources.filter((s) => s.attachmentOf === undefined).map((s) => s.relative)).toEqual([`${doc1}.pdf`, `${doc2}.pdf`]);
    expect(sources.filter((s) => s.attachmentOf === `${doc1}.pdf`)).toHaveLength(2);

    // A reading copy carries the documents only.
    const dip = await exportDip(ctx, SEED.rotting, join(tmp.path, 'dip'), { requester: 'Nguyễn Văn A', purpose: 'Nghiên cứu' });
    expect(dip).toMatchObject({ documents: 2 });
    expect(readFileSync(dip.file).includes(Buffer.from('ban-quet/'))).toBe(false);

    // Document 1 scanned again (one page now): its new scan replaces both old ones; document 2 keeps its own.
    const again = join(tmp.path, 'dot-2');
    const rescan = await scan(again, doc1, 21, 1);
    await digitise(again);
    const v2 = await head('trung');
    expect(v2.object.head).toBe(v1.object.head + 1);
    const kept = [...v2.state.keys()].filter((p) => p.includes('/ban-quet/')).sort();
    expect(kept).toEqual([...originals(doc1, rescan), ...originals(doc2, second)].sort());
    expect(sha256(v2.bytesOf(originals(doc1, rescan)[0]!))).toBe(sha256(rescan.values().next().value!));
    expect(await runAudit(ctx, { all: true })).toMatchObject({ damaged: 0, unrepaired: 0 });
  });

  it('lets a folder ingest keep the scans of a document it carries unchanged, never calling them documents', async () => {
    const doc1 = `${SEED.rotting}.0000001`;
    const doc2 = `${SEED.rotting}.0000002`;
    const folder = join(tmp.path, 'dot-1');
    const first = await scan(folder, doc1, 11, 1);
    const second = await scan(folder, doc2, 12, 1);
    await digitise(folder);
    const v1 = await head('bac');
    const scanOf = (doc: string, scans: Map<string, Buffer>) => `${AIP.repData}ban-quet/${doc}/${[...scans.keys()][0]}`;

    // The replace rule sees two documents; the same folder again changes nothing.
    expect((await headDocumentsOf(ctx, SEED.rotting)).documents.map((d) => d.path)).toEqual([`${doc1}.pdf`, `${doc2}.pdf`]);
    const again = join(tmp.path, 'lai');
    mkdirSync(again, { recursive: true });
    writeFileSync(join(again, `${doc1}.pdf`), v1.bytesOf(`${AIP.repData}${doc1}.pdf`));
    writeFileSync(join(again, `${doc2}.pdf`), v1.bytesOf(`${AIP.repData}${doc2}.pdf`));
    expect(await ingestFolder(ctx, { folder: again, fileCode: SEED.rotting, title: 'Hồ sơ' })).toMatchObject({ unchanged: true });

    // Document 2 replaced by other bytes: its scans go, document 1 keeps its own.
    writeFileSync(join(again, `${doc2}.pdf`), 'một tệp khác');
    const changed = await ingestFolder(ctx, { folder: again, fileCode: SEED.rotting, title: 'Hồ sơ' });
    expect(changed.version).toBe(v1.object.head + 1);
    const v2 = await head('nam');
    expect(v2.state.has(scanOf(doc1, first))).toBe(true);
    expect(v2.state.has(scanOf(doc2, second))).toBe(false);
    expect(await runAudit(ctx, { all: true })).toMatchObject({ damaged: 0, unrepaired: 0 });
  });

  it('keeps nothing but the PDF/A for a unit whose policy does not say so', async () => {
    const path = join(home, CONFIG_FILE);
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      path,
      JSON.stringify({ ...config, digitisation: { units: { '15': { keepOriginals: false } }, keepOriginals: true } }, null, 2),
    );
    await ctx.close();
    ctx = await openContext(home);
    const folder = join(tmp.path, 'dot-1');
    await scan(folder, `${SEED.rotting}.0000001`, 11, 1);
    await digitise(folder);
    const v1 = await head('nam');
    expect([...v1.state.keys()].filter((p) => p.startsWith(AIP.repData))).toEqual([`${AIP.repData}${SEED.rotting}.0000001.pdf`]);
  });
});
