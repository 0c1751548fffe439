import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsJournal } from './fs-journal.js';

function journalHome(): { home: string; dir: string } {
  const home = mkdtempSync(join(tmpdir(), 'duphong-journal-'));
  const dir = join(home, 'journal');
  mkdirSync(dir);
  return { home, dir };
}

describe('FsJournal.pending', () => {
  it('keeps a temp file another live process is still writing (no spurious ENOENT for it)', () => {
    const { home, dir } = journalHome();
    const live = join(dir, `abc.${process.ppid}.json.tmp`);
    writeFileSync(live, '{"half');
    expect(new FsJournal(home).pending()).toEqual([]);
    expect(existsSync(live)).toBe(true);
  });

  it('drops the temp of a dead writer and a legacy temp that names none', () => {
    const { home, dir } = journalHome();
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = join(dir, `abc.${child.stdout}.json.tmp`);
    const legacy = join(dir, 'def.json.tmp');
    writeFileSync(dead, '{"half');
    writeFileSync(legacy, '');
    expect(new FsJournal(home).pending()).toEqual([]);
    expect([existsSync(dead), existsSync(legacy)]).toEqual([false, false]);
  });

  it('skips an entry that vanished between listing and reading (cleared by its live owner)', () => {
    const { home, dir } = journalHome();
    symlinkSync(join(dir, 'gone-already'), join(dir, 'gone.json')); // listed, unreadable: ENOENT
    expect(new FsJournal(home).pending()).toEqual([]);
  });

  it('writes through a temp that names this process, then reads the entry back', () => {
    const { home } = journalHome();
    const journal = new FsJournal(home);
    journal.write({ id: 'x1', createdAt: '2026-01-01T00:00:00Z' } as never);
    expect(journal.pending().map((e) => e.id)).toEqual(['x1']);
    journal.clear('x1');
    expect(journal.pending()).toEqual([]);
  });
});
