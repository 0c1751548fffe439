import {
  INSTRUMENT_KIND_LABELS,
  displayUnitDate,
  inScope,
  isoVietnam,
  planEntryId,
  planId,
  planProblems,
  planYears,
  taskProgress,
  tidyNumberSymbol,
  unitAt,
  type Catalogue,
  type Plan,
  type PlanCriterion,
  type Principal,
  type TaskStatus,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError, requestError } from '../errors.js';
import { actorName, requireRight } from './selection-access.js';
import { reportUnit, unknownUnit } from './report-scope.js';

/*
 * Plans a unit issues (issue 11): the instrument, its phases, tasks and the selection criteria it
 * adds. A unit's plan governs its own lists and those of the units under it, for the years it
 * covers (criteriaFor). The rules are core's plans/plan.ts and selection/criteria.ts.
 */

export type PlanInput = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

const unknownPlan = (id: string) => notFoundError('DP-PLAN-UNKNOWN', `Không có kế hoạch "${id}".`, `There is no plan "${id}".`);

export async function savePlan(ctx: Context, principal: Principal | undefined, input: PlanInput): Promise<Plan> {
  requireRight(principal, 'reports.write');
  await reportUnit(ctx, principal, input.unitId);
  const tidy: PlanInput = {
    ...input,
    numberSymbol: tidyNumberSymbol(input.numberSymbol),
    title: input.title.normalize('NFC').trim(),
  };
  const now = isoVietnam(ctx.clock.now());
  const problems = planProblems(tidy, now.slice(0, 10));
  if (problems.length > 0)
    throw requestError(
      'DP-PLAN-INVALID',
      `Kế hoạch chưa hợp lệ: ${problems.map((p) => p.vi).join(' ')}`,
      `The plan is not valid: ${problems.map((p) => p.en).join(' ')}`,
      {
        findings: problems.map((p) => ({ code: 'DP-PLAN-INVALID', severity: 'error' as const, message: p.vi, path: p.path })),
      },
    );
  const id = planId(tidy);
  // One writer per plan (as per backup object): a task marked by one person is never lost to another's save.
  return ctx.locks.hold(planLock(id), 'plan', async () => {
    const stored = await ctx.catalogue.plans.getPlan(id);
    const plan: Plan = {
      id,
      ...tidy,
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
      updatedBy: actorName(principal, undefined) || 'duphong',
    };
    // The roll-up counts it as the unit's plan of the year it was issued (the same entry an imported table would make).
    const entry = {
      unitId: plan.unitId,
      year: Number(plan.date.slice(0, 4)),
      column: 'plan' as const,
      kind: plan.kind,
      numberSymbol: plan.numberSymbol,
      date: plan.date,
      noRecords: false,
    };
    await ctx.catalogue.transaction(async (tx) => {
      await tx.plans.putPlan(plan);
      await tx.plans.putEntry({ id: planEntryId(entry), ...entry, source: 'nhập trực tiếp', recordedAt: now, recordedBy: plan.updatedBy });
    });
    return plan;
  });
}

const planLock = (id: string): string => `ke-hoach:${id}`;

export interface PlanView extends Plan {
  years: { from: number; to: number };
  progress: ReturnType<typeof taskProgress>;
}

const view = (p: Plan, year: number): PlanView => ({ ...p, years: planYears(p), progress: taskProgress(p, year) });

/** The plans of the principal's units (one unit's, when asked), with task progress this year. */
export async function listPlanViews(ctx: Context, principal: Principal | undefined, query: { unitId?: string } = {}): Promise<PlanView[]> {
  requireRight(principal, 'reports.read');
  const year = Number(isoVietnam(ctx.clock.now()).slice(0, 4));
  if (query.unitId !== undefined && principal && !inScope(principal, query.unitId)) throw unknownUnit(query.unitId);
  const plans = await ctx.catalogue.plans.listPlans(query.unitId !== undefined ? { unitIds: [query.unitId] } : {});
  return plans.filter((p) => !principal || inScope(principal, p.unitId)).map((p) => view(p, year));
}

export async function getPlanView(ctx: Context, principal: Principal | undefined, id: string): Promise<PlanView> {
  requireRight(principal, 'reports.read');
  const plan = await ctx.catalogue.plans.getPlan(id);
  if (!plan || (principal && !inScope(principal, plan.unitId))) throw unknownPlan(id);
  return view(plan, Number(isoVietnam(ctx.clock.now()).slice(0, 4)));
}

/** Mark one task (by its position, from 1) with a new status. */
export async function setTaskStatus(
  ctx: Context,
  principal: Principal | undefined,
  id: string,
  task: number,
  status: TaskStatus,
): Promise<PlanView> {
  requireRight(principal, 'reports.write');
  // Read and save under the plan's lock (re-entrant for savePlan): two task updates never undo each other.
  return ctx.locks.hold(planLock(id), 'plan', async () => {
    const plan = await ctx.catalogue.plans.getPlan(id);
    if (!plan || (principal && !inScope(principal, plan.unitId))) throw unknownPlan(id);
    if (!Number.isInteger(task) || task < 1 || task > plan.tasks.length)
      throw requestError(
        'DP-PLAN-TASK-UNKNOWN',
        `Kế hoạch có ${plan.tasks.length} nhiệm vụ, không có nhiệm vụ ${task}.`,
        `The plan has ${plan.tasks.length} tasks, not task ${task}.`,
      );
    const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, ...input } = plan;
    const saved = await savePlan(ctx, principal, { ...input, tasks: plan.tasks.map((t, i) => (i === task - 1 ? { ...t, status } : t)) });
    return view(saved, Number(isoVietnam(ctx.clock.now()).slice(0, 4)));
  });
}

/**
 * The criteria that plans add for a list of `unitId` in `year`: those of plans issued by the unit
 * or any unit above it (a province's plan governs its agencies) that cover the year.
 */
export async function criteriaFor(c: Catalogue, unitId: string, year: number): Promise<PlanCriterion[]> {
  const versions = await c.units.listVersions();
  const chain: string[] = [];
  for (let id: string | null = unitId; id !== null && !chain.includes(id); id = unitAt(versions, id, `${year}-12-31`)?.parentId ?? null)
    chain.push(id);
  const out: PlanCriterion[] = [];
  for (const plan of await c.plans.listPlans({ unitIds: chain })) {
    const years = planYears(plan);
    if (year < years.from || year > years.to) continue;
    const issuer = unitAt(versions, plan.unitId, plan.date)?.name ?? plan.unitId;
    const cited = `${INSTRUMENT_KIND_LABELS[plan.kind].vi} ${plan.numberSymbol} ngày ${displayUnitDate(plan.date)} của ${issuer}`;
    for (const criterion of plan.criteria) out.push({ criterion, plan: cited });
  }
  return out;
}
