import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeListBundle, SignedEnvelope } from '@duphong/core';
import { classify } from '../errors.js';
import { runOneJob } from '../jobs/runner.js';
import { linkToUpstream, startNationalInstance, type NationalInstance } from '../testing/national-instances.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';
import { buildCodeListBundle } from './codelist-bundle.js';
import { pullCodeLists } from './codelist-pull.js';
import { scheduleCodeListPull } from './codelist-schedule.js';
import { publishCodeListVersion } from './codelists.js';

/*
 * Shared code lists from the centre (decision 0029) between two real instances on loopback — the
 * centre and a province — on each catalogue engine: pull, lock, drift, event feed, and every bad
 * input (bad signature, unknown key, replayed bundle, digest mismatch, upstream down) refused with
 * the province's lists exactly as they were.
 */

const MODE_V2 = {
  validFrom: '2026-01-01',
  items: [
    { code: '01', labelVi: 'Công khai', labelEn: 'Public' },
    { code: '02', labelVi: 'Sử dụng có điều kiện', labelEn: 'Conditional use' },
    { code: '03', labelVi: 'Mật', labelEn: 'Secret' },
    { code: '04', labelVi: 'Tối mật', labelEn: 'Top secret' },
  ],
};

async function failure(promise: Promise<unknown>): Promise<{ code: string; exit: number }> {
  try {
    await promise;
  } catch (error) {
    const c = classify(error);
    return { code: c.code, exit: c.exit };
  }
  throw new Error('expected a refusal');
}

