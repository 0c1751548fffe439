import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { healthMessages } from '../i18n/health.js';
import { href } from '../router.js';
import './health.css';

type Incident = ApiData<'/api/incidents', 'get'>['incidents'][number];
type State = 'open' | 'acknowledged' | 'resolved';

/** Acknowledge (note optional) or resolve (note required) one incident; the list refreshes after. */
function IncidentActions({ incident }: { incident: Incident }) {
  const m = useMessages(healthMessages);
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const act = useMutation({
    mutationFn: (what: 'acknowledge' | 'resolve') =>
      data(
        what === 'acknowledge'
          ? api.POST('/api/incidents/{id}/acknowledge', { params: { path: { id: incident.id } }, body: { note } })
          : api.POST('/api/incidents/{id}/resolve', { params: { path: { id: incident.id } }, body: { note } }),
      ),
    onSuccess: () => {
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['incidents'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  if (incident.resolved)
    return (
      <p>
        {m('inc.resolvedBy', {
          by: incident.resolved.by ?? '—',
          at: formatDateTime(incident.resolved.at),
          note: incident.resolved.note ?? '',
        })}
      </p>
    );
  const noteId = `note-${incident.id}`;
  return (
    <div className="incident-actions">
      {incident.acknowledged && <p>{m('inc.ackBy', { by: incident.acknowledged.by, at: formatDateTime(incident.acknowledged.at) })}</p>}
      <label htmlFor={noteId}>{m('inc.note')}</label>
      <textarea id={noteId} value={note} placeholder={m('inc.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      <div className="buttons">
        {!incident.acknowledged && (
          <button type="button" disabled={act.isPending} onClick={() => act.mutate('acknowledge')}>
            {m('inc.acknowledge')}
          </button>
        )}
        <button type="button" disabled={act.isPending || note.trim() === ''} onClick={() => act.mutate('resolve')}>
          {m('inc.resolve')}
        </button>
      </div>
      {act.error && (
        <p role="alert" className="notice notice-error">
          {act.error.message}
        </p>
      )}
    </div>
  );
}

function IncidentRow({ incident: i }: { incident: Incident }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  return (
    <tr data-incident={i.id}>
      <td>
        <span className={`sev sev-${i.severity}`}>{m(`sev.${i.severity}`)}</span>
        <br />
        <span className="muted">{m(`inc.state.${i.state}`)}</span>
      </td>
      <th scope="row">
        <a href={href({ page: 'object', code: i.fileCode })}>{i.fileCode}</a>
        {i.fileTitle && <div className="muted">{i.fileTitle}</div>}
      </th>
      <td>
        <p>{lang === 'en' ? i.what.en : i.what.vi}</p>
        <p className="todo">{lang === 'en' ? i.todo.en : i.todo.vi}</p>
        {i.decision && (
          <ul>
            <li>{m('inc.agree', { sites: i.decision.agree.join(', ') || m('inc.none') })}</li>
            <li>{m('inc.disagree', { sites: i.decision.disagree.join(', ') || m('inc.none') })}</li>
          </ul>
        )}
        <details>
          <summary>{m('inc.detail')}</summary>
          <p>
            <code>{i.code}</code> {i.site && `· ${i.site}`} {i.path && `· ${i.path}`}
          </p>
          <p>{i.detail}</p>
          {i.decision?.witnesses && <p>{i.decision.witnesses}</p>}
        </details>
      </td>
      <td className="time">
        {formatDateTime(i.createdAt)}
        {i.occurrences > 1 && <div className="muted">{m('inc.times', { n: i.occurrences, at: formatDateTime(i.lastSeenAt) })}</div>}
      </td>
      <td>
        <IncidentActions incident={i} />
      </td>
    </tr>
  );
}

export function Incidents() {
  const m = useMessages(healthMessages);
  const [state, setState] = useState<State | 'all'>('open');
  const incidents = useQuery({
    queryKey: ['incidents', state],
    queryFn: () => data(api.GET('/api/incidents', { params: { query: state === 'all' ? {} : { state } } })),
    refetchInterval: 30_000,
  });
  return (
    <>
      <h1>{m('inc.title')}</h1>
      <div className="filter">
        <label htmlFor="incident-state">{m('inc.filter')}</label>{' '}
        <select id="incident-state" value={state} onChange={(e) => setState(e.target.value as State | 'all')}>
          <option value="open">{m('inc.state.open')}</option>
          <option value="acknowledged">{m('inc.state.acknowledged')}</option>
          <option value="resolved">{m('inc.state.resolved')}</option>
          <option value="all">{m('inc.all')}</option>
        </select>
      </div>
      <DataState loaded={incidents}>
        {({ incidents: list }) =>
          list.length === 0 ? (
            <p className="muted">{m('inc.empty')}</p>
          ) : (
            <table className="incidents">
              <colgroup>
                <col className="c-sev" />
                <col className="c-file" />
                <col />
                <col className="c-seen" />
                <col className="c-act" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{m('inc.severity')}</th>
                  <th scope="col">{m('inc.file')}</th>
                  <th scope="col">{m('inc.what')}</th>
                  <th scope="col">{m('inc.seen')}</th>
                  <th scope="col">{m('inc.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <IncidentRow key={i.id} incident={i} />
                ))}
              </tbody>
            </table>
          )
        }
      </DataState>
    </>
  );
}
