import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { duphong } from '../../../../../e2e/cli.js';
import { openContext } from '../../app/context.js';
import { ingestFolder } from '../../usecases/ingest.js';
import { initHome } from '../commands/init.js';
import { runServe } from '../commands/serve.js';
import { Output } from '../output.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../../testing/homes.js';

/*
 * The remote CLI against a real `duphong serve` (gate, tokens, job worker) on a temporary home:
 * each command's --json and human text through --server/DUPHONG_SERVER equal the local command's
 * on the same home; refusals and an absent server give the contract's exit codes.
 */

const FILE_CODE = 'VN-TEST.01.2001.HS-0007';
const TITLE = 'Hồ sơ về việc thành lập Ủy ban nhân dân tỉnh Đà Nẵng';

let tmp: ReturnType<typeof tempDir>;
let home: string;
let server: string;
let token: string;
let readOnly: string;
const stop = new AbortController();
let served: Promise<number>;

async function signedInAdmin(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'quantri', displayName: 'Nguyễn Văn Quản', password: 'mật-khẩu-đủ-dài-2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function createToken(url: string, auth: { cookie: string; csrf: string }, name: string, actions: string[]): Promise<string> {
  const res = await fetch(`${url}api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
    body: JSON.stringify({ name, actions, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

const remote = (args: string[], env: Record<string, string> = {}) =>
  duphong(args, { env: { DUPHONG_SERVER: server, DUPHONG_TOKEN: token, ...env } });
const local = (args: string[]) => duphong([...args, '--home', home], { env: { DUPHONG_SERVER: '', DUPHONG_TOKEN: '' } });

beforeAll(async () => {
  tmp = tempDir('duphong-remote-');
  home = join(tmp.path, 'home');
  await initHome(home, true);
  // A quick worker and no background audit: the audit job runs soon, and nothing else audits meanwhile.
  const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  writeFileSync(
    join(home, 'config.json'),
    JSON.stringify({ ...config, jobs: { pollMs: 100, probeMs: 60_000 }, audit: { ...config.audit, scheduled: false } }),
  );
  const ctx = await openContext(home);
  await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES), fileCode: FILE_CODE, title: TITLE });
  await ctx.close();

  let stdout = '';
  const out = new Output(
    false,
    'vi',
    (s) => (stdout += s),
    () => {},
  );
  served = runServe(['--home', home, '--port', '0'], out, { signal: stop.signal });
  for (let i = 0; i < 400 && !stdout.includes('đang chạy'); i++) await new Promise((r) => setTimeout(r, 25));
  server = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)![1]!;
  const admin = await signedInAdmin(server);
  token = await createToken(server, admin, 'máy trạm phòng lưu trữ', [
    'catalogue.read',
    'objects.read',
    'sites.read',
    'audits.read',
    'audits.run',
    'jobs.read',
  ]);
  readOnly = await createToken(server, admin, 'chỉ tìm kiếm', ['catalogue.read']);
});

afterAll(async () => {
  stop.abort();
  expect(await served).toBe(0);
  tmp.remove();
});

describe('duphong --server URL (remote CLI)', () => {
  it('search: the same --json and the same Vietnamese text as on the server', async () => {
    const [r, l] = [await remote(['search', 'đà nẵng', '--json']), await local(['search', 'đà nẵng', '--json'])];
    expect(r.code).toBe(0);
    expect(r.json.total).toBe(1);
    expect(r.json).toEqual(l.json);
    const [rh, lh] = [await remote(['search', 'da nang']), await local(['search', 'da nang'])];
    expect(rh.stdout).toContain(FILE_CODE);
    expect(rh.stdout).toBe(lh.stdout);
  });

  it('copies and site list: identical to the local commands, with --server and --token flags too', async () => {
    const r = await duphong(['--server', server, 'copies', FILE_CODE, '--json'], { env: { DUPHONG_SERVER: '', DUPHONG_TOKEN: token } });
    const l = await local(['copies', FILE_CODE, '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toEqual(l.json);
    expect((await remote(['copies', FILE_CODE])).stdout).toBe((await local(['copies', FILE_CODE])).stdout);
    const s = await duphong(['--server', server, '--token', token, 'site', 'list', '--json'], { env: { DUPHONG_SERVER: '' } });
    expect(s.code).toBe(0);
    expect(s.json.map((x: { name: string }) => x.name)).toEqual(['bac', 'trung', 'nam']);
    expect(s.json).toEqual((await local(['site', 'list', '--json'])).json);
    expect((await remote(['site', 'list', '--lang', 'en'])).stdout).toBe((await local(['site', 'list', '--lang', 'en'])).stdout);
  });

  it('audit: the server runs it as a job; the result is printed like the local audit, progress on stderr', async () => {
    const r = await remote(['audit', '--all', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Máy chủ đã nhận yêu cầu kiểm tra');
    expect(r.json).toEqual({ checked: 3, damaged: 0, repaired: 0, unrepaired: 0, unreachable: 0, skipped: 0, findings: [] });
    expect(r.json).toEqual((await local(['audit', '--all', '--json'])).json);
    const human = await remote(['audit', '--site', 'trung']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Đã kiểm tra \d+ bản sao: 0 hỏng, 0 đã sửa, 0 chưa sửa được, 0 không truy cập được, 0 hồ sơ bỏ qua/);
    const status = await remote(['audit', '--status', '--json']);
    const localStatus = await local(['audit', '--status', '--json']);
    expect(status.code).toBe(0);
    expect({ ...status.json, nextDue: null }).toEqual({ ...localStatus.json, nextDue: null });
    expect((await remote(['audit', '--no-repair'])).code).toBe(2);
  });

  it('whoami: the token’s owner, roles, scope, rights and expiry — never the token', async () => {
    const r = await remote(['whoami', '--json']);
    expect(r.code).toBe(0);
    expect(r.json.user).toMatchObject({ username: 'quantri', displayName: 'Nguyễn Văn Quản', roles: ['system-admin'], units: 'all' });
    expect(r.json.token).toMatchObject({ name: 'máy trạm phòng lưu trữ', actions: expect.arrayContaining(['audits.run']) });
    expect(r.json.server).toBe(server.replace(/\/$/, ''));
    const human = await remote(['whoami']);
    expect(human.stdout).toContain('Vai trò: Quản trị hệ thống');
    expect(human.stdout).toMatch(/Mã truy cập: "máy trạm phòng lưu trữ", hết hạn \d\d\/\d\d\/\d{4}/);
    expect(r.stdout + r.stderr + human.stdout + human.stderr).not.toContain(token);
  });

  it('a wrong token, a token without the right, an unknown record: exit 2 with the server’s Vietnamese message', async () => {
    const wrong = await remote(['search', 'đà nẵng'], { DUPHONG_TOKEN: 'dp_khong-dung' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Cần đăng nhập');
    expect(wrong.stderr).toContain('Mã truy cập bị từ chối');
    expect(wrong.stderr).not.toContain('dp_khong-dung');
    const whoami = await remote(['whoami', '--json'], { DUPHONG_TOKEN: 'dp_khong-dung' });
    expect(whoami.code).toBe(2);
    expect(whoami.json.error.code).toBe('DP-AUTH-REQUIRED');
    const forbidden = await remote(['site', 'list', '--json'], { DUPHONG_TOKEN: readOnly });
    expect(forbidden.code).toBe(2);
    expect(forbidden.json.error).toMatchObject({ code: 'DP-FORBIDDEN', exit: 2 });
    expect(forbidden.stderr).toContain('không có quyền');
    const unknown = await remote(['copies', 'VN-KHONG-CO.01']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('chưa có bản sao dự phòng');
  });

  it('commands that only run on the server, and a token without a server, are refused with exit 2', async () => {
    const ingest = await remote(['ingest', tmp.path, '--file', 'X']);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toContain('chỉ chạy được trên chính máy chủ DuPhong');
    expect((await remote(['site', 'add', 'xa', '--kind', 'fs'])).code).toBe(2);
    const noServer = await duphong(['--token', 'dp_x', 'search', 'a'], { env: { DUPHONG_SERVER: '' } });
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--token cần --server');
    const help = await remote(['--help']);
    expect(help.stdout).toContain('DUPHONG_TOKEN');
  });

  it('a server that does not answer: exit 4, nothing else happened', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await remote(['search', 'đà nẵng', '--json'], { DUPHONG_SERVER: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(4);
    expect(r.json.error.code).toBe('DP-REMOTE-UNREACHABLE');
    expect(r.stderr).toContain('Không kết nối được máy chủ DuPhong');
  });
});
