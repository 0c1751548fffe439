import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { duphong, duphongChild } from './cli.js';

// What the browser tests share: `duphong serve` on a free port, and Debian's chromium.

export const WEB_INDEX = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

export interface Served {
  child: ReturnType<typeof duphongChild>;
  url: string;
  output: () => string;
  /** Headers of the administrator `startServe` created and signed in (cookie + CSRF token), for fetch. */
  admin: Record<string, string>;
}

export const ADMIN = { username: 'quantri', password: 'mật-khẩu-quản-trị-thử-nghiệm' } as const;

/**
 * Start `duphong serve --port 0` and read the URL it prints. The administrator `ADMIN` is created
 * first with `duphong user add` (the home is initialised if needed) and signed in through the API.
 */
export async function startServe(
  home: string,
  env: Record<string, string> = {},
  { createAdmin = true }: { createAdmin?: boolean } = {},
): Promise<Served> {
  if (!existsSync(join(home, 'config.json'))) {
    const init = await duphong(['init', '--home', home]);
    if (init.code !== 0) throw new Error(`duphong init failed:\n${init.stderr}`);
  }
  if (!createAdmin) return serve(home, env, {});
  const add = await duphong([
    'user',
    'add',
    ADMIN.username,
    '--role',
    'system-admin',
    '--all',
    '--password',
    ADMIN.password,
    '--home',
    home,
  ]);
  if (add.code !== 0 && !add.stderr.includes('DP-USER-EXISTS')) throw new Error(`duphong user add failed:\n${add.stderr}`);
  const served = await serve(home, env, {});
  const res = await fetch(new URL('api/session', served.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (res.status !== 200) throw new Error(`sign-in failed (${res.status}): ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { ...served, admin: { cookie, 'x-csrf-token': csrfToken } };
}

/** `duphong serve --port 0` on `home`, once it prints its URL (no administrator signed in). */
async function serve(home: string, env: Record<string, string>, admin: Record<string, string>): Promise<Served> {
  const child = duphongChild(['serve', '--home', home, '--port', '0'], env);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`duphong serve did not print its URL:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      const match = /DuPhong đang chạy tại (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`duphong serve exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output, admin };
}

/** Create another user on the served home (`duphong user add`), e.g. a reader for what readers see. */
export async function addUser(home: string, username: string, role: string, password: string): Promise<void> {
  const add = await duphong(['user', 'add', username, '--role', role, '--all', '--password', password, '--home', home]);
  if (add.code !== 0) throw new Error(`duphong user add failed:\n${add.stderr}`);
}

/** Sign the page's browser context in (default `ADMIN`; the cookie lands in the context's jar). */
export async function signInPage(page: Page, served: Served, who: { username: string; password: string } = ADMIN): Promise<void> {
  const res = await page.request.post(new URL('api/session', served.url).toString(), { data: who });
  if (res.status() !== 200) throw new Error(`sign-in failed (${res.status()}): ${await res.text()}`);
}

/** Stop a server started by startServe; it must exit cleanly (0) on SIGTERM. */
export async function stopServe(served: Served | undefined): Promise<number | null> {
  if (!served || served.child.exitCode !== null) return served?.child.exitCode ?? null;
  const exited = new Promise<number | null>((r) => served.child.on('exit', (code) => r(code)));
  served.child.kill('SIGTERM');
  return exited;
}

/** Debian's chromium through playwright-core; a missing UI build or browser is a clear failure, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(WEB_INDEX))
    throw new Error('Giao diện web chưa được biên dịch (thiếu packages/web/dist): hãy chạy `npm run build` trước.');
  if (!existsSync(CHROMIUM)) throw new Error(`Không tìm thấy ${CHROMIUM}: hãy cài gói Debian "chromium".`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
