import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@duphong/core';
import { api, data, setCsrfToken } from '../api/client.js';
import { useI18n, useMessages } from '../i18n.js';
import { sessionMessages } from '../i18n/session.js';
import { SESSION_KEY, useSessionUser } from './SessionGate.js';

function ChangePassword({ onDone }: { onDone: (message: string) => void }) {
  const m = useMessages(sessionMessages);
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: () => data(api.POST('/api/session/password', { body: { current, next } })),
    onSuccess: (state) => {
      queryClient.setQueryData(SESSION_KEY, state);
      onDone(m('passwordChanged'));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <form onSubmit={submit} className="account-form">
      <label htmlFor="pw-current">{m('currentPassword')}</label>
      <input
        id="pw-current"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <label htmlFor="pw-next">{m('newPassword')}</label>
      <input id="pw-next" type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
      <p className="muted hint">{m('passwordHint')}</p>
      {change.error && (
        <p role="alert" className="notice notice-error">
          {change.error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={change.isPending}>
        {m('save')}
      </button>
    </form>
  );
}

/** Who is signed in, their roles and scope; sign out; change one's password. */
export function AccountMenu() {
  const m = useMessages(sessionMessages);
  const { lang } = useI18n();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<string>();
  const signOut = useMutation({
    mutationFn: () => api.DELETE('/api/session'),
    onSettled: async () => {
      setCsrfToken(null);
      // Forget every other user's data, then refetch the session: clear() alone leaves the mounted
      // session query showing the old user, and the screen stayed signed in.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.resetQueries({ queryKey: SESSION_KEY });
    },
  });
  const roles = user.roles.map((r) => ROLE_LABELS[r][lang]).join(', ');
  const scope = user.units === 'all' ? m('allUnits') : m('unitsCount', { n: user.units.length });
  return (
    <details className="account">
      <summary>
        <span className="account-name">{user.displayName || user.username}</span>
        <span className="muted account-role">{roles}</span>
      </summary>
      <div className="account-panel">
        <p>
          <strong>{user.username}</strong>
          <br />
          <span className="muted">
            {roles} · {scope}
          </span>
        </p>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        {changing ? (
          <ChangePassword
            onDone={(text) => {
              setChanging(false);
              setNotice(text);
            }}
          />
        ) : (
          <button type="button" onClick={() => setChanging(true)}>
            {m('changePassword')}
          </button>
        )}
        <a href="#/ma-truy-cap">{m('apiTokens')}</a>
        <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {m('signOut')}
        </button>
      </div>
    </details>
  );
}
