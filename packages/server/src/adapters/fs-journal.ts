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
