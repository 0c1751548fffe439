import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { decide, type Action, type Principal } from '@duphong/core';
import { api, data, setCsrfToken, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { FirstRunSetup } from './FirstRunSetup.js';
import { SignIn } from './SignIn.js';
import { AccountMenu } from './AccountMenu.js';

export type SessionState = ApiData<'/api/session', 'get'>;
export type SessionUser = NonNullable<SessionState['user']>;

const SessionContext = createContext<SessionUser | undefined>(undefined);

/** The signed-in user (inside SessionGate there always is one). */
export function useSessionUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSessionUser outside SessionGate');
  return user;
}

/**
 * Whether the signed-in user's roles allow `action` — the core policy the server applies, used
 * only to hide what would be refused anyway; the server decides every request itself.
 */
export function useCan(): (action: Action) => boolean {
  const user = useContext(SessionContext);
  const principal: Principal | undefined = user && {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    units: user.units === 'all' ? 'all' : new Set(user.units),
  };
  return (action) => decide(principal, action).allow;
}

export const SESSION_KEY = ['session'] as const;

/**
 * First run → create the administrator; signed out → sign in; otherwise `children` with the
 * signed-in user in context. `frame` wraps all three (the header with the language switch shows on
 * the sign-in screen too; `account` is the account menu, only when someone is signed in).
 */
export function SessionGate({ frame, children }: { frame: (account: ReactNode, body: ReactNode) => ReactNode; children: ReactNode }) {
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: () => data(api.GET('/api/session')), staleTime: 60_000 });
  const csrf = session.data?.csrfToken ?? null;
  // Set while rendering too: the pages below start their requests before this effect runs.
  setCsrfToken(csrf);
  useEffect(() => setCsrfToken(csrf), [csrf]);
  const s = session.data;
  if (!s) return frame(null, <DataState loaded={session}>{() => null}</DataState>);
  if (s.setupRequired) return frame(null, <FirstRunSetup />);
  if (s.user === null) return frame(null, <SignIn />);
  return <SessionContext.Provider value={s.user}>{frame(<AccountMenu />, children)}</SessionContext.Provider>;
}
