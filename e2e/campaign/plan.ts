import type { Rng } from './prng.js';
import { FAULT_KINDS, SITES, type FaultKind } from './faults.js';
import { KILL_POINTS, makeSource, type Op } from './operations.js';

export const CODES = ['HS-CAMP-A', 'HS-CAMP-B', 'HS-CAMP-C', 'HS-CAMP-D'] as const;

export interface RoundPlan {
  /** Concurrent lanes; each runs its operations one after another. */
  lanes: Op[][];
  /** Faults, each applied once `after` operations of the round have finished (event-driven, no timers). */
  faults: Array<{ after: number; kind: FaultKind }>;
  /** The sites this round may damage: one site is always left alone. */
  damageable: string[];
  /** The site the settle phase rebuilds a scratch catalogue from. */
  rebuildFrom: string;
  /** A damageable site whose folder disappears (an unmounted disk) after `after` operations, until the round's operations end. */
  vanish?: { after: number; site: string };
}

/**
 * One round's plan, a pure function of the PRNG: two CLI lanes and two in-process lanes run
 * ingests (mostly on two "hot" codes, so writers collide), replication, audits and rebuilds.
 */
export function planRound(r: Rng, round: number, sources: string, previous: Map<string, Op[]>): RoundPlan {
  const lanes: Op[][] = [];
  let n = 0;
  for (let lane = 0; lane < 4; lane++) {
    // two lanes of CLI processes, two of in-process tasks (one pid, as requests inside `serve`)
    const runner = lane >= 2 ? 'task' : 'cli';
    const ops: Op[] = [];
    for (let i = 0, count = 2 + r.int(2); i < count; i++) {
      const roll = r.next();
      if (roll < 0.6) {
        const code = r.chance(0.65) ? CODES[r.int(2)]! : r.pick(CODES);
        const earlier = previous.get(code) ?? [];
        const reuse = earlier.length > 0 && r.chance(0.15) ? r.pick(earlier) : undefined;
        const { source, content } =
          reuse && reuse.kind === 'ingest' ? reuse : makeSource(sources, r, code, `r${round}-l${lane}-o${i}-${n++}`);
        const killAt = runner === 'cli' && r.chance(0.4) ? r.pick(KILL_POINTS) : undefined;
        const op: Op = { kind: 'ingest', runner, code, source, content, ...(killAt && { killAt }) };
        previous.set(code, [...earlier, op]);
        ops.push(op);
      } else if (roll < 0.75) ops.push({ kind: 'jobs', runner });
      else if (roll < 0.92) ops.push({ kind: 'audit', runner });
      else ops.push({ kind: 'rebuild', runner, site: r.pick(SITES) });
    }
    lanes.push(ops);
  }
  const total = lanes.reduce((s, l) => s + l.length, 0);
  const spared = r.pick(SITES);
  const faults = Array.from({ length: 2 + r.int(3) }, () => ({
    after: r.int(total),
    // emptying a site is rare: it takes the whole round's settle to repair
    kind: r.chance(0.12) ? ('empty-site' as const) : r.pick(FAULT_KINDS.filter((k) => k !== 'empty-site')),
  })).sort((a, b) => a.after - b.after);
  const damageable = SITES.filter((s) => s !== spared);
  const rebuildFrom = r.pick(SITES);
  const vanish = r.chance(0.25) ? { after: r.int(total), site: r.pick(damageable) } : undefined;
  return { lanes, faults, damageable, rebuildFrom, ...(vanish && { vanish }) };
}
