import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIP, parseSimpleDc, parseXml, stateOf } from '@duphong/core';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { relaxMediaPolicy, SEED, seedSelection } from '../testing/selection-seed.js';
import { ingestFolder } from './ingest.js';
import {
  addToBackupList,
  approveBackupList,
  createBackupList,
  proposeIntoBackupList,
  refreshRiskRecoveryStatus,
  reopenBackupList,
  returnBackupList,
  SelectionRefused,
  submitBackupList,
} from './backup-list.js';
import { recognize } from './recognition.js';

const refusal = async (p: Promise<unknown>): Promise<string[]> => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SelectionRefused)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.findings.map((f) => f.code);
};

describe('backup lists (use cases)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  beforeAll(async () => {
    tmp = tempDir('duphong-selection-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    relaxMediaPolicy(home);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    // Only the rotting file gets a backup copy; the recognised one has none yet.
    await ingestFolder(ctx, {
      folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES),
      fileCode: SEED.rotting,
      title: 'Hồ sơ về việc tái lập tỉnh Lào Cai',
    });
  });
  afterAll(async () => {
    await ctx?.close();
    tmp?.remove();
  });

  it('creates numbered drafts per unit and year', async () => {
    const a = await createBackupList(ctx, { unitId: '15', year: 2025, by: 'Văn thư' });
    const b = await createBackupList(ctx, { unitId: '15', year: 2025, by: 'Văn thư' });
    expect([a.id, b.id]).toEqual(['DM-15-2025-1', 'DM-15-2025-2']);
    expect(await refusal(createBackupList(ctx, { unitId: '15', year: 2025, by: ' ' }))).toEqual(['DP-SELECT-ACTOR-MISSING']);
  });

  it('proposes the eligible records, then runs the review to approval and marks riskRecovery', async () => {
    const list = await createBackupList(ctx, { unitId: '15', year: 2026, by: 'Nguyễn Văn An' });
    const proposed = await proposeIntoBackupList(ctx, list.id, { by: 'Nguyễn Văn An', fondsCode: SEED.fonds });
    expect(proposed.list.entries.map((e) => [e.recordCode, e.reason])).toEqual([
      [SEED.recognised, 'special-value'],
      [SEED.rotting, 'at-risk'],
      [SEED.unreadable, 'at-risk'],
    ]);
    expect(proposed.findings.map((f) => [f.code, f.path])).toEqual([['DP-SELECT-UNREADABLE', `file:${SEED.unreadable}`]]);
    // proposing again adds nothing new
    expect((await proposeIntoBackupList(ctx, list.id, { by: 'Nguyễn Văn An' })).list.entries).toHaveLength(3);

    expect(
      await refusal(
        addToBackupList(
          ctx,
          list.id,
          [
            { recordKind: 'file', recordCode: SEED.shortTerm },
            { recordKind: 'file', recordCode: SEED.rotting },
            { recordKind: 'document', recordCode: 'không-có' },
          ],
          { by: 'Nguyễn Văn An' },
        ),
      ),
    ).toEqual(['DP-SELECT-NOT-ELIGIBLE', 'DP-SELECT-DUPLICATE-ENTRY', 'DP-SELECT-RECORD-UNKNOWN']);
    const added = await addToBackupList(ctx, list.id, [{ recordKind: 'document', recordCode: SEED.document, note: 'giòn' }], { by: 'An' });
    expect(added.list.entries.at(-1)).toMatchObject({ recordKind: 'document', reason: 'at-risk', signs: ['gion'] });

    await submitBackupList(ctx, list.id, { by: 'Trần Thị Bình' });
    const returned = await returnBackupList(ctx, list.id, { by: 'Lê Văn Cường', note: 'Thiếu biên bản kiểm tra' });
    expect(returned.list.status).toBe('returned');
    await reopenBackupList(ctx, list.id, { by: 'Nguyễn Văn An' });
    await submitBackupList(ctx, list.id, { by: 'Trần Thị Bình' });
    expect(await refusal(approveBackupList(ctx, list.id, { by: 'Lê Văn Cường', decisionNumber: '', decisionDate: '' }))).toEqual([
      'DP-SELECT-DECISION-MISSING',
    ]);
    const approved = await approveBackupList(ctx, list.id, { by: 'Lê Văn Cường', decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' });
    expect(approved.list).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' });
    expect(approved.list.history.map((h) => h.action)).toEqual([
      'create',
      'edit',
      'edit',
      'submit',
      'return',
      'reopen',
      'submit',
      'approve',
    ]);
    expect(await refusal(addToBackupList(ctx, list.id, [{ recordKind: 'file', recordCode: SEED.shortTerm }], { by: 'An' }))).toEqual([
      'DP-SELECT-LIST-FROZEN',
    ]);

    // riskRecovery = 1 on every listed file and document; 01 only where the copies meet the policy.
    const fields = async (code: string) => (await ctx.catalogue.records.getFile(code))?.fields;
    expect(await fields(SEED.rotting)).toMatchObject({ riskRecovery: '1', riskRecoveryStatus: '01' });
    expect(await fields(SEED.recognised)).toMatchObject({ riskRecovery: '1', riskRecoveryStatus: '02' });
    expect((await ctx.catalogue.records.getDocument(SEED.document))?.fields).toMatchObject({ riskRecovery: '1', riskRecoveryStatus: '01' });
    expect((await fields(SEED.shortTerm))?.riskRecovery).toBeUndefined();
  });

  it('refreshRiskRecoveryStatus follows the copies: a damaged copy makes it 02, a repair 01 again', async () => {
    const object = (await ctx.catalogue.getObjectByFileCode(SEED.rotting))!;
    const copy = (await ctx.catalogue.getCopy(object.id, 'nam'))!;
    await ctx.catalogue.putCopy({ ...copy, status: 'damaged' });
    expect(await refreshRiskRecoveryStatus(ctx)).toEqual({ checked: 4, backedUp: 0, notYet: 4 });
    expect((await ctx.catalogue.records.getFile(SEED.rotting))?.fields.riskRecoveryStatus).toBe('02');
    await ctx.catalogue.putCopy(copy);
    expect(await refreshRiskRecoveryStatus(ctx)).toEqual({ checked: 4, backedUp: 2, notYet: 2 });
    expect((await ctx.catalogue.records.getFile(SEED.rotting))?.fields.riskRecoveryStatus).toBe('01');
  });

  it("writes into each new version's EAD what the catalogue knows about backup, nothing more", async () => {
    const eadOf = async (fileCode: string): Promise<Record<string, string>> => {
      const object = (await ctx.catalogue.getObjectByFileCode(fileCode))!;
      const site = ctx.sites.get('bac')!;
      const key = objectKey(object.id, ctx.hasher);
      const read = await readInventoryAt(site.store, `${key}/inventory.json`, ctx.hasher);
      const entry = stateOf(read!.inventory!, read!.inventory!.head).get(AIP.ead)!;
      const xml = readFileSync(join(ctx.home, 'sites', 'bac', key, entry.contentPath), 'utf8');
      return parseSimpleDc(parseXml(xml).root!, { kind: 'aip-hoso' }).fields;
    };
    const source = (name: string) => makeSourceFolder(join(tmp.path, name), SAMPLE_FILES);
    // Approved and its copies meet the (relaxed) policy: the next version says 1 / 01.
    expect((await ctx.catalogue.records.getFile(SEED.rotting))?.fields.riskRecoveryStatus).toBe('01');
    await ingestFolder(ctx, { folder: source('v2'), fileCode: SEED.rotting, title: 'Hồ sơ về việc tái lập tỉnh Lào Cai (bổ sung)' });
    expect(await eadOf(SEED.rotting)).toMatchObject({ riskRecovery: '1', riskRecoveryStatus: '01' });
    // On no approved list (only on a draft): no regime, no status claimed.
    await ingestFolder(ctx, { folder: source('short'), fileCode: SEED.shortTerm });
    expect(await eadOf(SEED.shortTerm)).toMatchObject({ riskRecovery: '', riskRecoveryStatus: '' });
    expect((await ctx.catalogue.records.getFile(SEED.shortTerm))?.fields.riskRecovery).toBeUndefined();
  });

  it('records recognitions only with a complete, valid decision', async () => {
    expect(
      await refusal(
        recognize(ctx, {
          recordKind: 'file',
          recordCode: SEED.shortTerm,
          decisionNumber: '1/QĐ',
          decisionDate: '31/02/2026',
          issuer: 'Sở Nội vụ',
        }),
      ),
    ).toEqual(['DP-SELECT-DECISION-DATE-INVALID']);
    const r = await recognize(ctx, {
      recordKind: 'file',
      recordCode: SEED.shortTerm,
      decisionNumber: '9/QĐ-SNV',
      decisionDate: '2026-03-02',
      issuer: 'Sở Nội vụ',
    });
    expect(r.decisionDate).toBe('02/03/2026');
    const list = await createBackupList(ctx, { unitId: '15', year: 2027, by: 'An' });
    const added = await addToBackupList(ctx, list.id, [{ recordKind: 'file', recordCode: SEED.shortTerm }], { by: 'An' });
    expect(added.list.entries[0]).toMatchObject({ reason: 'special-value', note: 'Công nhận theo 9/QĐ-SNV ngày 02/03/2026 của Sở Nội vụ' });
  });
});
