import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS, type Role } from '@duphong/core';
import './admin.css';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { adminMessages } from '../i18n/admin.js';
import { useSessionUser } from '../session/SessionGate.js';
import { RolePicker, UnitPicker, useUnitNames, type Units } from './UserForm.js';

type User = ApiData<'/api/users', 'get'>[number];
const USERS = ['users'] as const;

function Notice({ error, ok }: { error: Error | null; ok?: string }) {
  if (error)
    return (
      <p role="alert" className="notice notice-error">
        {error.message}
      </p>
    );
  return ok ? (
    <p role="status" className="notice">
      {ok}
    </p>
  ) : null;
}

function CreateUser() {
  const m = useMessages(adminMessages);
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [units, setUnits] = useState<Units>([]);
  const create = useMutation({
    mutationFn: () => data(api.POST('/api/users', { body: { username, displayName, password, roles, units } })),
    onSuccess: () => {
      setUsername('');
      setDisplayName('');
      setPassword('');
      setRoles([]);
      setUnits([]);
      void queryClient.invalidateQueries({ queryKey: USERS });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="new-user-title">
      <h2 id="new-user-title">{m('newUser')}</h2>
      <form onSubmit={submit} className="admin-form">
        <label htmlFor="nu-username">{m('username')}</label>
        <input id="nu-username" required autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor="nu-display">{m('displayName')}</label>
        <input id="nu-display" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        <label htmlFor="nu-password">{m('initialPassword')}</label>
        <input
          id="nu-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="nu-password-rule"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p id="nu-password-rule" className="muted hint">
          {m('passwordRule')}
        </p>
        <RolePicker id="nu" value={roles} onChange={setRoles} />
        <UnitPicker id="nu" value={units} onChange={setUnits} />
        <Notice error={create.error} ok={create.data && m('created', { name: create.data.username })} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {m('create')}
        </button>
      </form>
    </section>
  );
}

/** The user's API tokens as an administrator sees them: revoke one without disabling its owner. */
function UserTokens({ user }: { user: User }) {
  const m = useMessages(adminMessages);
  const queryClient = useQueryClient();
  const key = ['users', user.id, 'tokens'];
  const tokens = useQuery({ queryKey: key, queryFn: () => data(api.GET('/api/users/{id}/tokens', { params: { path: { id: user.id } } })) });
  const revoke = useMutation({
    mutationFn: (tokenId: string) => data(api.DELETE('/api/users/{id}/tokens/{tokenId}', { params: { path: { id: user.id, tokenId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <section aria-label={`${m('tokensTitle')} — ${user.username}`}>
      <h3>{m('tokensTitle')}</h3>
      <DataState loaded={tokens}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{m('userNoTokens')}</p>
          ) : (
            <ul>
              {list.map((t) => (
                <li key={t.id}>
                  {t.name} · {t.actions.join(', ')} · {t.revokedAt ? m('revoked') : formatDateTime(t.expiresAt).slice(0, 10)}{' '}
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
                </li>
              ))}
            </ul>
          )
        }
      </DataState>
      <Notice error={revoke.error} />
    </section>
  );
}

function EditUser({ user, onClose }: { user: User; onClose: () => void }) {
  const m = useMessages(adminMessages);
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [units, setUnits] = useState<Units>(user.units);
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () => data(api.PUT('/api/users/{id}', { params: { path: { id: user.id } }, body: { roles, units } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: USERS });
      onClose();
    },
  });
  const reset = useMutation({
    mutationFn: () => data(api.POST('/api/users/{id}/password', { params: { path: { id: user.id } }, body: { password } })),
    onSuccess: () => setPassword(''),
  });
  return (
    <div className="admin-edit">
      <form
        className="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <RolePicker id={`eu-${user.id}`} value={roles} onChange={setRoles} />
        <UnitPicker id={`eu-${user.id}`} value={units} onChange={setUnits} />
        <Notice error={save.error} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('save')}
        </button>
        <button type="button" onClick={onClose}>
          {m('cancel')}
        </button>
      </form>
      <form
        className="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate();
        }}
      >
        <label htmlFor={`rp-${user.id}`}>
          {m('newPassword')} — {user.username}
        </label>
        <input
          id={`rp-${user.id}`}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p className="muted hint">{m('passwordRule')}</p>
        <Notice error={reset.error} ok={reset.isSuccess ? m('passwordReset', { name: user.username }) : undefined} />
        <button type="submit" disabled={reset.isPending}>
          {m('resetPassword')}
        </button>
      </form>
      <UserTokens user={user} />
    </div>
  );
}

function UserRow({ user, self }: { user: User; self: boolean }) {
  const m = useMessages(adminMessages);
  const { lang } = useI18n();
  const { nameOf } = useUnitNames();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const toggle = useMutation({
    mutationFn: () => data(api.PUT('/api/users/{id}', { params: { path: { id: user.id } }, body: { disabled: !user.disabled } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: USERS }),
  });
  return (
    <>
      <tr>
        <td>
          {user.username} {self && <span className="muted">{m('you')}</span>}
        </td>
        <td>{user.displayName}</td>
        <td>{user.roles.map((r) => ROLE_LABELS[r][lang]).join(', ')}</td>
        <td>{user.units === 'all' ? m('allUnits') : user.units.map(nameOf).join(', ')}</td>
        <td>
          <span className={user.disabled ? 'badge badge-missing' : 'badge badge-ok'}>{user.disabled ? m('disabled') : m('active')}</span>
        </td>
        <td>{formatDateTime(user.createdAt)}</td>
        <td>
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {m('edit')}
          </button>{' '}
          {!self && (
            <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
              {user.disabled ? m('enable') : m('disable')}
            </button>
          )}
          {toggle.error && (
            <span role="alert" className="notice-error">
              {toggle.error.message}
            </span>
          )}
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={7}>
            <EditUser user={user} onClose={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

/** #/nguoi-dung: users, their roles and units (users.manage). */
export function Users() {
  const m = useMessages(adminMessages);
  const me = useSessionUser();
  const users = useQuery({ queryKey: USERS, queryFn: () => data(api.GET('/api/users')) });
  return (
    <>
      <h1>{m('usersTitle')}</h1>
      <p className="muted">{m('usersLead')}</p>
      <DataState loaded={users}>
        {(list) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m('username')}</th>
                <th scope="col">{m('displayName')}</th>
                <th scope="col">{m('roles')}</th>
                <th scope="col">{m('units')}</th>
                <th scope="col">{m('state')}</th>
                <th scope="col">{m('createdAt')}</th>
                <th scope="col">{m('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <UserRow key={u.id} user={u} self={u.id === me.id} />
              ))}
            </tbody>
          </table>
        )}
      </DataState>
      {users.data && users.data.length <= 1 && <p className="notice">{m('usersEmpty')}</p>}
      <CreateUser />
    </>
  );
}
