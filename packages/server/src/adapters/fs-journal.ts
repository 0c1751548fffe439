import { mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Journal, JournalEntry } from '../ports/journal.js';
import { pidAlive } from './locks/process-liveness.js';
import { replaceFileDurably } from '../storage/replace-file.js';

/** The journal port on the home's file system: one fsynced JSON file per intent (HOME/journal). */
export class FsJournal implements Journal {
  private readonly dir: string;

  constructor(home: string) {
    this.dir = join(home, 'journal');
  }

  write(entry: JournalEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const final = join(this.dir, `${entry.id}.json`);
    // The writer's pid in the temp name: pending() of another process leaves a live writer's temp alone.
    const temp = join(this.dir, `${entry.id}.${process.pid}.json.tmp`);
    replaceFileDurably(final, JSON.stringify(entry), temp);
  }

  clear(id: string): void {
    try {
      unlinkSync(join(this.dir, `${id}.json`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /**
   * Entries written and not cleared, oldest first. A `.tmp` whose writer died means that intent
   * never started: drop it; one of a live writer is being written right now: leave it. An entry
   * cleared by its owner between the listing and the read is simply no longer pending.
   */
  writerAlive(entry: JournalEntry): boolean {
    return pidAlive(entry.pid);
  }

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
        const writer = Number(/\.(\d+)\.json\.tmp$/.exec(name)?.[1]);
        if (!Number.isInteger(writer) || !pidAlive(writer)) removeIfPresent(path);
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

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
