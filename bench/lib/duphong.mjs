// DuPhong driven through its real CLI: `node packages/server/bin/duphong.js <command> --home DIR --json`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './sys.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'packages/server/bin/duphong.js');

/** One CLI invocation: {code, ms, peakRssKiB, json, stderr}. `ms` includes Node start-up. */
export async function cli(home, ...args) {
  const r = await run(process.execPath, [BIN, ...args, '--home', home, '--json'], { cwd: REPO });
  let json;
  try {
    json = r.stdout.trim() ? JSON.parse(r.stdout) : undefined;
  } catch {
    json = undefined;
  }
  return { ...r, json };
}

function must(what, r) {
  if (r.code !== 0) throw new Error(`duphong ${what} exited ${r.code}\n${r.stderr.slice(-2000)}`);
  return r;
}

export const init = async (home) => must('init', await cli(home, 'init'));
export const ingest = async (home, folder, code, title) =>
  must(`ingest ${code}`, await cli(home, 'ingest', folder, '--file', code, '--title', title));
export const audit = async (home) => must('audit --all', await cli(home, 'audit', '--all'));
export const exportAip = async (home, code, out) => must(`export aip ${code}`, await cli(home, 'export', 'aip', code, '--out', out));
export const copies = async (home, code) => must(`copies ${code}`, await cli(home, 'copies', code));

/** Check all copies of CODE are `ok` at the expected number of sites (the ingest really replicated). */
export async function expectCopiesOk(home, code, sites = 3) {
  const r = await copies(home, code);
  const ok = (r.json?.copies ?? []).filter((c) => c.status === 'ok').length;
  if (ok !== sites) throw new Error(`copies ${code}: ${ok}/${sites} ok\n${r.stdout}`);
  return r;
}

/** Fail early, with a clear message, if the CLI is not built or does not start. */
export async function checkBuilt() {
  const home = mkdtempSync(join(tmpdir(), 'duphong-bench-check-'));
  try {
    const r = await cli(join(home, 'h'), 'init');
    if (r.code !== 0)
      throw new Error(
        `DuPhong's CLI does not run (exit ${r.code}). Run \`npm run build\` at the repository root first.\n${r.stderr.split('\n').slice(0, 8).join('\n')}`,
      );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
