import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOneJob } from '../jobs/runner.js';
import type { Json } from '../testing/http-app.js';
import { asUser, startListeningApp, uploadBytes, type ListeningApp } from '../testing/listening-app.js';

const SIP = fileURLToPath(new URL('../../../../fixtures/tt05/sip-hoso-sample.zip', import.meta.url));
const SIP_CODE = 'H49.64.33.2001.160';

describe('intake from uploads over HTTP: SIP and a folder of scans become verified copies; the replace rule', () => {
  let t: ListeningApp;
  const post = async (path: string, body: unknown, user = 'an') => {
    const res = await fetch(`${t.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser(user) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const get = async (path: string, user = 'an') => {
    const res = await fetch(`${t.base}${path}`, { headers: { ...asUser(user) } });
    return { status: res.status, body: (await res.json()) as Json };
  };
  /** Run the queued jobs in this process (what `duphong serve`'s runner does on its own). */
  const drainJobs = async () => {
    while (await runOneJob(t.ctx));
  };

  beforeAll(async () => {
    t = await startListeningApp('duphong-intake-http-');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes in an uploaded SIP as a background job, which ends in three verified copies', async () => {
    const upload = await uploadBytes(t.base, 'an', 'sip-hoso-sample.zip', readFileSync(SIP));
    const preview = await post('/api/intake/preview', { uploads: [upload], kind: 'sip' });
    expect(preview.status).toBe(200);
    expect(preview.body.changes).toMatchObject({ fileCode: SIP_CODE, headVersion: 0, dropped: [] });
    expect(preview.body.changes.added).toHaveLength(4);
    // Another user can neither preview nor take in this upload.
    expect((await post('/api/intake', { uploads: [upload], kind: 'sip' }, 'binh')).status).toBe(404);

    const started = await post('/api/intake', { uploads: [upload], kind: 'sip' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'queued', kind: 'sip' });
    const jobs = await get('/api/jobs?kind=ingest');
    expect(jobs.body.jobs.map((j: { id: string }) => j.id)).toContain(started.body.job);
    // The upload was consumed by the intake.
    expect((await get(`/api/uploads/${upload}`)).status).toBe(404);

    await drainJobs();
    const done = await get(`/api/intake/${started.body.id}`);
    expect(done.body).toMatchObject({ status: 'done', result: { fileCode: SIP_CODE, version: 1, files: 4 } });
    expect((await get(`/api/intake/${started.body.id}`, 'binh')).status).toBe(404);
    const copies = await get(`/api/objects/${SIP_CODE}/copies`);
    expect(copies.body.copies).toHaveLength(3);
    expect(copies.body.copies.every((c: { status: string; verifiedAt: string | null }) => c.status === 'ok' && c.verifiedAt)).toBe(true);
  });

  it('assembles a folder of scans from several uploads with relative paths, then refuses a version that drops scans unless confirmed', async () => {
    const scans = {
      'HS-2026-01/trang 01.tif': new Uint8Array(3000).fill(1),
      'HS-2026-01/trang 02.tif': new Uint8Array(4000).fill(2),
      'HS-2026-01/Phụ lục/bản đồ.jpg': new Uint8Array(2000).fill(3),
    };
    const ids: string[] = [];
    for (const [relative, bytes] of Object.entries(scans))
      ids.push(await uploadBytes(t.base, 'an', relative.slice(relative.lastIndexOf('/') + 1), bytes, relative));
    const started = await post('/api/intake', { uploads: ids, kind: 'scans', fileCode: 'HS-2026-01', title: 'Hồ sơ quét thử' });
    expect(started.status).toBe(202);
    await drainJobs();
    const done = await get(`/api/intake/${started.body.id}`);
    expect(done.body).toMatchObject({ status: 'done', result: { fileCode: 'HS-2026-01', version: 1, files: 3 } });
    expect(done.body.changes.added.map((d: { path: string }) => d.path).sort()).toEqual([
      'Phụ lục/bản đồ.jpg',
      'trang 01.tif',
      'trang 02.tif',
    ]);

    // A second intake with one page changed and the map missing: the preview says so; without
    // confirmation it is refused before anything is queued.
    const again = [
      await uploadBytes(t.base, 'an', 'trang 01.tif', new Uint8Array(3000).fill(1), 'HS-2026-01/trang 01.tif'),
      await uploadBytes(t.base, 'an', 'trang 02.tif', new Uint8Array(4500).fill(9), 'HS-2026-01/trang 02.tif'),
    ];
    const preview = await post('/api/intake/preview', { uploads: again, kind: 'scans', fileCode: 'HS-2026-01' });
    expect(preview.body.changes).toMatchObject({
      headVersion: 1,
      added: [],
      changed: [{ path: 'trang 02.tif', size: 4500, previousSize: 4000 }],
      dropped: [{ path: 'Phụ lục/bản đồ.jpg', size: 2000 }],
      unchanged: 1,
    });
    const refused = await post('/api/intake', { uploads: again, kind: 'scans', fileCode: 'HS-2026-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('DP-INGEST-DROPS-DOCUMENTS');
    expect(refused.body.error.message).toContain('Phụ lục/bản đồ.jpg');
    expect(refused.body.error.findings[0]).toMatchObject({ path: 'Phụ lục/bản đồ.jpg' });
    expect((await get('/api/jobs?kind=ingest&status=queued')).body.jobs).toHaveLength(0);

    const confirmed = await post('/api/intake', { uploads: again, kind: 'scans', fileCode: 'HS-2026-01', confirmReplace: true });
    expect(confirmed.status).toBe(202);
    await drainJobs();
    expect((await get(`/api/intake/${confirmed.body.id}`)).body).toMatchObject({ status: 'done', result: { version: 2, files: 2 } });
  });

  it('refuses an intake of an unfinished upload, and a folder with two files of the same name', async () => {
    const created = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: { 'Tus-Resumable': '1.0.0', ...asUser('an'), 'Upload-Length': '100', 'Upload-Metadata': `filename ${btoa('a.tif')}` },
    });
    const id = ((await created.json()) as Json).id as string;
    const unfinished = await post('/api/intake', { uploads: [id], kind: 'scans', fileCode: 'HS-2026-02', title: 'Hồ sơ' });
    expect(unfinished.status).toBe(409);
    expect(unfinished.body.error.code).toBe('DP-UPLOAD-INCOMPLETE');
    const a = await uploadBytes(t.base, 'an', 'X.tif', new Uint8Array(5), 'HS/X.tif');
    const b = await uploadBytes(t.base, 'an', 'x.tif', new Uint8Array(5), 'HS/x.tif');
    const twice = await post('/api/intake', { uploads: [a, b], kind: 'scans', fileCode: 'HS-2026-02', title: 'Hồ sơ' });
    expect(twice.status).toBe(400);
    expect(twice.body.error.code).toBe('DP-INTAKE-DUPLICATE-NAME');
  });
});
