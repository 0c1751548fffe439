import type { AccessLogEntry, AccessLogFilter, ApiTokenRecord, LoginAttempts, SessionRecord, UserAccount } from '../access/accounts.js';

/**
 * Users, sessions, login attempts, API tokens and the access log (`Catalogue.accounts`, migration
 * 0008). Stores what the account use cases decided; the rules (hashing, expiry, lockout) live there.
 */
export interface AccountRepository {
  /** Insert or replace by id; usernames are unique (case as given, compared NFC). */
  putUser(user: UserAccount): Promise<void>;
  getUser(id: string): Promise<UserAccount | undefined>;
  getUserByUsername(username: string): Promise<UserAccount | undefined>;
  /** By username. */
  listUsers(): Promise<UserAccount[]>;
  countUsers(): Promise<number>;

  putSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, at: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Every session of a user (disabled, password changed); returns how many. */
  deleteUserSessions(userId: string): Promise<number>;

  getAttempts(key: string): Promise<LoginAttempts | undefined>;
  putAttempts(attempts: LoginAttempts): Promise<void>;
  clearAttempts(key: string): Promise<void>;

  putToken(token: ApiTokenRecord): Promise<void>;
  getToken(id: string): Promise<ApiTokenRecord | undefined>;
  getTokenByHash(hash: string): Promise<ApiTokenRecord | undefined>;
  /** A user's tokens, newest first. */
  listTokens(userId: string): Promise<ApiTokenRecord[]>;

  appendAccess(entry: AccessLogEntry): Promise<void>;
  /** Newest first; `total` counts every match before paging. */
  listAccess(filter: AccessLogFilter): Promise<{ total: number; entries: AccessLogEntry[] }>;
}
