import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { duphongChild } from './cli.js';

// What the browser tests share: `duphong serve` on a free port, and Debian's chromium.

export const WEB_INDEX = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

export interface Served {
  child: ReturnType<typeof duphongChild>;
  url: string;
  output: () => string;
}

/** Start `duphong serve --port 0` and read the URL it prints. */
export async function startServe(home: string): Promise<Served> {
  const child = duphongChild(['serve', '--home', home, '--port', '0']);
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
  return { child, url, output: () => output };
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
