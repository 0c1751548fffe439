import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { duphong } from '../cli.js';
import { openContext } from '../../packages/server/src/app/context.js';
import { classify } from '../../packages/server/src/errors.js';
import { rebuildFromSite } from '../../packages/server/src/usecases/rebuild.js';
import { rng } from './prng.js';
import { Ledger, type Violation } from './ledger.js';
import { injectFault, SITES } from './faults.js';
import { listFiles, objectDir } from './site-view.js';
import { label, runOp, writeScratchHome, type Op, type Outcome } from './operations.js';
import { planRound } from './plan.js';
import { checkInvariants } from './invariants.js';

export interface CampaignOptions {
  seed: number;
  rounds: number;
  /** A fresh folder the campaign owns. */
  workdir: string;
  /** Stop after the first round that breaks an invariant (later rounds would only repeat it). */
  stopOnViolation?: boolean;
  trace?: (line: string) => void;
}

export interface CampaignSummary {
  seed: number;
  rounds: number;
  operations: number;
  faults: number;
  kills: number;
  commits: number;
  /** Rounds with at least one violation. */
  violatingRounds: number;
  violations: Violation[];
}

/**
 * The campaign: rounds of concurrent writers, replication, audits and rebuilds under a fault
 * injector, each ending with a settle phase (recover, `jobs run`, `audit --all`, `jobs run`) and
 * the invariant check. Bounded by rounds and operations, never by the clock.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignSummary> {
  const { seed, workdir } = options;
  const trace = options.trace ?? (() => undefined);
  const home = join(workdir, 'home');
  const sources = join(workdir, 'sources');
  const scratch = join(workdir, 'scratch');
  mkdirSync(sources, { recursive: true });
  mkdirSync(scratch, { recursive: true });
  const init = await duphong(['init', '--home', home]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const ledger = new Ledger();
  const root = rng(seed);
  const previous = new Map<string, Op[]>();
  const summary: CampaignSummary = { seed, rounds: 0, operations: 0, faults: 0, kills: 0, commits: 0, violatingRounds: 0, violations: [] };
  const violate = (list: Violation[]) => {
    for (const x of list) trace(`  VIOLATION (${x.invariant}) ${x.detail}`);
    summary.violations.push(...list);
  };

  for (let round = 1; round <= options.rounds; round++) {
    const r = root.fork(`round-${round}`);
    const plan = planRound(r, round, sources, previous);
    const faultRng = r.fork('faults');
    const spare = await underIncident(home);
    trace(
      `round ${round}: lanes ${plan.lanes.map((l) => `[${l.map(label).join('; ')}]`).join(' ')}; faults on ${plan.damageable.join('+')}`,
    );
    let finished = 0;
    const waiters: Array<() => void> = [];
    const done = () => {
      finished += 1;
      for (const w of waiters.splice(0)) w();
    };
    const after = async (n: number) => {
      while (finished < n) await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const record = (op: Op, outcome: Outcome) => {
      summary.operations += 1;
      trace(`  ${label(op)} → ${outcome.message.trim()}`);
      if (outcome.killed) summary.kills += 1;
      if (outcome.exit === 1)
        violate([{ round, invariant: 'e', detail: `${label(op)} failed with an internal error: ${outcome.message}` }]);
      if (op.kind !== 'ingest') return;
      if (outcome.exit === 0 && typeof outcome.json?.version === 'number') {
        summary.commits += outcome.json.unchanged ? 0 : 1;
        violate(
          ledger.commit(round, {
            code: op.code,
            version: outcome.json.version,
            content: op.content,
            by: `round ${round} ${label(op)}`,
            unchanged: !!outcome.json.unchanged,
          }),
        );
      } else ledger.interrupted(op.code, op.content);
    };
    const lanes = plan.lanes.map(async (ops) => {
      for (const op of ops) {
        record(op, await runOp(home, scratch, op));
        done();
      }
    });
    const injector = (async () => {
      for (const f of plan.faults) {
        await after(f.after);
        let what: string | undefined;
        try {
          what = injectFault(home, f.kind, plan.damageable, faultRng, ledger, spare);
        } catch (error) {
          // the product moved or removed what the fault was touching: a race, not a finding
          trace(`  fault ${f.kind} skipped: ${(error as Error).message}`);
        }
        if (what) {
          summary.faults += 1;
          trace(`  FAULT ${what}`);
        }
      }
    })();
    const unmount = (async () => {
      if (!plan.vanish) return;
      await after(plan.vanish.after);
      renameSync(join(home, 'sites', plan.vanish.site), join(workdir, `unmounted-${plan.vanish.site}`));
      summary.faults += 1;
      trace(`  FAULT vanish-site ${plan.vanish.site} (its folder is gone, as an unmounted disk)`);
    })();
    // every lane finishes (no process left writing) before an error of the harness itself surfaces
    for (const settled of await Promise.allSettled([...lanes, injector, unmount])) if (settled.status === 'rejected') throw settled.reason;
    if (plan.vanish) violate(await whileVanished(home, workdir, plan.vanish.site, round, trace));

    // settle: any command recovers the journal first; replicate what is pending; audit everything
    // (a second `jobs run` only when the audit queued replication: CLI starts are the campaign's cost)
    for (const args of [
      ['jobs', 'run'],
      ['audit', '--all'],
      ['jobs', 'run'],
    ]) {
      if (args[0] === 'jobs' && summary.rounds === round - 1 && args !== undefined && (await queuedJobs(home)) === 0) continue;
      const run = await duphong([...args, '--home', home, '--json']);
      summary.operations += 1;
      const findings = (run.json?.findings ?? []).map((f: { code: string; site: string }) => `${f.code}@${f.site}`);
      trace(
        `  settle ${args.join(' ')} → exit ${run.code} ${run.json?.error?.code ?? ''} ${findings.length > 0 ? `findings ${[...new Set(findings)].join(' ')}` : ''}`,
      );
      if (run.code === 1)
        violate([{ round, invariant: 'e', detail: `settle ${args.join(' ')} failed with an internal error: ${run.stderr.trim()}` }]);
    }
    const found = await checkInvariants(home, round, ledger, trace);
    found.push(...(await checkRebuild(home, scratch, plan.rebuildFrom, round)));
    violate(found);
    summary.rounds = round;
    if (summary.violations.some((x) => x.round === round)) summary.violatingRounds += 1;
    if (options.stopOnViolation && summary.violations.length > 0) break;
  }
  return summary;
}

/**
 * (d) While a site's folder is gone, an audit must not call its copies ok (they are missing); then
 * the disk comes back, as it was, for the settle phase.
 */
