import type { Region, Medium } from './site.js';
import type { JobKind, JobPayloads } from './jobs.js';

/** Minimal catalogue file (hồ sơ); the catalogue issue extends it. `code` is the file code (arcFileCode). */
export interface CatalogueFile {
  code: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** One backup object (an OCFL object) per catalogue file code. */
export interface BackupObject {
  id: string; // OCFL object id, `urn:uuid:…`
  fileCode: string;
  head: number; // 0 = nothing committed yet
  createdAt: string;
  updatedAt: string;
}

export interface ObjectVersion {
  objectId: string;
  version: number;
  created: string;
  message: string;
  files: number;
  bytes: number;
}

/** A file of an object's version state: the logical path a person sees and its digest. */
export interface ObjectFileEntry {
  objectId: string;
  version: number;
  logicalPath: string;
  sha256: string;
  size: number;
}

export const COPY_STATUSES = ['ok', 'damaged', 'missing', 'pending'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

/** One site's copy of one object. `version` is the highest version known present there. */
export interface Copy {
  objectId: string;
  site: string;
  version: number;
  status: CopyStatus;
  verifiedAt: string | null;
  detail: string | null;
}

export type EventOutcome = 'success' | 'failure' | 'warning';

/** A PREMIS event. `type` uses the LoC event-type vocabulary labels (ingestion, fixity check, replication, …). */
export interface PremisEvent {
  id: string; // uuid
  objectId: string | null;
  site: string | null;
  type: string;
  dateTime: string; // ISO 8601 +07:00
  outcome: EventOutcome;
  detail: string;
  agent: string;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  runAt: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AuditFinding {
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
  scope: string; // 'due' | 'all' | 'site:NAME'
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  findings: AuditFinding[];
}

/** An integrity problem no automatic repair could settle; a person decides. */
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

/**
 * An incident as the catalogue keeps it: the same problem (object, site, code) found again by a
 * later audit while still open is the same incident seen again, not a new one; a person
 * acknowledges it (taking it in hand) and resolves it, each with who, when and a note.
 */
export interface IncidentRecord extends Incident {
  lastSeenAt: string;
  /** How many audits found it (1 when first raised). */
  occurrences: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgeNote: string | null;
  resolvedBy: string | null;
  resolveNote: string | null;
}

/** open: nobody has taken it in hand; acknowledged: someone has, not resolved; resolved. */
export const INCIDENT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export function incidentState(i: Pick<IncidentRecord, 'acknowledgedAt' | 'resolvedAt'>): IncidentState {
  if (i.resolvedAt !== null) return 'resolved';
  return i.acknowledgedAt !== null ? 'acknowledged' : 'open';
}

export interface SiteUsage {
  site: string;
  region: Region;
  medium: Medium;
  objects: number;
  bytes: number;
}

/** A job ready to run now, of a known kind with its payload. */
export function queuedJob<K extends JobKind>(kind: K, payload: JobPayloads[K], now: string): Job {
  return {
    id: crypto.randomUUID(),
    kind,
    payload: { ...payload },
    status: 'queued',
    runAt: now,
    attempts: 0,
    lastError: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** What `duphong copies CODE --json` and `GET /api/objects/:code/copies` return. */
export interface CopiesReport {
  object: string;
  fileCode: string;
  head: number;
  copies: Array<{ site: string; version: number; status: CopyStatus; verifiedAt: string | null; detail?: string }>;
}

export function copiesReport(object: BackupObject, copies: Copy[]): CopiesReport {
  return {
    object: object.id,
    fileCode: object.fileCode,
    head: object.head,
    copies: copies.map((c) => ({
      site: c.site,
      version: c.version,
      status: c.status,
      verifiedAt: c.verifiedAt,
      ...(c.detail && { detail: c.detail }),
    })),
  };
}
