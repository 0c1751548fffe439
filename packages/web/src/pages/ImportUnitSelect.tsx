import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { useMessages } from '../i18n.js';
import { intakeMessages } from '../i18n/intake.js';
import { useSessionUser } from '../session/SessionGate.js';

/** The day before the 2025 reorganisation took effect: provinces as the older records name them. */
const BEFORE_2025 = '30/06/2025';

export interface UnitOption {
  id: string;
  label: string;
}

/**
 * The units a catalogue may be imported into, for this user: today's provinces and ministries and,
 * under each, the former ones merged into it (records dated before 01/07/2025 belong to those).
 * A scoped user sees their own units and those merged into them; the server decides anyway.
 */
export function useImportUnits(): { options: UnitOption[]; national: boolean } {
  const m = useMessages(intakeMessages);
  const user = useSessionUser();
  const rollups = useQuery({
    queryKey: ['units', 'rollup', BEFORE_2025],
    queryFn: () =>
      Promise.all(
        (['province', 'ministry'] as const).map((kind) =>
          data(api.GET('/api/units/rollup', { params: { query: { from: BEFORE_2025, kind } } })),
        ),
      ),
  });
  const national = user.units === 'all';
  const mine = new Set(national ? [] : user.units);
  const options: UnitOption[] = [];
  for (const total of (rollups.data ?? []).flatMap((r) => r.totals)) {
    // A unit's scope takes in the units merged into it, not the other way round.
    const whole = national || mine.has(total.id);
    if (whole) options.push({ id: total.id, label: total.name ?? total.id });
    for (const old of total.from)
      if (old.id !== total.id && (whole || mine.has(old.id)))
        options.push({ id: old.id, label: m('importUnitBefore', { name: old.name ?? old.id }) });
  }
  return { options, national };
}

export function ImportUnitSelect({
  value,
  onChange,
  units: { options, national },
}: {
  value: string;
  onChange: (id: string) => void;
  units: ReturnType<typeof useImportUnits>;
}) {
  const m = useMessages(intakeMessages);
  return (
    <p>
      <label htmlFor="import-unit">{m('importUnit')}</label>{' '}
      <select id="import-unit" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="import-unit-hint">
        {national && <option value="">{m('importUnitNone')}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <br />
      <small id="import-unit-hint" className="muted">
        {m('importUnitHint')}
      </small>
    </p>
  );
}
