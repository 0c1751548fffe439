import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApiData } from '../api/client.js';
import { formatBytes } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { healthMessages } from '../i18n/health.js';

type Dashboard = ApiData<'/api/dashboard', 'get'>;

const STATE_COLOURS = { ok: '#2e7d32', pending: '#f9a825', damaged: '#c62828', missing: '#6a1b9a' } as const;
const SEVERITY_COLOURS = { critical: '#b71c1c', high: '#e65100', medium: '#f9a825' } as const;
const HEIGHT = 200;

/** Copies by state: a bar per state, so zero counts stay visible (a pie hides them). */
export function CopiesChart({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const rows = (['ok', 'pending', 'damaged', 'missing'] as const).map((s) => ({ name: m(`status.${s}`), value: d.copies[s], key: s }));
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Bar dataKey="value" name={m('dash.copies')} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={STATE_COLOURS[r.key]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function CoverageChart({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const rows = [
    { name: m('dash.withinPeriod'), value: d.audit.withinPeriod, fill: STATE_COLOURS.ok },
    { name: m('dash.overdue'), value: d.audit.overdue, fill: STATE_COLOURS.damaged },
  ];
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <PieChart>
        <Pie data={rows} dataKey="value" nameKey="name" innerRadius={45} outerRadius={75} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.name} fill={r.fill} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}

export function IncidentsChart({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const rows = (['critical', 'high', 'medium'] as const).map((s) => ({ name: m(`sev.${s}`), value: d.incidents[s], key: s }));
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={90} />
        <Tooltip />
        <Bar dataKey="value" name={m('dash.incidents')} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={SEVERITY_COLOURS[r.key]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Used and (when the store says) free space per site, stacked, in the reader's units. */
export function FillChart({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  const rows = d.sites.map((s) => ({ name: s.name, used: s.bytes, free: s.freeBytes ?? 0 }));
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} />
        <YAxis tickFormatter={(v: number) => formatBytes(v, lang)} width={70} />
        <Tooltip formatter={(v) => formatBytes(Number(v), lang)} />
        <Legend />
        <Bar dataKey="used" stackId="fill" name={m('dash.used')} fill="#1565c0" isAnimationActive={false} />
        <Bar dataKey="free" stackId="fill" name={m('dash.free')} fill="#b0bec5" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
