import type { Action, Role } from './policy.js';

/*
 * Accounts as the catalogue keeps them (decision 0014). Secrets are never stored: a password as
 * its scrypt hash, a session id and an API token as their SHA-256. Timestamps are the catalogue's
 * ISO 8601 `+07:00` text (text order is time order).
 */

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** The units assigned (expanded into a Principal's scope when the user signs in), or 'all'. */
  units: 'all' | string[];
  /** `scrypt$N$r$p$salt$hash` (base64); see the server's password module. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SessionRecord {
  /** SHA-256 (hex) of the random id in the cookie: a stolen database does not yield sessions. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

/** Failed sign-ins counted per key (`user:NAME` or `ip:ADDRESS`). */
export interface LoginAttempts {
  key: string;
  failures: number;
  lockedUntil: string | null;
  lastFailureAt: string;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  /** SHA-256 (hex) of the whole token string. */
  hash: string;
  actions: Action[];
  expiresAt: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type AccessOutcome = 'allowed' | 'denied';

export interface AccessLogEntry {
  id: string;
  at: string;
  userId: string | null;
  username: string;
  /** What was done: `view`, `download`, `export`, `search`. */
  action: string;
  recordKind: string;
  recordCode: string;
  unitId: string | null;
  ip: string;
  outcome: AccessOutcome;
}

export interface AccessLogFilter {
  /** Username, exact. */
  user?: string;
  /** Record code, exact. */
  record?: string;
  action?: string;
  /** Only allowed or only denied accesses (the access log screen's "result" filter). */
  outcome?: AccessOutcome;
  /** Inclusive bounds on `at`, compared as text (a `YYYY-MM-DD` bound works). */
  from?: string;
  to?: string;
  /** Only entries of these units ('all': every entry, including those of no unit). */
  units: 'all' | readonly string[];
  limit?: number;
  offset?: number;
}
