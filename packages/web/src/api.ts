import { useCallback, useEffect, useState } from 'react';
import { useI18n, type Lang } from './i18n.js';

// Shapes of the DuPhong HTTP API (see /api/openapi.json). The UI talks to nothing else.

export type CopyStatus = 'ok' | 'pending' | 'damaged' | 'missing';

export interface Health {
  status: 'ok';
  version: string;
  catalogue: 'sqlite' | 'postgres';
  sites: { total: number; online: number };
  journalPending: number;
}

export interface SiteSummary {
  name: string;
  kind: string;
  region: 'bac' | 'trung' | 'nam';
  medium: 'disk' | 'object' | 'tape' | 'optical';
  online: boolean;
  objects: number;
  bytes: number;
}

export interface ObjectSummary {
  id: string;
  fileCode: string;
  title: string | null;
  head: number;
  createdAt: string;
  updatedAt: string;
  copies: Record<CopyStatus, number>;
}

export interface ObjectPage {
  total: number;
  limit: number;
  offset: number;
  objects: ObjectSummary[];
}

export interface ObjectDetail {
  object: ObjectSummary;
  versions: Array<{ version: number; created: string; message: string; files: number; bytes: number }>;
  files: Array<{ logicalPath: string; sha256: string; size: number }>;
  events: Array<{
    id: string;
    site: string | null;
    type: string;
    dateTime: string;
    outcome: 'success' | 'failure' | 'warning';
    detail: string;
    agent: string;
  }>;
}

export interface Copies {
  object: string;
  fileCode: string;
  head: number;
  copies: Array<{ site: string; version: number; status: CopyStatus; verifiedAt: string | null; detail?: string }>;
}

export interface Finding {
  object: string;
  site: string;
  path: string | null;
  code: string;
  detail: string;
}

export interface AuditRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  scope: string;
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  findings: Finding[];
}

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  createdAt: string;
  lastError: string | null;
}

export interface Incident {
  id: string;
  objectId: string;
  site: string | null;
  path: string | null;
  code: string;
  detail: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface SharedCodeList {
  id: string;
  nameVi: string;
  nameEn: string;
  authority: string;
  source: string;
}

export interface CodeListSummary {
  list: SharedCodeList;
  latest: { version: number; validFrom: string; publishedAt: string; digest: string; items: number } | null;
}

export interface CodeListItem {
  code: string;
  labelVi: string;
  labelEn?: string;
  deprecated?: boolean;
  note?: string;
}

export interface CodeListDetail {
  list: SharedCodeList;
  version: { listId: string; version: number; validFrom: string; publishedAt: string; digest: string; items: CodeListItem[] };
}

/** The API's `{error:{code, message}}`, already in the language asked for. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The session's anti-forgery token, which every write made with the session cookie must carry. */
async function csrfToken(): Promise<string | null> {
  const response = await fetch('/api/session', { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => undefined)) as { csrfToken?: string | null } | undefined;
  return body?.csrfToken ?? null;
}

export async function apiRequest<T>(path: string, lang: Lang, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  headers.set('accept-language', lang);
  if (init.method !== undefined && init.method !== 'GET') {
    const token = await csrfToken();
    if (token) headers.set('x-csrf-token', token);
  }
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
  if (!response.ok)
    throw new ApiError(response.status, body?.error?.code ?? `HTTP-${response.status}`, body?.error?.message ?? response.statusText);
  return body as T;
}

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** GET `path` when it (or the language) changes; `refreshMs` polls for pages that watch running work. */
export function useApi<T>(path: string, refreshMs?: number): Loaded<T> {
  const { lang } = useI18n();
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    apiRequest<T>(path, lang).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [path, lang, tick]);

  useEffect(() => {
    if (!refreshMs) return undefined;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
