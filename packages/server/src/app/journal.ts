import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, openSync, writeSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Write-ahead intents: journal → stage → verify → commit → record → clear. An entry left behind
 * by a crash tells the next start exactly which object, version and sites to roll forward or back.
 */
export interface JournalEntry {
  id: string;
  op: 'add-version' | 'replicate' | 'repair';
  objectId: string;
  fileCode: string;
  objectRoot: string;
  version: number;
  sites: string[];
  stagingPrefix: string;
  createdAt: string;
  pid: number;
}

export class Journal {
  private readonly dir: string;

  constructor(home: string) {
    this.dir = join(home, 'journal');
  }

  write(entry: JournalEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const final = join(this.dir, `${entry.id}.json`);
    const temp = `${final}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(entry));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, final);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }

  clear(id: string): void {
    try {
      unlinkSync(join(this.dir, `${id}.json`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Entries left by earlier processes. A half-written `.tmp` means the intent never started: drop it. */
  pending(): JournalEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names) {
      const path = join(this.dir, name);
      if (name.endsWith('.tmp')) {
        unlinkSync(path);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      entries.push(JSON.parse(readFileSync(path, 'utf8')) as JournalEntry);
    }
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}

/**
 * Test-only fault injection: DUPHONG_FAULT_POINT=name[:n][:stop] kills the process with SIGKILL
 * (or freezes it with SIGSTOP, holding its locks) at the n-th arrival at that point.
 */
const faultSpec = process.env.DUPHONG_FAULT_POINT;
const arrivals = new Map<string, number>();
export function faultPoint(name: string): void {
  if (!faultSpec) return;
  // point names contain ':' themselves (ingest:after-stage), so parse the count and action from the end
  const m = /^(.*?)(?::(\d+))?(?::(stop))?$/.exec(faultSpec);
  const [, point, nth = '1', action = 'kill'] = m ?? [];
  if (point !== name) return;
  const count = (arrivals.get(name) ?? 0) + 1;
  arrivals.set(name, count);
  if (count === Number(nth)) process.kill(process.pid, action === 'stop' ? 'SIGSTOP' : 'SIGKILL');
}
