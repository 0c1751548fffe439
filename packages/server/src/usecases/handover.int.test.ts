// Handover between two instances on loopback (issue 12, decision 0028): a province hands a fonds to
// the centre over HTTP; the centre verifies every byte and ingests the AIPs as its own verified
// backup copies; re-runs send nothing twice, a receiver stopped midway loses nothing, a tampered
// bag is refused and re-requested, forged and replayed manifests are refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsInstanceIdentity } from '../adapters/instance-keys.js';
import { httpHandoverPeer } from '../adapters/handover-http.js';
import type { HandoverPeerClient } from '../ports/handover-peer.js';
import { startInstances, seedFonds, type TestInstance } from '../testing/handover-instances.js';
import { tempDir } from '../testing/homes.js';
import { sendHandover, createHandoverOnDisk } from './handover-send.js';
import { importHandoverReceipt, receiveHandoverFromDisk } from './handover-disk.js';
import { showHandover } from './handover-status.js';

const PROVINCE = 'tinh-da-nang';
const CENTRE = 'trung-uong';

describe('handover of a fonds between two instances (SQLite)', () => {
  let remove: () => Promise<void>;
  let province: TestInstance;
  let centre: TestInstance;
  const src = tempDir('duphong-handover-src-');
  const peer = (): HandoverPeerClient => httpHandoverPeer(centre.base, centre.token);

  beforeAll(async () => {
    const started = await startInstances([PROVINCE, CENTRE]);
    remove = started.remove;
    province = started.instances.get(PROVINCE)!;
    centre = started.instances.get(CENTRE)!;
    await seedFonds(province.ctx, 'P01', 3, src.path);
    await seedFonds(province.ctx, 'P02', 4, src.path);
    await seedFonds(province.ctx, 'P03', 2, src.path);
    await seedFonds(province.ctx, 'P04', 2, src.path);
    await seedFonds(province.ctx, 'P05', 3, src.path);
    await seedFonds(province.ctx, 'P06', 2, src.path);
  }, 120_000);
  afterAll(async () => {
    await remove();
    src.remove();
  });

  async function centreHolds(fileCode: string) {
    const object = await centre.ctx.catalogue.getObjectByFileCode(fileCode);
    const copies = object ? await centre.ctx.catalogue.listCopies(object.id) : [];
    return { object, copies };
  }

  it('sends the fonds: the centre holds every AIP with verified copies; both sides record it, the sender a PREMIS event', async () => {
    const result = await sendHandover(province.ctx, { kind: 'fonds', code: 'P01' }, peer());
    expect(result).toMatchObject({ objects: 3, sent: 3, skipped: 0, accepted: 3, refused: 0, receipt: { signedBy: CENTRE } });
    for (const code of ['P01.001', 'P01.002', 'P01.003']) {
      const { object, copies } = await centreHolds(code);
      expect(object?.head).toBe(1);
      expect(copies.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
      const sent = await province.ctx.catalogue.getObjectByFileCode(code);
      const events = await province.ctx.catalogue.listEvents({ objectId: sent!.id });
      expect(events.filter((e) => e.type === 'transfer' && e.detail.includes(CENTRE))).toHaveLength(1);
      expect((await centre.ctx.catalogue.records.getFile(code))?.fondsCode).toBe('P01');
    }
    // The documents arrived byte for byte under their Vietnamese names.
    const documents = async (ctx: typeof centre.ctx, fileCode: string) => {
      const object = await ctx.catalogue.getObjectByFileCode(fileCode);
      return (await ctx.catalogue.listVersionFiles(object!.id, 1))
        .filter((f) => f.logicalPath.includes('/data/'))
        .map((f) => `${f.logicalPath} ${f.sha256}`)
        .sort();
    };
    const received = await documents(centre.ctx, 'P01.002');
    expect(received).toHaveLength(3);
    expect(received.join('\n')).toContain('Biên bản họp.txt');
    expect(received).toEqual(await documents(province.ctx, 'P01.002'));
    const outgoing = await showHandover(province.ctx, result.handover);
    const incoming = await showHandover(centre.ctx, result.handover);
    expect(outgoing).toMatchObject({
      direction: 'out',
      status: 'complete',
      counts: { objects: 3, accepted: 3 },
      receipt: { signedBy: CENTRE },
    });
    expect(outgoing.statistics).toMatchObject({ files: 3, copiesVerified: 9 });
    expect(incoming).toMatchObject({ direction: 'in', peer: PROVINCE, status: 'complete', counts: { accepted: 3 } });
    const listed = await fetch(`${centre.base}/api/handovers`, { headers: { authorization: `Bearer ${centre.token}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { handovers: Array<{ id: string }> }).handovers.map((h) => h.id)).toContain(result.handover);
  }, 120_000);

  it("the statistics list counts what is handed over, not the fonds' files without a backup copy", async () => {
    const records = province.ctx.catalogue.records;
    await province.ctx.catalogue.units.putUnit({ id: 'province-da-nang', kind: 'province' });
    const fonds = (await records.getFonds('P06'))!;
    await records.putFonds({ ...fonds, unitId: 'province-da-nang' });
    for (const [code, pages] of [
      ['P06.001', '12'],
      ['P06.002', '30'],
    ] as const) {
      const file = (await records.getFile(code))!;
      await records.putFile({ ...file, fields: { ...file.fields, numberOfPage: pages } });
    }
    const { createdAt, updatedAt } = fonds;
    await records.putFile({
      code: 'P06.003',
      fondsCode: 'P06',
      title: 'Chưa có bản sao',
      fields: { numberOfPage: '500' },
      legacy: {},
      createdAt,
      updatedAt,
    });
    const disk = tempDir('duphong-handover-stats-');
    try {
      const made = await createHandoverOnDisk(province.ctx, { kind: 'fonds', code: 'P06' }, CENTRE, disk.path);
      expect(made.objects).toBe(2);
      const shown = await showHandover(province.ctx, made.handover);
      expect(shown.statistics).toEqual({ files: 2, documents: 0, pages: 42, digitisedPages: 0, copiesVerified: 6 });
    } finally {
      disk.remove();
    }
  }, 60_000);

  it('a re-run sends nothing: the receiver already holds everything', async () => {
    const again = await sendHandover(province.ctx, { kind: 'fonds', code: 'P01' }, peer());
    expect(again).toMatchObject({ objects: 3, sent: 0, skipped: 3, accepted: 3, refused: 0 });
    const { object } = await centreHolds('P01.001');
    expect(object?.head).toBe(1);
  }, 60_000);

  it('the receiver stopped after two bags: the run stops (exit 4), the re-run after restart sends only the other two', async () => {
    const honest = peer();
    // Bags 1 and 2 go through; bags 3 and 4 wait for both and then find the receiver stopped — the
    // same story however many bags are in flight at once.
    let answered = 0;
    let bothAnswered!: () => void;
    const firstTwo = new Promise<void>((resolve) => (bothAnswered = resolve));
    let stopped: Promise<void> | undefined;
    const stopping: HandoverPeerClient = {
      ...honest,
      async sendItem(handover, n, path, size) {
        if (n <= 2) {
          const outcome = await honest.sendItem(handover, n, path, size);
          if (++answered === 2) bothAnswered();
          return outcome;
        }
        await firstTwo;
        await (stopped ??= centre.stop());
        return honest.sendItem(handover, n, path, size);
      },
    };
    await expect(sendHandover(province.ctx, { kind: 'fonds', code: 'P02' }, stopping)).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'DP-HANDOVER-PEER-UNREACHABLE',
    });
    await centre.start();
    const resumed = await sendHandover(province.ctx, { kind: 'fonds', code: 'P02' }, peer());
    expect(resumed).toMatchObject({ objects: 4, sent: 2, skipped: 2, accepted: 4, refused: 0 });
    for (const code of ['P02.001', 'P02.002', 'P02.003', 'P02.004']) {
      const { object, copies } = await centreHolds(code);
      expect(object?.head).toBe(1); // nothing ingested twice
      expect(copies.every((c) => c.status === 'ok')).toBe(true);
    }
    expect((await centre.ctx.catalogue.handovers.list({ direction: 'in' })).filter((h) => h.scopeCode === 'P02')).toHaveLength(1);
  }, 120_000);

  it('keeps several bags in flight: the first is sent only once the third has started', async () => {
    const honest = peer();
    let started = 0;
    let threeStarted!: () => void;
    const three = new Promise<void>((resolve) => (threeStarted = resolve));
    // A sender that waited for each answer before the next bag would never reach the third: the test would time out.
    const gathering: HandoverPeerClient = {
      ...honest,
      async sendItem(handover, n, path, size) {
        if (++started === 3) threeStarted();
        await three;
        return honest.sendItem(handover, n, path, size);
      },
    };
    const result = await sendHandover(province.ctx, { kind: 'fonds', code: 'P05' }, gathering, undefined, 3);
    expect(result).toMatchObject({ objects: 3, sent: 3, skipped: 0, accepted: 3, refused: 0 });
    for (const code of ['P05.001', 'P05.002', 'P05.003']) {
      const { object, copies } = await centreHolds(code);
      expect(object?.head).toBe(1);
      expect(copies.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    }
  }, 120_000);

  it('a tampered bag is refused with its finding, nothing ingested; the next run re-sends it', async () => {
    const honest = peer();
    const tampering: HandoverPeerClient = {
      ...honest,
      async sendItem(handover, n, path, size) {
        if (n !== 1) return honest.sendItem(handover, n, path, size);
        const bytes = readFileSync(path);
        bytes[bytes.length - 2000] = bytes[bytes.length - 2000]! ^ 0xff;
        const forged = `${path}.forged`;
        writeFileSync(forged, bytes);
        return honest.sendItem(handover, n, forged, size);
      },
    };
    const first = await sendHandover(province.ctx, { kind: 'fonds', code: 'P03' }, tampering);
    expect(first).toMatchObject({
      objects: 2,
      sent: 2,
      accepted: 1,
      refused: 1,
      refusals: [{ n: 1, fileCode: 'P03.001', code: 'DP-HANDOVER-DIGEST' }],
    });
    expect((await centreHolds('P03.001')).object).toBeUndefined();
    expect((await showHandover(province.ctx, first.handover)).status).toBe('incomplete');
    const second = await sendHandover(province.ctx, { kind: 'fonds', code: 'P03' }, peer());
    expect(second).toMatchObject({ handover: first.handover, sent: 1, skipped: 1, accepted: 2, refused: 0 });
    expect((await centreHolds('P03.001')).object?.head).toBe(1);
  }, 120_000);

  it('refuses an unsigned, forged or altered manifest and a replayed id with other content', async () => {
    const post = async (body: unknown) => {
      const r = await fetch(`${centre.base}/api/handovers/incoming`, {
        method: 'POST',
        headers: { authorization: `Bearer ${centre.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json()) as { error?: { code: string } } };
    };
    const [real] = await province.ctx.catalogue.handovers.list({ direction: 'out' });
    const envelope = JSON.parse(real!.manifest) as { payload: { id: string; items: Array<{ size: number }> }; signature: object };
    expect((await post({ payload: envelope.payload, signature: {} })).body.error?.code).toBe('DP-SIGNATURE-MALFORMED');
    const stranger = tempDir('duphong-forger-');
    const forger = new FsInstanceIdentity(stranger.path, PROVINCE, { now: () => new Date() });
    const forged = await post(forger.sign('duphong/handover-manifest/1', envelope.payload));
    expect(forged).toMatchObject({ status: 422, body: { error: { code: 'DP-SIGNATURE-UNKNOWN-KEY' } } });
    stranger.remove();
    const altered = structuredClone(envelope);
    altered.payload.items[0]!.size += 1;
    expect((await post(altered)).body.error?.code).toBe('DP-SIGNATURE-BAD');
    const replay = province.ctx.identity.sign('duphong/handover-manifest/1', {
      ...envelope.payload,
      createdAt: '2020-01-01T00:00:00+07:00',
    });
    expect(await post(replay)).toMatchObject({ status: 409, body: { error: { code: 'DP-HANDOVER-REPLAY' } } });
    // The very same manifest again is no replay: it answers with what is held.
    expect((await post(envelope)).status).toBe(200);
    // A bag for an item the manifest does not list.
    const stray = await fetch(`${centre.base}/api/handovers/incoming/${envelope.payload.id}/objects/999`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${centre.token}`, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(stray.status).toBe(404);
    // A bag must come as raw bytes, never parsed as JSON.
    const asJson = await fetch(`${centre.base}/api/handovers/incoming/${envelope.payload.id}/objects/1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${centre.token}`, 'content-type': 'application/json' },
      body: '{"bag":1}',
    });
    expect(asJson.status).toBe(400);
    expect(((await asJson.json()) as { error: { code: string } }).error.code).toBe('DP-HANDOVER-CONTENT-TYPE');
    // Without the receiving right (anonymous): refused before anything is read.
    const anonymous = await fetch(`${centre.base}/api/handovers/incoming`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
  }, 60_000);

  it('air-gapped: manifest and bags on a disk, received from the folder, the receipt imported back', async () => {
    const disk = tempDir('duphong-handover-disk-');
    try {
      const made = await createHandoverOnDisk(province.ctx, { kind: 'fonds', code: 'P04' }, CENTRE, disk.path);
      expect(made).toMatchObject({ objects: 2 });
      const received = await receiveHandoverFromDisk(centre.ctx, disk.path);
      expect(received).toMatchObject({ objects: 2, received: 2, accepted: 2, refused: 0 });
      const again = await receiveHandoverFromDisk(centre.ctx, disk.path);
      expect(again).toMatchObject({ received: 0, skipped: 2, accepted: 2 });
      expect(await importHandoverReceipt(province.ctx, received.receipt)).toMatchObject({
        handover: made.handover,
        accepted: 2,
        refused: 0,
      });
      expect((await showHandover(province.ctx, made.handover)).status).toBe('complete');
    } finally {
      disk.remove();
    }
  }, 120_000);
});

/** Both sides on PostgreSQL whenever the test URL is set (SQLite above always runs). */
const PG_URL = process.env.DUPHONG_TEST_PG_URL;
describe.each(PG_URL ? ['postgres'] : [])('handover with both catalogues on %s', () => {
  let remove: () => Promise<void>;
  let province: TestInstance;
  let centre: TestInstance;
  const src = tempDir('duphong-handover-pg-');

  beforeAll(async () => {
    // Each instance in its own PostgreSQL schema, dropped by remove().
    const started = await startInstances([PROVINCE, CENTRE], { engine: 'postgres' });
    remove = started.remove;
    province = started.instances.get(PROVINCE)!;
    centre = started.instances.get(CENTRE)!;
    await seedFonds(province.ctx, 'PG01', 3, src.path);
  }, 120_000);
  afterAll(async () => {
    await remove();
    src.remove();
  });

  it('sends, then a re-run sends nothing; the centre holds verified copies', async () => {
    const first = await sendHandover(province.ctx, { kind: 'fonds', code: 'PG01' }, httpHandoverPeer(centre.base, centre.token));
    expect(first).toMatchObject({ objects: 3, sent: 3, accepted: 3, refused: 0, receipt: { signedBy: CENTRE } });
    const again = await sendHandover(province.ctx, { kind: 'fonds', code: 'PG01' }, httpHandoverPeer(centre.base, centre.token));
    expect(again).toMatchObject({ handover: first.handover, sent: 0, skipped: 3, accepted: 3 });
    for (const code of ['PG01.001', 'PG01.002', 'PG01.003']) {
      const object = await centre.ctx.catalogue.getObjectByFileCode(code);
      expect(object?.head).toBe(1);
      expect((await centre.ctx.catalogue.listCopies(object!.id)).every((c) => c.status === 'ok')).toBe(true);
    }
    expect(await showHandover(centre.ctx, first.handover)).toMatchObject({ status: 'complete', counts: { accepted: 3 } });
  }, 120_000);
});
