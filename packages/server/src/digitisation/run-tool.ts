import { spawn } from 'node:child_process';

/** What a command-line tool did: its exit, what it printed (capped), whether it was found at all. */
export interface ToolRun {
  /** Exit code; null when killed or not started. */
  code: number | null;
  stdout: string;
  /** The last STDERR_TAIL characters: where ocrmypdf and friends say why they failed. */
  stderrTail: string;
  /** The executable was not found (ENOENT). */
  missing: boolean;
  aborted: boolean;
}

const STDOUT_MAX = 1024 * 1024;
const STDERR_TAIL = 4096;

export interface RunToolOptions {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/**
 * Run one program with its arguments, never through a shell. The child leads its own process
 * group so that an abort ends it and whatever it started (ocrmypdf runs tesseract and Ghostscript).
 */
export function runTool(command: string, args: readonly string[], options: RunToolOptions = {}): Promise<ToolRun> {
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve({ code: null, stdout: '', stderrTail: '', missing: false, aborted: true });
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let aborted = false;
    let settled = false;
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const onAbort = () => {
      aborted = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (run: Omit<ToolRun, 'aborted'>) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve({ ...run, aborted });
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout.length < STDOUT_MAX) stdout += d;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr = (stderr + d).slice(-STDERR_TAIL);
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      done({ code: null, stdout, stderrTail: e.message, missing: e.code === 'ENOENT' || e.code === 'EACCES' }),
    );
    child.on('close', (code) => done({ code, stdout, stderrTail: stderr, missing: false }));
  });
}
