import { withContext } from '../with-context.js';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { INSTRUMENT_KIND_LABELS, TASK_STATUSES, TASK_STATUS_LABELS, displayUnitDate, type TaskStatus } from '@duphong/core';
import { requestError } from '../../errors.js';
import { getPlanView, listPlanViews, savePlan, setTaskStatus, type PlanView } from '../../usecases/plans.js';
import { readPlanInput } from '../../usecases/plan-input.js';
import { table, type Output } from '../output.js';

/*
 * `duphong plan add FILE.json | list [--unit UNIT] | show ID | task ID N --status STATUS`: the plans
 * a unit issues with their phases, tasks and selection criteria (usecases/plans.ts).
 */

type Values = { home: string | undefined; unit?: string | undefined; status?: string | undefined };

function printPlan(p: PlanView, out: Output): void {
  const lang = out.lang;
  const head = `${INSTRUMENT_KIND_LABELS[p.kind][lang]} ${p.numberSymbol} ${displayUnitDate(p.date)} — ${p.title}`;
  const phases = p.phases.map((ph) => `  ${ph.name} ${ph.fromYear}–${ph.toYear}${ph.milestone ? `: ${ph.milestone}` : ''}`).join('\n');
  const tasks = table([
    lang === 'en' ? ['#', 'task', 'lead', 'years', 'status'] : ['#', 'nhiệm vụ', 'chủ trì', 'năm', 'trạng thái'],
    ...p.tasks.map((t, i) => [String(i + 1), t.content, t.lead, `${t.fromYear}–${t.toYear}`, TASK_STATUS_LABELS[t.status][lang]]),
  ]);
  const criteria = p.criteria.map((c) => `  ${c.id}: ${c.label}`).join('\n');
  out.say(
    `${head}\nMã: ${p.id} · đơn vị ${p.unitId} · thực hiện ${p.implements.join(', ') || '—'} · ${p.years.from}–${p.years.to}\nGiai đoạn:\n${phases || '  —'}\nNhiệm vụ (${p.progress.done}/${p.tasks.length} xong, ${p.progress.overdue} quá hạn):\n${tasks}\nTiêu chí lựa chọn thêm:\n${criteria || '  — (chỉ tiêu chí mặc định)'}`,
    `${head}\nId: ${p.id} · unit ${p.unitId} · implements ${p.implements.join(', ') || '—'} · ${p.years.from}–${p.years.to}\nPhases:\n${phases || '  —'}\nTasks (${p.progress.done}/${p.tasks.length} done, ${p.progress.overdue} overdue):\n${tasks}\nAdded selection criteria:\n${criteria || '  — (default criteria only)'}`,
  );
}

export async function runPlanManage(sub: string, args: string[], values: Values, out: Output): Promise<number> {
  if (sub === 'add') {
    if (!args[0]) throw requestError('DP-USAGE', 'Cách dùng: duphong plan add TỆP.json', 'Usage: duphong plan add FILE.json');
    const path = resolve(process.cwd(), args[0]);
    const size = await stat(path).then(
      (s) => s.size,
      () => {
        throw requestError('DP-USAGE', `Không có tệp ${path}`, `No such file: ${path}`);
      },
    );
    if (size > 1024 * 1024) throw requestError('DP-PLAN-INVALID', 'Tệp kế hoạch quá 1 MB.', 'The plan file is over 1 MB.');
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      throw requestError('DP-PLAN-INVALID', `${args[0]} không phải JSON hợp lệ.`, `${args[0]} is not valid JSON.`);
    }
    const plan = await withContext(values.home, async (ctx) => {
      const saved = await savePlan(ctx, undefined, readPlanInput(json));
      return getPlanView(ctx, undefined, saved.id);
    });
    out.result(plan);
    printPlan(plan, out);
    return 0;
  }
  if (sub === 'list') {
    const plans = await withContext(values.home, (ctx) => listPlanViews(ctx, undefined, values.unit ? { unitId: values.unit } : {}));
    out.result({ plans });
    const lang = out.lang;
    out.say(
      `${table([
        lang === 'en' ? ['id', 'document', 'years', 'tasks done', 'criteria'] : ['mã', 'văn bản', 'năm', 'nhiệm vụ xong', 'tiêu chí thêm'],
        ...plans.map((p) => [
          p.id,
          `${INSTRUMENT_KIND_LABELS[p.kind][lang]} ${p.numberSymbol} ${displayUnitDate(p.date)}`,
          `${p.years.from}–${p.years.to}`,
          `${p.progress.done}/${p.tasks.length}`,
          String(p.criteria.length),
        ]),
      ])}\n${plans.length} kế hoạch.`,
      `${table([
        ['id', 'document', 'years', 'tasks done', 'criteria'],
        ...plans.map((p) => [
          p.id,
          `${p.numberSymbol} ${displayUnitDate(p.date)}`,
          `${p.years.from}–${p.years.to}`,
          `${p.progress.done}/${p.tasks.length}`,
          String(p.criteria.length),
        ]),
      ])}\n${plans.length} plans.`,
    );
    return 0;
  }
  if (sub === 'show' && args[0]) {
    const plan = await withContext(values.home, (ctx) => getPlanView(ctx, undefined, args[0]!));
    out.result(plan);
    printPlan(plan, out);
    return 0;
  }
  if (sub === 'task' && args[0] && args[1]) {
    const status = values.status;
    if (!status || !(TASK_STATUSES as readonly string[]).includes(status))
      throw requestError(
        'DP-USAGE',
        `--status là một trong ${TASK_STATUSES.join(', ')}.`,
        `--status is one of ${TASK_STATUSES.join(', ')}.`,
      );
    const plan = await withContext(values.home, (ctx) => setTaskStatus(ctx, undefined, args[0]!, Number(args[1]), status as TaskStatus));
    out.result(plan);
    printPlan(plan, out);
    return 0;
  }
  throw requestError(
    'DP-USAGE',
    'Cách dùng: duphong plan import|add|list|show|task … (xem duphong help plan)',
    'Usage: duphong plan import|add|list|show|task … (see duphong help plan)',
  );
}
