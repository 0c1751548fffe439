// Process, timing and page-cache helpers for the benchmark. Everything goes through child_process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Is `name` on the PATH? */
export function have(name) {
  return spawnSync('bash', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** First line of `cmd args` (e.g. a version string), or '' if it fails. */
export function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).split('\n')[0].trim() : '';
}

/**
 * Run one command and time the whole invocation (process start included) with a monotonic clock.
 * The child's peak RSS is read from GNU time (`-v`, "Maximum resident set size") when available,
 * else by polling /proc/PID/status VmHWM. Resolves {code, ms, stdout, stderr, peakRssKiB}.
 */
export const limits = { timeoutMs: 30 * 60 * 1000 };

export function run(cmd, args, { cwd, env, stdin, timeoutMs = limits.timeoutMs } = {}) {
  const useTime = existsSync(GNU_TIME);
  let timeDir;
  let argv = [cmd, ...args];
  if (useTime) {
    timeDir = mkdtempSync(join(tmpdir(), 'duphong-bench-time-'));
    argv = [GNU_TIME, '-v', '-o', join(timeDir, 'rusage'), ...argv];
  }
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (stdin !== undefined) child.stdin.end(stdin);
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    // A command that never exits (e.g. a handle left open) must not hang the bench: kill it, fail loudly.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    let polledKiB = 0;
    const poll = useTime ? undefined : setInterval(() => (polledKiB = Math.max(polledKiB, vmHwmKiB(child.pid))), 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (timedOut)
        return reject(
          new Error(`${[cmd, ...args].join(' ')}\n  did not exit within ${timeoutMs / 1000} s; killed (see bench/README.md, --timeout)`),
        );
      let peakRssKiB = polledKiB;
      if (useTime) {
        const text = readFileSync(join(timeDir, 'rusage'), 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        peakRssKiB = m ? Number(m[1]) : 0;
        rmSync(timeDir, { recursive: true, force: true });
      }
      resolvePromise({ code, ms, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), peakRssKiB });
    });
  });
}

function vmHwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Run a bash script (timed like any contender). */
export function runBash(script, args = [], opts = {}) {
  return run('bash', ['-c', `set -euo pipefail\n${script}`, 'bench', ...args], opts);
}

/** Throw with the command's stderr if it did not exit 0. */
export function mustSucceed(what, r) {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${(r.stderr || r.stdout).slice(-2000)}`);
  return r;
}

/** Time a full `sync` (writes still dirty from the previous command). */
export function timedSync() {
  const start = process.hrtime.bigint();
  spawnSync('sync');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

let dropWarned = false;
/** sync, then drop the page cache (root only). Returns true if the cache was dropped. */
export function dropCaches() {
  spawnSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    if (!dropWarned) process.stderr.write('warning: cannot drop the page cache (not root?): runs start from whatever is cached\n');
    dropWarned = true;
    return false;
  }
}

/** Read every regular file under `dirs` once (untimed) so they are in the page cache. */
export function warm(dirs) {
  const r = spawnSync('bash', ['-c', 'find "$@" -type f -print0 | xargs -0 -r cat > /dev/null', 'warm', ...dirs], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`warming ${dirs.join(' ')} failed`);
}

/** Total bytes of regular files under `dir` whose path matches `pathGlob` (find -path). */
export function bytesUnder(dir, pathGlob = '*') {
  const r = spawnSync(
    'bash',
    ['-c', 'find "$1" -type f -path "$2" -printf "%s\\n" | awk "{s+=\\$1} END {print s+0}"', 'bytes', dir, pathGlob],
    { encoding: 'utf8' },
  );
  return Number(r.stdout.trim());
}

export function countUnder(dir, pathGlob = '*') {
  const r = spawnSync('bash', ['-c', 'find "$1" -type f -path "$2" | wc -l', 'count', dir, pathGlob], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

/** What the results file records about the machine (plus a few extras printed to stdout). */
export function machineInfo(dataDir) {
  const mount = firstLine('findmnt', ['-no', 'SOURCE,FSTYPE', '-T', dataDir]).split(/\s+/);
  const dev = (mount[0] || '').replace(/^\/dev\//, '');
  let rotational = '';
  try {
    rotational =
      readFileSync(`/sys/block/${dev}/queue/rotational`, 'utf8').trim() === '1'
        ? ' (reports rotational; virtual disk)'
        : ' (non-rotational)';
  } catch {
    /* not a whole-disk device */
  }
  return {
    cpus: cpus().length,
    node: process.version,
    disk: mount[0] ? `${mount[0]} ${mount[1]}${rotational}` : 'unknown',
    extra: {
      cpuModel: cpus()[0]?.model ?? '',
      ramGiB: Math.round(totalmem() / 2 ** 30),
      openssl: firstLine('openssl', ['version']),
      rclone: firstLine('rclone', ['version']),
    },
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
