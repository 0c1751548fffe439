import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { useMessages } from '../i18n.js';
import { sessionMessages } from '../i18n/session.js';
import { SESSION_KEY } from './SessionGate.js';

export function SignIn() {
  const m = useMessages(sessionMessages);
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => data(api.POST('/api/session', { body: { username: username.trim(), password } })),
    onSuccess: (state) => {
      queryClient.setQueryData(SESSION_KEY, state);
      void queryClient.invalidateQueries();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{m('signInTitle')}</h1>
      <p className="muted">{m('signInLead')}</p>
      <form onSubmit={submit}>
        <label htmlFor="sign-in-user">{m('username')}</label>
        <input
          id="sign-in-user"
          autoComplete="username"
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="sign-in-password">{m('password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {signIn.error && (
          <p role="alert" className="notice notice-error">
            {signIn.error.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? m('signingIn') : m('signIn')}
        </button>
      </form>
    </section>
  );
}
