import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ACTIONS, type Action } from '@duphong/core';
import './admin.css';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime, isoDay } from '../format.js';
import { useMessages } from '../i18n.js';
import { adminMessages } from '../i18n/admin.js';
import { useCan } from '../session/SessionGate.js';

type Token = ApiData<'/api/tokens', 'get'>[number];
const TOKENS = ['tokens'] as const;

/** DD/MM/YYYY, 90 days from today: a token should not outlive the work it was made for. */
function defaultExpiry(): string {
  const d = new Date(Date.now() + 90 * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** The secret, once: a copy button and how the remote CLI uses it. */
function Secret({ token }: { token: string }) {
  const m = useMessages(adminMessages);
  const [copied, setCopied] = useState(false);
  const example = `DUPHONG_TOKEN=${token} duphong --server ${window.location.origin} whoami`;
  return (
    <div className="notice" role="status">
      <p>
        <strong>{m('secretOnce')}</strong>
      </p>
      <p>
        <code className="token-secret" data-testid="token-secret">
          {token}
        </code>{' '}
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {m('copy')}
        </button>{' '}
        {copied && <span>{m('copied')}</span>}
      </p>
      <p>{m('cliExample')}</p>
      <pre>{example}</pre>
    </div>
  );
}

function CreateToken() {
  const m = useMessages(adminMessages);
  const can = useCan();
  const queryClient = useQueryClient();
  // Only actions the user's roles grant: the server refuses a token wider than its owner.
  const grantable = ACTIONS.filter((a) => a !== 'public' && a !== 'session' && can(a));
  const [name, setName] = useState('');
  const [actions, setActions] = useState<Action[]>([]);
  const [expiry, setExpiry] = useState(defaultExpiry);
  const [dateError, setDateError] = useState(false);
  const create = useMutation({
    mutationFn: (expiresAt: string) => data(api.POST('/api/tokens', { body: { name, actions: actions as Token['actions'], expiresAt } })),
    onSuccess: () => {
      setName('');
      setActions([]);
      void queryClient.invalidateQueries({ queryKey: TOKENS });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const day = isoDay(expiry);
    setDateError(!day);
    if (day) create.mutate(day);
  };
  return (
    <section aria-labelledby="new-token-title">
      <h2 id="new-token-title">{m('newToken')}</h2>
      {create.data && <Secret token={create.data.token} />}
      <form onSubmit={submit} className="admin-form">
        <label htmlFor="tk-name">{m('tokenName')}</label>
        <input id="tk-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        <fieldset>
          <legend>{m('tokenActions')}</legend>
          <div className="action-grid">
            {grantable.map((a) => (
              <div key={a}>
                <input
                  type="checkbox"
                  id={`tk-action-${a}`}
                  checked={actions.includes(a)}
                  onChange={(e) => setActions(e.target.checked ? [...actions, a] : actions.filter((x) => x !== a))}
                />
                <label htmlFor={`tk-action-${a}`}>
                  <code>{a}</code>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <label htmlFor="tk-expiry">{m('expiresAt')}</label>
        <input id="tk-expiry" required inputMode="numeric" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        {dateError && (
          <p role="alert" className="notice notice-error">
            {m('dateInvalid')}
          </p>
        )}
        {create.error && (
          <p role="alert" className="notice notice-error">
            {create.error.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={create.isPending || actions.length === 0}>
          {m('newToken')}
        </button>
      </form>
    </section>
  );
}

function state(t: Token, m: (k: 'revoked' | 'expired' | 'valid') => string): string {
  if (t.revokedAt) return m('revoked');
  return Date.parse(t.expiresAt) <= Date.now() ? m('expired') : m('valid');
}

/** #/ma-truy-cap: one's own API tokens (any signed-in user). */
export function Tokens() {
  const m = useMessages(adminMessages);
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: TOKENS, queryFn: () => data(api.GET('/api/tokens')) });
  const revoke = useMutation({
    mutationFn: (id: string) => data(api.DELETE('/api/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
  return (
    <>
      <h1>{m('tokensTitle')}</h1>
      <p className="muted">{m('tokensLead')}</p>
      <DataState loaded={tokens}>
        {(list) =>
          list.length === 0 ? (
            <p className="notice">{m('tokensEmpty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m('tokenName')}</th>
                  <th scope="col">{m('tokenActions')}</th>
                  <th scope="col">{m('expiresAt')}</th>
                  <th scope="col">{m('lastUsed')}</th>
                  <th scope="col">{m('state')}</th>
                  <th scope="col">{m('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((t) => (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>{t.actions.join(', ')}</td>
                    <td className="time">{formatDateTime(t.expiresAt).slice(0, 10)}</td>
                    <td className="time">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : m('never')}</td>
                    <td>{state(t, m)}</td>
                    <td>
                      {!t.revokedAt && (
                        <button
                          type="button"
                          onClick={() => revoke.mutate(t.id)}
                          disabled={revoke.isPending}
                          aria-label={`${m('revoke')} ${t.name}`}
                        >
                          {m('revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </DataState>
      {revoke.error && (
        <p role="alert" className="notice notice-error">
          {revoke.error.message}
        </p>
      )}
      <CreateToken />
    </>
  );
}