async function whileVanished(home: string, workdir: string, site: string, round: number, trace: (l: string) => void): Promise<Violation[]> {
  const out: Violation[] = [];
  const run = await duphong(['audit', '--all', '--home', home, '--json']);
  trace(`  audit --all with ${site} gone → exit ${run.code} ${run.json?.error?.code ?? ''}`);
  if (run.code === 1)
    out.push({ round, invariant: 'e', detail: `audit --all with site ${site} gone: internal error ${run.stderr.trim()}` });
  const ctx = await openContext(home, { recover: false });
  try {
    for (const copy of await ctx.catalogue.listCopiesBySite(site))
      if (copy.status === 'ok')
        out.push({
          round,
          invariant: 'd',
          detail: `site ${site} vanished, audit --all ran (exit ${run.code}), its copy of ${copy.objectId} is still ok`,
        });
  } finally {
    await ctx.close();
  }
  const folder = join(home, 'sites', site);
  if (existsSync(folder)) {
    out.push({
      round,
      invariant: 'd',
      detail: `site ${site} vanished and something recreated its folder (wrote into an unmounted disk's mount point): ${listFiles(folder).slice(0, 5).join(', ')}`,
    });
    rmSync(folder, { recursive: true, force: true });
  }
  renameSync(join(workdir, `unmounted-${site}`), folder);
  trace(`  ${site} is back`);
  return out;
}

async function queuedJobs(home: string): Promise<number> {
  const ctx = await openContext(home, { recover: false });
  try {
    return (await ctx.catalogue.listJobs({ status: 'queued' })).length;
  } finally {
    await ctx.close();
  }
}

/** The folders, on every site, of objects under an open incident: the fault injector leaves them alone. */
async function underIncident(home: string): Promise<Set<string>> {
  const ctx = await openContext(home, { recover: false });
  try {
    const ids = new Set((await ctx.catalogue.listIncidents({ open: true })).map((i) => i.objectId));
    return new Set([...ids].flatMap((id) => SITES.map((s) => objectDir(join(home, 'sites', s, 'ocfl'), id))));
  } finally {
    await ctx.close();
  }
}

/** (d) The sites are the truth: a catalogue rebuilt from one settled site has the catalogue's heads. */
async function checkRebuild(home: string, scratch: string, site: string, round: number): Promise<Violation[]> {
  const at = join(scratch, `settled-${round}`);
  writeScratchHome(home, at);
  const out: Violation[] = [];
  try {
    const rebuilt = await openContext(at, { recover: false });
    try {
      await rebuildFromSite(rebuilt, site);
    } catch (error) {
      await rebuilt.close();
      const c = classify(error);
      return [
        { round, invariant: c.exit === 1 ? 'e' : 'd', detail: `rebuild from ${site} after settling: exit ${c.exit} ${c.code} ${c.en}` },
      ];
    }
    const main = await openContext(home, { recover: false });
    try {
      const incidents = new Set((await main.catalogue.listIncidents({ open: true })).map((i) => i.objectId));
      const objects = await main.catalogue.listObjects({ limit: 100_000 });
      for (const o of objects) {
        if (incidents.has(o.id)) continue;
        const copy = (await main.catalogue.listCopies(o.id)).find((c) => c.site === site);
        const again = await rebuilt.catalogue.getObject(o.id);
        if (copy?.status === 'ok' && again?.head !== o.head)
          out.push({
            round,
            invariant: 'd',
            detail: `${o.fileCode}: rebuilt from ${site} has head ${again ? `v${again.head}` : 'nothing'}, the catalogue v${o.head} (copy ok)`,
          });
      }
      for (const o of await rebuilt.catalogue.listObjects({ limit: 100_000 }))
        if (!objects.some((m) => m.id === o.id))
          out.push({ round, invariant: 'd', detail: `rebuilt from ${site}: ${o.fileCode} ${o.id} is not in the catalogue` });
    } finally {
      await rebuilt.close();
      await main.close();
    }
  } finally {
    rmSync(at, { recursive: true, force: true, maxRetries: 5 });
  }
  return out;
}
