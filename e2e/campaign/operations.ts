import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duphong, type CliRun } from '../cli.js';
import { openContext } from '../../packages/server/src/app/context.js';
import { classify } from '../../packages/server/src/errors.js';
import { ingestFolder } from '../../packages/server/src/usecases/ingest.js';
import { runAudit } from '../../packages/server/src/usecases/audit.js';
import { runOneJob } from '../../packages/server/src/jobs/runner.js';
import { rebuildFromSite } from '../../packages/server/src/usecases/rebuild.js';
import type { Rng } from './prng.js';
import { sha256, type Content } from './ledger.js';
import { SITES } from './faults.js';

/** The journal's fault points (as in e2e/crash.int.test.ts): an ingest CLI killed with SIGKILL there. */
export const KILL_POINTS = [
  'ingest:after-journal',
  'ingest:streaming:1',
  'ingest:staged-file:1',
  'ingest:after-stage',
  'ingest:after-verify',
  'ingest:commit-content:1',
  'ingest:after-version-inventory:1',
  'ingest:after-root-inventory:1',
  'ingest:after-commit-site:1',
  'ingest:after-version-inventory:2',
  'ingest:after-root-inventory:2',
  'ingest:after-commit-site:2',
  'ingest:after-root-inventory:3',
  'ingest:after-commit-site:3',
  'ingest:before-record',
  'ingest:after-record',
] as const;

export type Op =
  | { kind: 'ingest'; runner: 'cli' | 'task'; code: string; source: string; content: Content; killAt?: string }
  | { kind: 'jobs'; runner: 'cli' | 'task' }
  | { kind: 'audit'; runner: 'cli' | 'task' }
  | { kind: 'rebuild'; runner: 'cli' | 'task'; site: string };

export interface Outcome {
  /** 0…4 like the CLI, null when killed. */
  exit: number | null;
  killed: boolean;
  code?: string;
  json?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the CLI's --json document
  message: string;
}

export const label = (op: Op) =>
  op.kind === 'ingest'
    ? `${op.runner} ingest ${op.code} ${op.source.split('/').pop()}${op.killAt ? ` kill@${op.killAt}` : ''}`
    : op.kind === 'rebuild'
      ? `${op.runner} rebuild --from-site ${op.site}`
      : `${op.runner} ${op.kind}`;

const NAMES = ['trang-01.txt', 'trang-02.bin', 'phụ lục/ghi chú.txt', 'Mục lục.txt'];

/** A fresh source folder whose bytes are unique to this operation; returns what it holds. */
export function makeSource(root: string, r: Rng, code: string, id: string): { source: string; content: Content } {
  const source = join(root, id);
  const content: Content = {};
  const count = 1 + r.int(3);
  for (const name of NAMES.slice(r.int(NAMES.length - count + 1)).slice(0, count)) {
    const bytes = Buffer.concat([Buffer.from(`${code} ${id} ${name}\n`), r.bytes(r.int(3000))]);
    mkdirSync(join(source, name, '..'), { recursive: true });
    writeFileSync(join(source, name), bytes);
    content[name] = sha256(bytes);
  }
  return { source, content };
}

function fromCli(run: CliRun): Outcome {
  const killed = run.signal === 'SIGKILL';
  return {
    exit: run.code,
    killed,
    ...(run.json?.error?.code && { code: run.json.error.code }),
    json: run.json,
    message: killed
      ? 'SIGKILL'
      : `exit ${run.code} ${run.json?.error?.code ?? ''} ${
          run.code === 0
            ? ''
            : run.stderr
                .trim()
                .split('\n')
                .filter((l) => !l.startsWith('  '))
                .slice(-3)
                .join(' | ')
        }`,
  };
}

/** An in-process task: the use case on its own context, as one `duphong serve` request runs it. */
async function task(home: string, body: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<unknown>): Promise<Outcome> {
  try {
    const ctx = await openContext(home);
    try {
      const json = await body(ctx);
      return { exit: 0, killed: false, json, message: 'exit 0' };
    } finally {
      await ctx.close();
    }
  } catch (error) {
    const c = classify(error);
    const where = c.exit === 1 && error instanceof Error ? ` ${error.stack?.split('\n').slice(0, 4).join(' | ')}` : '';
    return { exit: c.exit, killed: false, code: c.code, message: `exit ${c.exit} ${c.code} ${c.en}${where}` };
  }
}

export async function runOp(home: string, scratch: string, op: Op): Promise<Outcome> {
  const h = ['--home', home, '--json'];
  switch (op.kind) {
    case 'ingest':
      if (op.runner === 'cli')
        return fromCli(
          await duphong(['ingest', op.source, '--file', op.code, '--title', `Hồ sơ ${op.code}`, ...h], {
            env: op.killAt ? { DUPHONG_FAULT_POINT: op.killAt } : {},
          }),
        );
      return task(home, (ctx) => ingestFolder(ctx, { folder: op.source, fileCode: op.code, title: `Hồ sơ ${op.code}` }));
    case 'jobs':
      if (op.runner === 'cli') return fromCli(await duphong(['jobs', 'run', ...h]));
      return task(home, async (ctx) => {
        let ran = 0;
        for (let job = await runOneJob(ctx); job && ran < 50; job = await runOneJob(ctx)) ran += 1;
        return { ran };
      });
    case 'audit':
      if (op.runner === 'cli') return fromCli(await duphong(['audit', '--all', ...h]));
      return task(home, async (ctx) => {
        const s = await runAudit(ctx, { all: true, repair: true });
        // the CLI's exit rule, so both runners read alike
        if (s.unrepaired > 0) return { ...s, exit: 3 };
        return s;
      });
    case 'rebuild': {
      const at = join(scratch, `rebuild-${Math.random().toString(36).slice(2)}`);
      writeScratchHome(home, at);
      try {
        if (op.runner === 'cli') return fromCli(await duphong(['rebuild', '--from-site', op.site, '--home', at, '--json']));
        return await task(at, (ctx) => rebuildFromSite(ctx, op.site));
      } finally {
        rmSync(at, { recursive: true, force: true, maxRetries: 5 });
      }
    }
  }
}

/** A new, empty home whose sites are the campaign home's sites (rebuild needs an empty catalogue). */
export function writeScratchHome(home: string, at: string): void {
  mkdirSync(at, { recursive: true });
  const sites = SITES.map((name) => ({ name, kind: 'fs', region: name, medium: 'disk', path: join(home, 'sites', name) }));
  writeFileSync(join(at, 'config.json'), JSON.stringify({ catalogue: { kind: 'sqlite', file: 'catalogue.sqlite' }, sites }, null, 2));
}
