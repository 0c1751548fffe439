import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duphong } from './cli.js';
import { startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { validateOcflPath } from '../packages/server/src/ocfl/validate-path.js';

/*
 * HOSTILE TESTS (issue 9) against the real `duphong serve` child process: kill -9 of the server
 * while it runs an HTTP intake job, and two HTTP intakes of one file code racing each other.
 * Afterwards: every site a valid OCFL root, no journal or staging leftovers, the catalogue agreeing
 * with storage, and no committed version lost.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SCANS_A: Record<string, Buffer> = {
  'trang-01.tif': Buffer.alloc(40_000, 1),
  'trang-02.tif': Buffer.alloc(30_000, 2),
  'Mục lục.txt': Buffer.from('Mục lục hồ sơ'),
};
const SCANS_B: Record<string, Buffer> = {
  'trang-01.tif': Buffer.alloc(40_000, 3), // changed
  'trang-03.tif': Buffer.alloc(20_000, 4), // new; trang-02 and Mục lục are not in B
};

async function api(served: Served, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(new URL(path, served.url), {
    method,
    headers: { ...served.admin, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
}

async function upload(served: Served, name: string, bytes: Buffer): Promise<string> {
  const b64 = Buffer.from(name).toString('base64');
  const created = await fetch(new URL('api/uploads/', served.url), {
    method: 'POST',
    headers: { ...served.admin, 'Tus-Resumable': '1.0.0', 'Upload-Length': String(bytes.length), 'Upload-Metadata': `filename ${b64}` },
  });
  expect(created.status).toBe(201);
  const location = created.headers.get('location')!;
  const patched = await fetch(new URL(location.slice(1), served.url), {
    method: 'PATCH',
    headers: { ...served.admin, 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    body: bytes,
  });
  expect(patched.status).toBe(204);
  return location.slice(location.lastIndexOf('/') + 1);
}

async function startIntake(served: Served, fileCode: string, files: Record<string, Buffer>): Promise<Json> {
  const uploads: string[] = [];
  for (const [name, bytes] of Object.entries(files)) uploads.push(await upload(served, name, bytes));
  const started = await api(served, 'POST', 'api/intake', { uploads, kind: 'scans', fileCode, title: 'Hồ sơ thử tấn công' });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return started.body;
}

/** Ask the intake until it has settled (the runner polls on its own); bounded by attempts, not by a clock. */
async function settled(served: Served, id: string): Promise<Json> {
  for (let i = 0; i < 1200; i++) {
    const state = await api(served, 'GET', `api/intake/${id}`);
    if (state.body.status === 'done' || state.body.status === 'failed') return state.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`intake ${id} did not settle`);
}

/** Ask the jobs list until the intake's job has finished; bounded by attempts, not by a clock. */
async function jobSettled(served: Served, jobId: string): Promise<Json | undefined> {
  let job: Json | undefined;
  for (let i = 0; i < 1200; i++) {
    job = (await api(served, 'GET', 'api/jobs?kind=ingest')).body.jobs.find((j: Json) => j.id === jobId);
    if (job?.status === 'done' || job?.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  return job;
}

async function assertConsistent(home: string, code: string): Promise<Json> {
  for (const site of ['bac', 'trung', 'nam']) {
    const report = await validateOcflPath(join(home, 'sites', site, 'ocfl'));
    expect(report.errors, `${site}: ${JSON.stringify(report.errors)}`).toEqual([]);
    const staging = join(home, 'sites', site, 'staging');
    expect(existsSync(staging) ? readdirSync(staging) : [], site).toEqual([]);
  }
  const journal = join(home, 'journal');
  expect(existsSync(journal) ? readdirSync(journal) : []).toEqual([]);
  const audit = await duphong(['audit', '--all', '--home', home, '--json']);
  expect(audit.code, audit.stdout + audit.stderr).toBe(0);
  const copies = await duphong(['copies', code, '--home', home, '--json']);
  expect(copies.code, copies.stderr).toBe(0);
  expect(copies.json.copies.map((c: Json) => [c.status, c.version])).toEqual(Array(3).fill(['ok', copies.json.head]));
  return copies.json;
}

describe('hostile: kill -9 of duphong serve during an HTTP intake; racing intakes', () => {
  const tmp = tempDir('duphong-hostile-intake-');
  let served: Served | undefined;
  afterAll(async () => {
    if (served?.child.exitCode === null) await stopServe(served);
    tmp.remove();
  });

  for (const point of ['ingest:staged-file:2', 'ingest:after-commit-site:2', 'ingest:after-record']) {
    it(`killed at ${point}: after restart the intake finishes, nothing half-written`, async () => {
      const home = join(tmp.path, point.replace(/:/g, '_'));
      served = await startServe(home, { DUPHONG_FAULT_POINT: point });
      const exited = new Promise<string | null>((r) => served!.child.on('exit', (_code, signal) => r(signal)));
      const intake = await startIntake(served, 'HS-KILL', SCANS_A);
      // The server's own job runner takes the intake and dies at the fault point.
      expect(await exited).toBe('SIGKILL');

      served = await startServe(home);
      const state = await settled(served, intake.id);
      expect(state, JSON.stringify(state)).toMatchObject({ status: 'done', result: { fileCode: 'HS-KILL', version: 1, files: 3 } });
      // The intake reads 'done' a moment before its job clears the staged files: wait for the job.
      const job = await jobSettled(served, intake.job);
      expect(job?.status).toBe('done');
      expect(existsSync(join(home, 'intake', intake.id, 'staged'))).toBe(false);
      expect(await stopServe(served)).toBe(0);
      const copies = await assertConsistent(home, 'HS-KILL');
      expect(copies.head).toBe(1);
    });
  }

  it('path traversal through the web UI’s static files reaches nothing outside it', async () => {
    const home = join(tmp.path, 'static');
    served = await startServe(home);
    const url = new URL(served.url);
    const raw = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const up = '..%2f'.repeat(12);
    for (const path of [
      `/${up}etc%2fpasswd`,
      '/../../../../../../../../etc/passwd',
      `/assets/${up}etc/passwd`,
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      `/${'..%5c'.repeat(12)}etc%5cpasswd`,
      `/assets/${up}${encodeURIComponent(home.slice(1))}%2fconfig.json`,
      '/api/../../../../../../etc/passwd',
    ]) {
      const res = await raw(path);
      expect(res.body, path).not.toContain('root:x:0');
      expect(res.body, path).not.toContain('allowedHosts');
    }
    expect(await stopServe(served)).toBe(0);
  });

  it('two intakes of one file code at once: versions in order, or the later refused with a clear conflict; none lost', async () => {
    const home = join(tmp.path, 'race');
    served = await startServe(home);
    const [a, b] = await Promise.all([startIntake(served, 'HS-RACE', SCANS_A), startIntake(served, 'HS-RACE', SCANS_B)]);
    const [sa, sb] = [await settled(served, a.id), await settled(served, b.id)];
    const done = [sa, sb].filter((s) => s.status === 'done');
    const failed = [sa, sb].filter((s) => s.status === 'failed');
    // Each set lacks documents of the other, so whichever the runner takes second would drop some
    // of the first's: it is refused (not confirmed), with a stable code; the first stays version 1.
    expect(done).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(done[0]!.result.version).toBe(1);
    for (const f of failed) {
      expect(f.error.code).toBe('DP-INGEST-DROPS-DOCUMENTS');
      expect(f.error.message).toMatch(/Chưa ghi gì/);
    }
    const detail = await api(served, 'GET', 'api/objects/HS-RACE');
    expect(detail.status).toBe(200);
    expect(await stopServe(served)).toBe(0);
    const copies = await assertConsistent(home, 'HS-RACE');
    expect(copies.head).toBe(done.length);
  });
});