describe.each(['sqlite', 'postgres'] as const)('shared code lists from the centre (%s)', (engine) => {
  let centre: NationalInstance;
  let province: NationalInstance;
  let admin: AuthHeaders;
  /** Everything a refused pull must leave as it was. */
  const snapshot = async () => ({
    lists: await province.ctx.catalogue.codeLists.listCodeLists(),
    origins: await province.ctx.catalogue.codeListSync.origins(),
    events: await province.ctx.catalogue.codeListSync.eventsAfter(0, 500),
  });
  const api = async (who: NationalInstance, method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(`${who.url}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    centre = await startNationalInstance({ instanceId: 'trung-uong', name: 'Cục Văn thư và Lưu trữ nhà nước', engine });
    province = await startNationalInstance({
      instanceId: 'tinh-lao-cai',
      name: 'Lưu trữ tỉnh Lào Cai',
      unit: 'province-2025-lao-cai',
      engine,
    });
    await linkToUpstream(province, centre);
    admin = (await signedInUser(province.ctx, { username: 'quantri', roles: ['archive-admin'] })).headers;
  });
  afterAll(async () => {
    await province?.close();
    await centre?.close();
  });

  it("pulls the centre's bundle, marks every list shared, and reports drift upward", async () => {
    const r = await pullCodeLists(province.ctx);
    expect(r).toMatchObject({ upstream: 'trung-uong', outcome: 'applied', applied: [], drift: { sent: true } });
    const lists = await province.ctx.catalogue.codeLists.listCodeLists();
    expect(r.sequence).toBe(lists.length); // every seeded list at version 1
    expect((await province.ctx.catalogue.codeListSync.origins()).map((o) => o.listId)).toEqual(lists.map((l) => l.list.id));
    const inspector = (await signedInUser(centre.ctx, { username: 'xem', roles: ['inspector'] })).headers;
    const drift = await api(centre, 'GET', '/api/code-lists/drift', inspector);
    expect(drift.status).toBe(200);
    expect(drift.body.peers).toEqual([expect.objectContaining({ peerId: 'tinh-lao-cai', status: 'in-sync' })]);
    expect((await pullCodeLists(province.ctx)).outcome).toBe('unchanged');
  });

  it('refuses local edits of a shared list, naming the centre; local lists stay editable', async () => {
    const shared = await api(province, 'POST', '/api/code-lists/mode/versions', admin, MODE_V2);
    expect(shared.status).toBe(409);
    expect(shared.body.error.code).toBe('DP-CODELIST-SHARED');
    expect(shared.body.error.message).toContain('Cục Văn thư và Lưu trữ nhà nước');
    const local = await api(province, 'POST', '/api/code-lists/khoTinh/versions', admin, {
      validFrom: '2026-01-01',
      items: [{ code: 'K1', labelVi: 'Kho số 1' }],
      list: { nameVi: 'Kho lưu trữ của tỉnh', nameEn: 'Provincial stores', authority: 'Sở Nội vụ', source: 'nội bộ' },
    });
    expect(local.status).toBe(201);
    const next = await api(province, 'POST', '/api/code-lists/khoTinh/versions', admin, {
      validFrom: '2026-02-01',
      items: [
        { code: 'K1', labelVi: 'Kho số 1' },
        { code: 'K2', labelVi: 'Kho số 2' },
      ],
    });
    expect(next.status).toBe(201);
  });

  let oldBundle: SignedEnvelope<CodeListBundle>;
  it('applies a new version published by the centre, notifies through the event feed, and is in sync again', async () => {
    oldBundle = await buildCodeListBundle(centre.ctx);
    await publishCodeListVersion(centre.ctx, 'mode', MODE_V2);
    const before = await api(province, 'GET', '/api/events?after=0', admin);
    const cursor = before.body.next as number;
    const r = await pullCodeLists(province.ctx);
    expect(r.outcome).toBe('applied');
    expect(r.applied).toEqual([{ listId: 'mode', version: 2, digest: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(r.sequence).toBe(oldBundle.payload.sequence + 1);
    expect((await province.ctx.catalogue.codeLists.getVersion('mode'))?.items.map((i) => i.code)).toEqual(['01', '02', '03', '04']);
    const feed = await api(province, 'GET', `/api/events?after=${cursor}`, admin);
    expect(feed.status).toBe(200);
    expect(feed.body.events).toEqual([
      expect.objectContaining({
        kind: 'codelist.version',
        subject: 'mode',
        detail: expect.objectContaining({ version: 2, origin: 'trung-uong' }),
      }),
    ]);
    const centreAdmin = (await signedInUser(centre.ctx, { username: 'qt-tw', roles: ['archive-admin'] })).headers;
    const drift = await api(centre, 'GET', '/api/code-lists/drift', centreAdmin);
    expect(drift.body.peers[0]).toMatchObject({ peerId: 'tinh-lao-cai', status: 'in-sync', report: { sequence: r.sequence } });
    // The province's own list shows up at the centre as local-only (a warning), not as drift.
    expect(drift.body.peers[0].report.findings.map((f: { code: string }) => f.code)).toEqual(['DP-CODELIST-LOCAL-ONLY']);
  });

  it('refuses a replayed older bundle', async () => {
    const before = await snapshot();
    expect(await failure(pullCodeLists(province.ctx, { bundle: oldBundle }))).toEqual({ code: 'DP-CODELIST-BUNDLE-REPLAY', exit: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bundle altered on the way (bad signature)', async () => {
    const good = await buildCodeListBundle(centre.ctx);
    const altered = structuredClone(good);
    altered.payload.lists.find((l) => l.list.id === 'mode')!.list.nameVi = 'Chế độ sử dụng (đã sửa)';
    const before = await snapshot();
    expect(await failure(pullCodeLists(province.ctx, { bundle: altered }))).toEqual({ code: 'DP-SIGNATURE-BAD', exit: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bundle signed by a key the province does not know', async () => {
    const forged = province.ctx.identity.sign('duphong/codelist-bundle/1', (await buildCodeListBundle(centre.ctx)).payload);
    forged.signature.signer = 'trung-uong';
    const before = await snapshot();
    expect(await failure(pullCodeLists(province.ctx, { bundle: forged }))).toEqual({ code: 'DP-SIGNATURE-UNKNOWN-KEY', exit: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a signed bundle whose versions do not match their digests', async () => {
    const payload = structuredClone((await buildCodeListBundle(centre.ctx)).payload);
    const mode = payload.lists.find((l) => l.list.id === 'mode')!;
    mode.versions[1]!.items[3]!.labelVi = 'Tuyệt mật';
    // A new version too, so the sequence is ahead of the last applied one: only the digest check can stop it.
    const extra = structuredClone(mode.versions[1]!);
    mode.versions.push({ ...extra, version: 3 });
    payload.sequence += 1;
    const signed = centre.ctx.identity.sign('duphong/codelist-bundle/1', payload);
    const before = await snapshot();
    expect(await failure(pullCodeLists(province.ctx, { bundle: signed }))).toEqual({ code: 'DP-CODELIST-BUNDLE-DIGEST', exit: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the lists untouched while the upstream is down, and the scheduled job retries later', async () => {
    await centre.stop();
    try {
      const before = await snapshot();
      expect(await failure(pullCodeLists(province.ctx))).toEqual({ code: 'DP-PEER-UNREACHABLE', exit: 4 });
      expect(await snapshot()).toEqual(before);
      const [last] = await province.ctx.catalogue.codeListSync.pulls(1);
      expect(last).toMatchObject({ outcome: 'failed', code: 'DP-PEER-UNREACHABLE' });
      // Scheduling: the last attempt is recent, so nothing is queued; with a 0-minute period one job is.
      expect(await scheduleCodeListPull(province.ctx)).toBe(false);
      province.ctx.config.national.syncEveryMinutes = 0 as number;
      expect(await scheduleCodeListPull(province.ctx)).toBe(true);
      expect(await scheduleCodeListPull(province.ctx)).toBe(false);
      const job = await runOneJob(province.ctx);
      expect(job?.kind).toBe('codelist-pull');
      const [queued] = await province.ctx.catalogue.listJobs({ kind: 'codelist-pull' });
      expect(queued).toMatchObject({ status: 'queued', attempts: 1 });
      expect(await snapshot()).toEqual(before);
    } finally {
      province.ctx.config.national.syncEveryMinutes = 60;
      await centre.start();
    }
    expect((await pullCodeLists(province.ctx)).outcome).toBe('unchanged');
  });

  it('shows the pulls and the shared lists in the status, over HTTP', async () => {
    const status = await api(province, 'GET', '/api/code-lists/sync-status', admin);
    expect(status.status).toBe(200);
    expect(status.body.upstream).toMatchObject({ id: 'trung-uong' });
    expect(status.body.shared.some((o: { listId: string }) => o.listId === 'mode')).toBe(true);
    expect(status.body.shared.some((o: { listId: string }) => o.listId === 'khoTinh')).toBe(false);
    expect(status.body.pulls.map((p: { outcome: string }) => p.outcome)).toContain('refused');
  });
});
