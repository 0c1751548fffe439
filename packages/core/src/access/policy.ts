import type { AccessMode } from '../search/model.js';

/*
 * THE ACCESS POLICY (decision 0014): who may do what, on which units' records, at which access
 * level. One module decides; the HTTP layer asks `decide` for every route (each route names its
 * action in its config), use cases ask `inScope` and `levelsOf` for the records they return.
 * Pure: the server resolves a user's units into a `Principal` (see `expandScope`), this decides.
 */

/** Roles of Decree 113 Art. 22's "role-based permissions", as DuPhong names them. */
export const ROLES = ['system-admin', 'archive-admin', 'archivist', 'digitiser', 'inspector', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  'system-admin': { vi: 'Quản trị hệ thống', en: 'System administrator' },
  'archive-admin': { vi: 'Quản trị lưu trữ', en: 'Archive administrator' },
  archivist: { vi: 'Lưu trữ viên', en: 'Archivist' },
  digitiser: { vi: 'Cán bộ số hóa', en: 'Digitisation officer' },
  inspector: { vi: 'Kiểm tra viên', en: 'Inspector' },
  reader: { vi: 'Độc giả', en: 'Reader' },
};

/**
 * Every action a request can need. `public` needs no sign-in (health, OpenAPI, login, first-run
 * setup); `session` any signed-in user (their own account, password, tokens).
 */
export const ACTIONS = [
  'public',
  'session',
  'catalogue.read',
  'catalogue.write',
  'content.read',
  'objects.read',
  'objects.ingest',
  'sites.read',
  'sites.manage',
  'audits.read',
  'audits.run',
  'incidents.read',
  'incidents.manage',
  'jobs.read',
  'selection.read',
  'selection.write',
  'selection.approve',
  'codelists.read',
  'codelists.manage',
  'units.read',
  'units.manage',
  'users.manage',
  'accesslog.read',
  'requests.create',
  'requests.decide',
  'digitise',
  'reports.read',
  'reports.write',
  // A peer instance reporting its code-list digests to the centre (decision 0029).
  'codelists.report',
  // The national portal's search (decision 0027): also for anonymous users, who see level 01 only.
  'portal.read',
  // The harvester's state and runs (admins; inspectors read everything).
  'harvests.read',
  'handovers.read',
  'handovers.receive',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions an anonymous visitor may perform besides `public` (what they then see is narrowed further). */
export const ANONYMOUS_ACTIONS: readonly Action[] = ['portal.read'];

const READS: readonly Action[] = ACTIONS.filter((a) => a.endsWith('.read'));

/** What each role may do (within its units' scope). */
export const GRANTS: Readonly<Record<Role, readonly Action[]>> = {
  'system-admin': ACTIONS,
  'archive-admin': ACTIONS.filter((a) => a !== 'users.manage'),
  archivist: [
    'catalogue.read',
    'catalogue.write',
    'content.read',
    'objects.read',
    'objects.ingest',
    'sites.read',
    'audits.read',
    'audits.run',
    'incidents.read',
    'jobs.read',
    'selection.read',
    'selection.write',
    'codelists.read',
    'units.read',
    'requests.decide',
    'digitise',
    'reports.read',
    'reports.write',
    'codelists.report',
    'portal.read',
    'handovers.read',
    'handovers.receive',
  ],
  digitiser: [
    'catalogue.read',
    'content.read',
    'objects.read',
    'objects.ingest',
    'sites.read',
    'jobs.read',
    'codelists.read',
    'units.read',
    'digitise',
    'portal.read',
  ],
  // Kiểm tra viên: read-only on everything in scope, the access log included.
  inspector: READS,
  reader: ['catalogue.read', 'content.read', 'codelists.read', 'units.read', 'requests.create', 'portal.read'],
};

/** A signed-in user as the policy sees them. `units` is already expanded (see `expandScope`). */
export interface Principal {
  userId: string;
  username: string;
  roles: readonly Role[];
  /** 'all' for the national level / whole instance; otherwise the unit ids the user may act on. */
  units: 'all' | ReadonlySet<string>;
  /** When the request came with an API token: the actions that token was limited to. */
  tokenActions?: readonly Action[];
}

export type Decision = { allow: true } | { allow: false; code: 'DP-AUTH-REQUIRED' | 'DP-FORBIDDEN' | 'DP-OUT-OF-SCOPE' };

/** Whether `principal` may perform `action` at all (scope and level are asked separately). */
export function decide(principal: Principal | undefined, action: Action): Decision {
  if (action === 'public') return { allow: true };
  if (!principal) return ANONYMOUS_ACTIONS.includes(action) ? { allow: true } : { allow: false, code: 'DP-AUTH-REQUIRED' };
  if (action === 'session') return { allow: true };
  if (principal.tokenActions && !principal.tokenActions.includes(action)) return { allow: false, code: 'DP-FORBIDDEN' };
  return principal.roles.some((r) => GRANTS[r].includes(action)) ? { allow: true } : { allow: false, code: 'DP-FORBIDDEN' };
}

/**
 * Whether a record of `unitId` is within the principal's units. A record that names no unit
 * belongs to the instance as a whole: only users scoped to 'all' act on it.
 */
export function inScope(principal: Principal, unitId: string | null | undefined): boolean {
  if (principal.units === 'all') return true;
  return unitId !== null && unitId !== undefined && principal.units.has(unitId);
}

/** Decide an action on one unit's record: the role first, then the scope. */
export function decideOn(principal: Principal | undefined, action: Action, unitId: string | null | undefined): Decision {
  const d = decide(principal, action);
  if (!d.allow || !principal) return d;
  return inScope(principal, unitId) ? d : { allow: false, code: 'DP-OUT-OF-SCOPE' };
}

/**
 * The access levels (`mode`) whose DESCRIPTIONS a principal sees: staff roles see 01–03 within
 * their scope; a reader sees 01 and 02 (a 02 record is found and described, its content needs an
 * approved request — `mayReadContent`); nobody signed in sees nothing.
 */
export function levelsOf(principal: Principal | undefined): AccessMode[] {
  if (!principal) return [];
  return principal.roles.some((r) => r !== 'reader') ? ['01', '02', '03'] : ['01', '02'];
}

/**
 * Whether a principal may view or download the CONTENT of a record of level `mode`: staff within
 * their levels; a reader 01 always, 02 only with an approved request for that record
 * (`approved`), 03 never.
 */
export function mayReadContent(principal: Principal | undefined, mode: AccessMode, approved: boolean): boolean {
  if (!principal || decide(principal, 'content.read').allow !== true) return false;
  if (principal.roles.some((r) => r !== 'reader')) return true;
  return mode === '01' || (mode === '02' && approved);
}

/**
 * What the national portal shows a visitor (decision 0027): level 01 to everyone, anonymous
 * included; a signed-in user also the levels `levelsOf` grants them, but only for records of the
 * units in their scope — a province's staff see no more of another province's records than the public.
 */
export function portalVisibility(principal: Principal | undefined): {
  levels: AccessMode[];
  scoped?: { levels: AccessMode[]; units: 'all' | string[] };
} {
  const extra = levelsOf(principal).filter((l) => l !== '01');
  if (!principal || extra.length === 0) return { levels: ['01'] };
  return { levels: ['01'], scoped: { levels: extra, units: principal.units === 'all' ? 'all' : [...principal.units] } };
}
