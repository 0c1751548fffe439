// The README's quick start is executed: every line of its `readme-test` block runs with the real CLI
// on the sample data, and what its comment quotes must be in the output, so the README cannot drift.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, BIN } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface ReadmeLine {
  /** The shell line, `npx duphong` replaced by this repository's CLI. */
  command: string;
  /** The texts the comment quotes in `backticks`. */
  claims: string[];
  /** The comment says Ctrl+C: a server, stopped once the claims appeared. */
  longRunning: boolean;
  source: string;
}

/** Split a line at its first `#` outside quotes: the command, and the comment. */
function splitComment(line: string): [string, string] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return [line.slice(0, i).trim(), line.slice(i + 1)];
  }
  return [line.trim(), ''];
}

/** The lines of every ```bash readme-test block of a README. */
function readmeLines(markdown: string): ReadmeLine[] {
  const blocks = [...markdown.matchAll(/^```bash readme-test\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((source) => {
        const [command, comment] = splitComment(source);
        return {
          command: command.replace(/(^|&& |; )npx duphong /g, '$1"$DUPHONG_NODE" "$DUPHONG_BIN" '),
          claims: [...comment.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
          longRunning: comment.includes('Ctrl+C'),
          source,
        };
      }),
  );
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

interface Run {
  code: number | null;
  output: string;
}

/** Run one line in bash in `cwd`; a long-running one is stopped with SIGINT once `claims` appeared. */
function run(line: ReadmeLine, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The README's default home, ./duphong-data: no DUPHONG_HOME from the environment.
    const { DUPHONG_HOME: _home, ...env } = process.env;
    const child = spawn('bash', ['-c', line.command], {
      cwd,
      env: { ...env, DUPHONG_NODE: process.execPath, DUPHONG_BIN: BIN },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so Ctrl+C reaches the CLI under bash
    });
    let output = '';
    let stopped = false;
    const seen = (d: Buffer) => {
      output += d.toString('utf8');
      if (line.longRunning && !stopped && line.claims.every((c) => collapse(output).includes(collapse(c)))) {
        stopped = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('README quick start', () => {
  const tmp = tempDir('duphong-readme-');
  afterAll(() => tmp.remove());
  const lines = readmeLines(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('has a quick start block whose duphong lines each state what they show', () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) if (l.source.startsWith('npx duphong ')) expect(l.claims, l.source).not.toEqual([]);
  });

  it('runs every line on the sample data and shows what the README says', async () => {
    assertBuilt();
    symlinkSync(join(ROOT, 'fixtures'), join(tmp.path, 'fixtures'));
    for (const line of lines) {
      const r = await run(line, tmp.path);
      expect(r.code, `${line.source}\n${r.output}`).toBe(0);
      for (const claim of line.claims) expect(collapse(r.output), line.source).toContain(collapse(claim));
    }
  }, 600_000);
});
