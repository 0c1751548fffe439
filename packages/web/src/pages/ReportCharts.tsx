import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SUBMISSION_LABELS, type SubmissionStatus } from '@duphong/core';
import type { ApiData } from '../api/client.js';
import { useI18n, useMessages } from '../i18n.js';
import { reportsMessages } from '../i18n/reports.js';

type Rollup = ApiData<'/api/reports/rollup', 'get'>;
type Submissions = ApiData<'/api/reports/submissions', 'get'>;

const HEIGHT = 220;
const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  submitted: '#2e7d32',
  late: '#f9a825',
  'no-records': '#607d8b',
  missing: '#c62828',
  'not-yet-due': '#90a4ae',
};

/** Units with a plan, a report, a no-records statement, per year: progress across the plan's years. */
export function CountsChart({ r }: { r: Rollup }) {
  const m = useMessages(reportsMessages);
  const rows = r.years.map((y) => ({
    year: String(y),
    plans: r.counts.plans[String(y)] ?? 0,
    reports: r.counts.reports[String(y)] ?? 0,
    noRecords: r.counts.noRecords[String(y)] ?? 0,
  }));
  return (
    <figure className="chart">
      <figcaption>{m('chartCounts')}</figcaption>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Legend />
          <Bar dataKey="plans" name={m('plans')} fill="#1565c0" isAnimationActive={false} />
          <Bar dataKey="reports" name={m('reports')} fill="#2e7d32" isAnimationActive={false} />
          <Bar dataKey="noRecords" name={m('noRecordsShort')} fill="#607d8b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Who is done, late, missing for one year. */
export function StatusChart({ s }: { s: Submissions }) {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const rows = (Object.keys(STATUS_COLOURS) as SubmissionStatus[])
    .map((k) => ({ key: k, name: SUBMISSION_LABELS[k][lang], value: s.counts[k] ?? 0 }))
    .filter((row) => row.value > 0);
  return (
    <figure className="chart">
      <figcaption>{m('chartStatus', { year: s.year })}</figcaption>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <PieChart>
          <Pie data={rows} dataKey="value" nameKey="name" innerRadius={45} outerRadius={75} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.key} fill={STATUS_COLOURS[row.key]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </figure>
  );
}
