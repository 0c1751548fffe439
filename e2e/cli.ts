import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../packages/server/bin/duphong.js', import.meta.url));
const DIST = fileURLToPath(new URL('../packages/server/dist/cli/main.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed --json output, shape asserted by tests
}

export function assertBuilt(): void {
  if (!existsSync(DIST)) throw new Error('CLI chưa được biên dịch: hãy chạy `npm run build` trước (npm test làm việc này).');
}

/**
 * Who may run the CLI without privileges: the owner of the repository's own files. Not another
 * user such as `nobody`: the repository may be cloned under a private folder (`mktemp -d`, mode
 * 700) that no other user can even traverse, and then every run would fail before it starts.
 */
export function repositoryOwner(): { uid: number; gid: number } {
  const { uid, gid } = statSync(BIN);
  return { uid, gid };
}

/**
 * `unprivileged`: run as the repository's owner with every capability dropped (`setpriv`), so file
 * modes hold even when that owner is root (no CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH). Needs root.
 */
function unprivileged(argv: string[]): [string, string[]] {
  const { uid, gid } = repositoryOwner();
  return [
    'setpriv',
    ['--reuid', String(uid), '--regid', String(gid), '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--', ...argv],
  ];
}

/** Run the real `duphong` CLI as a child process, the way archivists and scripts do. */
export function duphong(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; unprivileged?: boolean; input?: string } = {},
): Promise<CliRun> {
  assertBuilt();
  const [command, argv] = options.unprivileged ? unprivileged([process.execPath, BIN, ...args]) : [process.execPath, [BIN, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, DUPHONG_HOME: '', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let json: unknown;
      if (args.includes('--json') && stdout.trim()) {
        try {
          json = JSON.parse(stdout);
        } catch {
          json = undefined;
        }
      }
      resolve({ code, signal, stdout, stderr, json });
    });
  });
}

/** Start the CLI and return the child, for tests that freeze or signal it. */
export function duphongChild(args: string[], env: Record<string, string> = {}) {
  assertBuilt();
  return spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DUPHONG_HOME: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}
