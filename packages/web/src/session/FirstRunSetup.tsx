import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { useMessages } from '../i18n.js';
import { sessionMessages } from '../i18n/session.js';
import { SESSION_KEY } from './SessionGate.js';

/** The first visitor of a new installation creates the system administrator (POST /api/setup). */
export function FirstRunSetup() {
  const m = useMessages(sessionMessages);
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ username: '', displayName: '', password: '', again: '' });
  const [mismatch, setMismatch] = useState(false);
  const setup = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/setup', { body: { username: form.username.trim(), displayName: form.displayName.trim(), password: form.password } }),
      ),
    onSuccess: (state) => {
      queryClient.setQueryData(SESSION_KEY, state);
      void queryClient.invalidateQueries();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(form.password !== form.again);
    if (form.password === form.again) setup.mutate();
  };
  const field = (key: keyof typeof form, label: string, type = 'text', autoComplete = 'off') => (
    <>
      <label htmlFor={`setup-${key}`}>{label}</label>
      <input
        id={`setup-${key}`}
        type={type}
        autoComplete={autoComplete}
        required
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </>
  );
  return (
    <section className="auth-card" aria-labelledby="setup-title">
      <h1 id="setup-title">{m('setupTitle')}</h1>
      <p>{m('setupLead')}</p>
      <form onSubmit={submit}>
        {field('displayName', m('displayName'), 'text', 'name')}
        {field('username', m('username'), 'text', 'username')}
        {field('password', m('password'), 'password', 'new-password')}
        <p className="muted hint">{m('passwordHint')}</p>
        {field('again', m('passwordAgain'), 'password', 'new-password')}
        {(mismatch || setup.error) && (
          <p role="alert" className="notice notice-error">
            {mismatch ? m('passwordsDiffer') : setup.error?.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={setup.isPending}>
          {m('createAdmin')}
        </button>
      </form>
    </section>
  );
}
