import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, openSync, writeSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Journal, JournalEntry } from '../ports/journal.js';

/** The journal port on the home's file system: one fsynced JSON file per intent (HOME/journal). */
export class FsJournal implements Journal {
  private readonly dir: string;

  constructor(home: string) {
    this.dir = join(home, 'journal');
  }

  write(entry: JournalEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const final = join(this.dir, `${entry.id}.json`);
    // the temp names its writer: pending() of another process removes it only once that pid is dead
    const temp = join(this.dir, `${entry.id}.${process.pid}.tmp`);
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

  /**
   * Entries left by earlier processes. A `.tmp` is an intent that never started: dropped only when
   * its writer is dead (a live process may be writing it right now). An entry that vanishes
   * between listing and reading was cleared by its live owner: skipped.
   */
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
        if (!writerAlive(name)) removeIfPresent(path);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      entries.push(JSON.parse(text) as JournalEntry);
    }
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}

/** `<id>.<pid>.tmp`: is its writer still running? (An older `<id>.json.tmp` names none: dead.) */
function writerAlive(name: string): boolean {
  const pid = Number(/\.(\d+)\.tmp$/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
