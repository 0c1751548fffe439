/** Tables of accounts and the access log (migration 0008); conventions as in schema.ts. */
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  roles: string; // JSON array of roles
  units: string; // JSON: "all" or an array of unit ids
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

export interface LoginAttemptsTable {
  key: string;
  failures: number;
  locked_until: string | null;
  last_failure_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  hash: string;
  actions: string; // JSON array of actions
  expires_at: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccessLogTable {
  id: string;
  at: string;
  user_id: string | null;
  username: string;
  action: string;
  record_kind: string;
  record_code: string;
  unit_id: string | null;
  ip: string;
  outcome: string;
}

export interface AccountsSchema {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  api_tokens: ApiTokensTable;
  access_log: AccessLogTable;
}
