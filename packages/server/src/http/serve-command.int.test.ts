import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { classify } from '../errors.js';
import { runServe } from '../cli/commands/serve.js';
import { Output } from '../cli/output.js';
import { tempDir } from '../testing/homes.js';

/** Run `duphong serve` in-process; the abort signal stands in for Ctrl+C. */
function serve(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = new Output(
    false,
    'vi',
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  const stop = new AbortController();
  const done = runServe(args, out, { signal: stop.signal });
  const url = async (): Promise<string> => {
    for (let i = 0; i < 200 && !stdout.includes('đang chạy'); i++) await new Promise((r) => setTimeout(r, 25));
    const match = /DuPhong đang chạy tại (http:\/\/127\.0\.0\.1:\d+\/) \(API: \1api, OpenAPI: \1api\/openapi\.json\)/.exec(stdout);
    if (!match) throw new Error(`no URL printed; stdout: ${stdout}; stderr: ${stderr}`);
    return match[1]!;
  };
  return { done, url, stop: () => stop.abort(), output: () => ({ stdout, stderr }) };
}

describe('duphong serve', () => {
  let tmp: ReturnType<typeof tempDir>;
  let blocker: Server | undefined;
  beforeEach(() => {
    tmp = tempDir('duphong-serve-');
  });
  afterEach(async () => {
    await new Promise<void>((r) => (blocker ? blocker.close(() => r()) : r()));
    blocker = undefined;
    tmp.remove();
  });

  it('initialises a new home, serves on the actual port of --port 0, and stops cleanly', async () => {
    const home = join(tmp.path, 'home');
    const server = serve(['--home', home, '--port', '0']);
    const url = await server.url();
    expect(existsSync(join(home, 'config.json'))).toBe(true);
    expect(server.output().stderr).toContain('Đã khởi tạo thư mục dữ liệu mới');
    const health = (await (await fetch(`${url}api/health`)).json()) as { sites: { total: number } };
    expect(health.sites.total).toBe(3);
    server.stop();
    expect(await server.done).toBe(0);
    expect(server.output().stderr).toContain('DuPhong đã dừng.');
    await expect(fetch(`${url}api/health`)).rejects.toThrow();
  });

  it('refuses a port in use with exit 4 and a Vietnamese message', async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const error = await runServe(
      ['--home', join(tmp.path, 'home'), '--port', String(port)],
      new Output(
        false,
        'vi',
        () => {},
        () => {},
      ),
    ).catch((e: unknown) => e);
    const c = classify(error);
    expect(c.exit).toBe(4);
    expect(c.code).toBe('DP-PORT-IN-USE');
    expect(c.vi).toContain(`Cổng ${port} trên 127.0.0.1 đang được chương trình khác sử dụng`);
  });

  it('refuses a malformed port with exit 2', async () => {
    const error = await runServe(
      ['--home', join(tmp.path, 'home'), '--port', 'tám'],
      new Output(
        false,
        'vi',
        () => {},
        () => {},
      ),
    ).catch((e: unknown) => e);
    expect(classify(error).exit).toBe(2);
  });
});
