import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock, Principal, Role } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { makeSourceFolder, tempDir } from '../testing/homes.js';
import { ingestFolder } from './ingest.js';
import { APPROVAL_DAYS, approvedFor, createReadingRequest, decideReadingRequest, listReadingRequests } from './reading-requests.js';
import { readingRequestDip } from './reading-request-dip.js';

/*
 * The reading room end to end on a real home (SQLite catalogue, three local sites): a reader of
 * Lào Cai asks for a level-02 file, an archivist of Lào Cai approves, the reader gets the DIP;
 * every refusal has its code, and records the reader may not see answer "unknown".
 */
const person = (userId: string, roles: Role[], units: 'all' | string[]): Principal => ({
  userId,
  username: userId,
  roles,
  units: units === 'all' ? 'all' : new Set(units),
});
const reader = person('doc-gia-lao-cai', ['reader'], ['province-lao-cai']);
const otherReader = person('doc-gia-khac', ['reader'], ['province-lao-cai']);
const archivist = person('ltv-lao-cai', ['archivist'], ['province-lao-cai']);
const farArchivist = person('ltv-yen-bai', ['archivist'], ['province-yen-bai']);
const PURPOSE = 'Nghiên cứu lịch sử địa giới hành chính tỉnh Lào Cai';

describe('reading requests (khai thác): request, decision, DIP', () => {
  const tmp = tempDir('duphong-reading-');
  let ctx: Context;
  let time = new Date('2026-11-02T02:00:00Z');
  const clock: Clock = { now: () => time };

  beforeAll(async () => {
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    const records = ctx.catalogue.records;
    const at = '2026-11-01T08:00:00.000+07:00';
    const fonds = (code: string, unitId: string) =>
      records.putFonds({
        code,
        name: `Phông ${code}`,
        kind: 'fonds',
        status: 'open',
        unitId,
        fields: {},
        legacy: {},
        createdAt: at,
        updatedAt: at,
      });
    await fonds('P_LC', 'province-lao-cai');
    await fonds('P_YB', 'province-yen-bai');
    const file = (code: string, fondsCode: string, mode: string) =>
      records.putFile({ code, fondsCode, title: `Hồ sơ ${code}`, fields: { mode }, legacy: {}, createdAt: at, updatedAt: at });
    await file('LC.01', 'P_LC', '01');
    await file('LC.02', 'P_LC', '02');
    await file('LC.03', 'P_LC', '03');
    await file('YB.02', 'P_YB', '02');
    await records.putDocument({
      id: 'LC.01.0000002',
      fileCode: 'LC.01',
      kind: 'doc',
      ordinal: 2,
      fields: { mode: '02', subject: 'Công văn hạn chế' },
      legacy: {},
      createdAt: at,
      updatedAt: at,
    });
    const source = makeSourceFolder(join(tmp.path, 'scans'), { 'Tờ trình.pdf': 'PDF giả lập: tờ trình', 'Ghi chú.txt': 'ghi chú' });
    await ingestFolder(ctx, { folder: source, fileCode: 'LC.02' });
  });
  afterAll(async () => {
    await ctx?.close();
    tmp.remove();
  });

  it('a reader asks, an archivist of the unit approves, the reader downloads the DIP until the approval expires', async () => {
    const asked = await createReadingRequest(ctx, reader, { recordKind: 'file', recordCode: 'LC.02', purpose: `  ${PURPOSE}  ` });
    expect(asked).toMatchObject({
      state: 'pending',
      fileCode: 'LC.02',
      unitId: 'province-lao-cai',
      purpose: PURPOSE,
      requesterId: reader.userId,
    });
    expect(await approvedFor(ctx, reader, 'LC.02')).toBe(false);
    await expect(readingRequestDip(ctx, reader, asked.id, join(tmp.path, 'dip0'))).rejects.toMatchObject({
      code: 'DP-REQUEST-NOT-APPROVED',
    });
    await expect(createReadingRequest(ctx, reader, { recordKind: 'file', recordCode: 'LC.02', purpose: PURPOSE })).rejects.toMatchObject({
      code: 'DP-REQUEST-EXISTS',
      refusal: 'conflict',
    });

    // Who sees it: the reader their own, the unit's archivist, not another unit's nor another reader.
    expect((await listReadingRequests(ctx, reader)).requests.map((r) => r.id)).toEqual([asked.id]);
    expect((await listReadingRequests(ctx, archivist, { state: 'pending' })).requests.map((r) => r.id)).toEqual([asked.id]);
    expect((await listReadingRequests(ctx, farArchivist)).total).toBe(0);
    expect((await listReadingRequests(ctx, otherReader)).total).toBe(0);
    await expect(decideReadingRequest(ctx, farArchivist, asked.id, { approve: true })).rejects.toMatchObject({
      code: 'DP-REQUEST-UNKNOWN',
    });
    await expect(decideReadingRequest(ctx, reader, asked.id, { approve: true })).rejects.toMatchObject({ code: 'DP-REQUEST-UNKNOWN' });
    await expect(decideReadingRequest(ctx, archivist, asked.id, { approve: false, reason: '  ' })).rejects.toMatchObject({
      code: 'DP-REQUEST-REASON',
    });

    const approved = await decideReadingRequest(ctx, archivist, asked.id, { approve: true });
    expect(approved).toMatchObject({
      state: 'approved',
      deciderId: archivist.userId,
      reason: null,
      expiresAt: '2026-12-02T09:00:00.000+07:00',
    });
    await expect(decideReadingRequest(ctx, archivist, asked.id, { approve: false, reason: 'Đổi ý' })).rejects.toMatchObject({
      code: 'DP-REQUEST-DECIDED',
    });
    expect(await approvedFor(ctx, reader, 'LC.02')).toBe(true);
    expect(await approvedFor(ctx, otherReader, 'LC.02')).toBe(false);

    const dip = await readingRequestDip(ctx, reader, asked.id, join(tmp.path, 'dip1'));
    expect(dip).toMatchObject({ fileCode: 'LC.02', documents: 2, withheld: [] });
    expect(existsSync(dip.file)).toBe(true);
    const events = await ctx.catalogue.listEvents({ objectId: dip.object });
    expect(events.filter((e) => e.type === 'dissemination').map((e) => e.detail)).toEqual([expect.stringContaining(PURPOSE)]);
    const downloads = await ctx.catalogue.accounts.listAccess({ units: 'all', action: 'download' });
    // The refused attempt above is logged too; the DIP handed out is logged against its file.
    expect(downloads.entries.some((e) => e.outcome === 'denied' && e.recordKind === 'reading-request')).toBe(true);
    const handedOut = downloads.entries.filter((e) => e.outcome === 'allowed');
    expect(handedOut.map((e) => [e.username, e.recordKind, e.recordCode, e.outcome])).toEqual([
      [reader.username, 'file', 'LC.02', 'allowed'],
    ]);
    await expect(readingRequestDip(ctx, otherReader, asked.id, join(tmp.path, 'dip2'))).rejects.toMatchObject({
      code: 'DP-REQUEST-UNKNOWN',
    });
    await expect(readingRequestDip(ctx, archivist, asked.id, join(tmp.path, 'dip2'))).rejects.toMatchObject({
      code: 'DP-REQUEST-NOT-YOURS',
    });

    time = new Date(time.getTime() + APPROVAL_DAYS * 24 * 3600 * 1000);
    try {
      expect((await listReadingRequests(ctx, reader)).requests[0]!.state).toBe('expired');
      expect((await listReadingRequests(ctx, reader, { state: 'expired' })).total).toBe(1);
      expect(await approvedFor(ctx, reader, 'LC.02')).toBe(false);
      await expect(readingRequestDip(ctx, reader, asked.id, join(tmp.path, 'dip3'))).rejects.toMatchObject({
        code: 'DP-REQUEST-NOT-APPROVED',
      });
    } finally {
      time = new Date('2026-11-02T02:00:00Z');
    }
  });

  it('a refusal needs a reason and gives no access', async () => {
    const asked = await createReadingRequest(ctx, otherReader, { recordKind: 'file', recordCode: 'LC.02', purpose: PURPOSE });
    const refused = await decideReadingRequest(ctx, archivist, asked.id, { approve: false, reason: 'Hồ sơ đang được tu bổ' });
    expect(refused).toMatchObject({ state: 'refused', reason: 'Hồ sơ đang được tu bổ', expiresAt: null });
    expect(await approvedFor(ctx, otherReader, 'LC.02')).toBe(false);
    await expect(readingRequestDip(ctx, otherReader, asked.id, join(tmp.path, 'dip4'))).rejects.toMatchObject({
      code: 'DP-REQUEST-NOT-APPROVED',
    });
  });

  it('a document request opens that document only, and gives no DIP', async () => {
    const asked = await createReadingRequest(ctx, reader, { recordKind: 'document', recordCode: 'LC.01.0000002', purpose: PURPOSE });
    expect(asked).toMatchObject({ fileCode: 'LC.01', title: 'Công văn hạn chế' });
    await decideReadingRequest(ctx, archivist, asked.id, { approve: true, reason: 'Đủ điều kiện' });
    expect(await approvedFor(ctx, reader, 'LC.01', 'LC.01.0000002')).toBe(true);
    expect(await approvedFor(ctx, reader, 'LC.01', 'LC.01.0000001')).toBe(false);
    expect(await approvedFor(ctx, reader, 'LC.01')).toBe(false);
    await expect(readingRequestDip(ctx, reader, asked.id, join(tmp.path, 'dip5'))).rejects.toMatchObject({ code: 'DP-REQUEST-DIP-FILE' });
  });

  it('refuses what needs no request, what is secret, what the reader may not see, and a bad purpose', async () => {
    const ask = (p: Principal, recordCode: string, purpose = PURPOSE, recordKind: 'file' | 'document' = 'file') =>
      createReadingRequest(ctx, p, { recordKind, recordCode, purpose });
    await expect(ask(reader, 'LC.01')).rejects.toMatchObject({ code: 'DP-REQUEST-NOT-NEEDED', refusal: 'invalid' });
    // Level 03 is above a reader's levels: unknown, exactly like a code that does not exist.
    const unknown = await ask(reader, 'KHONG-CO').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'DP-FILE-UNKNOWN', refusal: 'not-found' });
    const secret = await ask(reader, 'LC.03').catch((e: unknown) => e);
    expect(secret).toMatchObject({ code: 'DP-FILE-UNKNOWN', refusal: 'not-found' });
    expect((secret as Error).message).toBe((unknown as Error).message.replace('KHONG-CO', 'LC.03'));
    // Staff who see level 03 are told plainly that it is not for the reading room.
    const admin = person('quan-tri', ['archive-admin'], 'all');
    await expect(ask(admin, 'LC.03')).rejects.toMatchObject({ code: 'DP-REQUEST-SECRET' });
    // Another unit's record: unknown too.
    await expect(ask(reader, 'YB.02')).rejects.toMatchObject({ code: 'DP-FILE-UNKNOWN', refusal: 'not-found' });
    await expect(ask(reader, 'KHONG-CO', PURPOSE, 'document')).rejects.toMatchObject({ code: 'DP-DOCUMENT-UNKNOWN' });
    await expect(ask(otherReader, 'YB.02')).rejects.toMatchObject({ code: 'DP-FILE-UNKNOWN' });
    await expect(ask(person('doc-gia-3', ['reader'], ['province-lao-cai']), 'LC.02', 'ngắn quá')).rejects.toMatchObject({
      code: 'DP-REQUEST-PURPOSE',
    });
    await expect(ask(person('doc-gia-3', ['reader'], ['province-lao-cai']), 'LC.02', 'x'.repeat(1001))).rejects.toMatchObject({
      code: 'DP-REQUEST-PURPOSE',
    });
    // A decider never decides their own request (an admin who can both ask and decide).
    const own = await ask(admin, 'YB.02');
    await expect(decideReadingRequest(ctx, admin, own.id, { approve: true })).rejects.toMatchObject({ code: 'DP-REQUEST-OWN' });
    expect((await listReadingRequests(ctx, admin, { mine: true })).requests.map((r) => r.id)).toEqual([own.id]);
    await expect(decideReadingRequest(ctx, farArchivist, 'khong-co', { approve: true })).rejects.toMatchObject({
      code: 'DP-REQUEST-UNKNOWN',
    });
  });
});
