import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { INSTRUMENT_KIND_LABELS, TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '@duphong/core';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { formatDay } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { reportsMessages } from '../i18n/reports.js';
import { useCan } from '../session/SessionGate.js';

type PlanView = ApiData<'/api/plans', 'get'>['plans'][number];

/** The plan's years as a bar, its phases on it and this year marked: progress against the phases. */
function PhaseBar({ plan }: { plan: PlanView }) {
  const m = useMessages(reportsMessages);
  const { from, to } = plan.years;
  const span = Math.max(1, to - from + 1);
  const year = new Date().getFullYear();
  const left = (y: number) => `${((y - from) / span) * 100}%`;
  return (
    <div className="phase-bar" role="img" aria-label={plan.phases.map((p) => `${p.name} ${p.fromYear}–${p.toYear}`).join('; ')}>
      {plan.phases.map((p) => (
        <div
          key={p.name}
          className={`phase ${p.toYear < year ? 'phase-past' : p.fromYear <= year ? 'phase-now' : ''}`}
          style={{ left: left(p.fromYear), width: `${((p.toYear - p.fromYear + 1) / span) * 100}%` }}
          title={p.milestone}
        >
          {`${p.name} ${p.fromYear}–${p.toYear}`}
        </div>
      ))}
      {year >= from && year <= to && <div className="phase-now-mark" style={{ left: left(year + 0.5) }} title={m('now')} />}
    </div>
  );
}

function TaskStatusSelect({ plan, index, status }: { plan: PlanView; index: number; status: TaskStatus }) {
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: TaskStatus) =>
      data(api.PUT('/api/plans/{id}/tasks/{task}', { params: { path: { id: plan.id, task: index + 1 } }, body: { status: next } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
  return (
    <>
      <select
        aria-label={plan.tasks[index]!.content}
        value={status}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.target.value as TaskStatus)}
      >
        {TASK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {TASK_STATUS_LABELS[s][lang]}
          </option>
        ))}
      </select>
      <ErrorNotice error={save.error} />
    </>
  );
}

function Plan({ plan, canWrite }: { plan: PlanView; canWrite: boolean }) {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  return (
    <article className="plan" data-plan={plan.id}>
      <h3>{`${INSTRUMENT_KIND_LABELS[plan.kind][lang]} ${plan.numberSymbol} ${formatDay(plan.date)}`}</h3>
      <p>{plan.title}</p>
      {plan.implements.length > 0 && <p className="muted">{m('implementsText', { list: plan.implements.join(', ') })}</p>}
      <h4>{m('phases')}</h4>
      <PhaseBar plan={plan} />
      <h4>{`${m('tasks')} — ${m('tasksDone', { done: plan.progress.done, n: plan.tasks.length, overdue: plan.progress.overdue })}`}</h4>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{m('tasks')}</th>
              <th scope="col">{m('taskLead')}</th>
              <th scope="col">{m('taskYears')}</th>
              <th scope="col">{m('taskStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.tasks.map((t, i) => (
              <tr key={i}>
                <td>{t.content}</td>
                <td>{[t.lead, ...t.coordinating].filter(Boolean).join('; ')}</td>
                <td>{`${t.fromYear}–${t.toYear}`}</td>
                <td>{canWrite ? <TaskStatusSelect plan={plan} index={i} status={t.status} /> : TASK_STATUS_LABELS[t.status][lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{m('criteria')}</h4>
      {plan.criteria.length === 0 ? (
        <p className="muted">{m('defaultCriteria')}</p>
      ) : (
        <ul>
          {plan.criteria.map((c) => (
            <li key={c.id}>{c.label}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** The plans of the user's units with their phases, tasks and criteria. */
export function ReportPlans() {
  const m = useMessages(reportsMessages);
  const can = useCan();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => data(api.GET('/api/plans', {})) });
  return (
    <section className="panel" aria-labelledby="plans-title">
      <h2 id="plans-title">{m('plansTitle')}</h2>
      <DataState loaded={plans}>
        {(p) =>
          p.plans.length === 0 ? (
            <p className="muted">{m('noPlans')}</p>
          ) : (
            p.plans.map((plan) => <Plan key={plan.id} plan={plan} canWrite={can('reports.write')} />)
          )
        }
      </DataState>
    </section>
  );
}
