import type { Site } from '../model/site.js';
import type { JobKind } from '../model/jobs.js';
import type { RecordRepository } from './records.js';
import type { CodeListRepository } from './codelists.js';
import type { CodeListSyncRepository } from './codelist-sync.js';
import type { SelectionRepository } from './selection.js';
import type { SearchIndex } from './search.js';
import type { CopyVerificationCounts } from '../audit/schedule.js';
import type {
  AuditRun,
  BackupObject,
  CatalogueFile,
  Copy,
  CopyStatus,
  Incident,
  IncidentRecord,
  IncidentState,
  Job,
  ObjectFileEntry,
  ObjectVersion,
  PremisEvent,
} from '../model/catalogue.js';
import type { UnitRepository } from './units.js';
import type { AccountRepository } from './accounts.js';
import type { ReadingRequestRepository } from './reading-requests.js';
import type { DigitisationRepository } from './digitisation.js';
import type { MicrofilmRepository } from './microfilm.js';
import type { PlanRepository } from './plans.js';
import type { OaiRepository } from './oai.js';
import type { PortalRepository } from './portal.js';
import type { HandoverRepository } from './handovers.js';

/**
 * The catalogue index. Storage is the source of truth; this is an index that `rebuild` can recreate.
 * Adapters: SQLite (embedded) and PostgreSQL, both passing one contract suite.
 * Timestamps are ISO 8601 strings with `+07:00`, produced by the caller's clock.
 */
export interface Catalogue {
  /** The archival description (fonds, files with TT05 fields, documents, holdings, inspections). */
  readonly records: RecordRepository;
  readonly selection: SelectionRepository;
  readonly search: SearchIndex;
  /** Reading-room requests (khai thác), migration 0011. */
  readonly readingRequests: ReadingRequestRepository;
  /** Digitisation batches and their documents, migration 0012. */
  readonly digitisation: DigitisationRepository;
  /** Microfilm reels, their frames, copies and inspections (analogue backup copies), migration 0013. */
  readonly microfilm: MicrofilmRepository;
  /** Plans and yearly results reports received from units, migration 0015. */
  readonly plans: PlanRepository;
  /** OAI-PMH items with their datestamps and the levels each has had, migration 0018. */
  readonly oai: OaiRepository;
  /** The national portal's harvested records and the harvester's state, migration 0019. */
  readonly portal: PortalRepository;
  /** Handovers between instances, both directions, migration 0020. */
  readonly handovers: HandoverRepository;

  /** Run `fn` in one transaction; everything it does commits or nothing does. */
  transaction<T>(fn: (tx: Catalogue) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly units: UnitRepository;
  /** Shared code lists, in the same database (and the same transaction inside `transaction`). */
  readonly codeLists: CodeListRepository;
  /** Shared lists from the upstream, pulls, peers' drift reports, the event feed (migration 0021). */
  readonly codeListSync: CodeListSyncRepository;
  /** Users, sessions, API tokens and the access log (decision 0014). */
  readonly accounts: AccountRepository;

  // sites
  putSite(site: Site): Promise<void>; // insert or replace by name
  getSite(name: string): Promise<Site | undefined>;
  listSites(): Promise<Site[]>;
  setSiteOnline(name: string, online: boolean): Promise<void>;

  // catalogue files
  putFile(file: CatalogueFile): Promise<void>;
  getFile(code: string): Promise<CatalogueFile | undefined>;
  countFiles(): Promise<number>;

  // backup objects and versions
  putObject(object: BackupObject): Promise<void>;
  getObject(id: string): Promise<BackupObject | undefined>;
  getObjectByFileCode(fileCode: string): Promise<BackupObject | undefined>;
  listObjects(options?: { limit?: number; offset?: number }): Promise<BackupObject[]>;
  countObjects(): Promise<number>;
  putVersion(version: ObjectVersion): Promise<void>;
  listVersions(objectId: string): Promise<ObjectVersion[]>;
  /** Replace the file entries of one version. */
  putVersionFiles(objectId: string, version: number, files: ObjectFileEntry[]): Promise<void>;
  listVersionFiles(objectId: string, version: number): Promise<ObjectFileEntry[]>;
  countVersionFiles(): Promise<number>;

  // copies
  putCopy(copy: Copy): Promise<void>; // insert or replace by (objectId, site)
  getCopy(objectId: string, site: string): Promise<Copy | undefined>;
  listCopies(objectId: string): Promise<Copy[]>;
  listCopiesBySite(site: string): Promise<Copy[]>;
  /** Copies whose last verification is older than `before` (or never), oldest first. */
  listCopiesDue(before: string, options?: { site?: string; limit?: number }): Promise<Copy[]>;
  listCopiesByStatus(status: CopyStatus): Promise<Copy[]>;
  siteUsage(site: string): Promise<{ objects: number; bytes: number }>;
  /** Audit coverage over all copies: how many, how many verified at or after `since`, never verified, the oldest verification. */
  copyCoverage(since: string): Promise<CopyVerificationCounts>;

  // PREMIS events (append-only; adding an id already present is a no-op)
  addEvent(event: PremisEvent): Promise<void>;
  /** Oldest first (ties by id); `limit` keeps the first N. */
  listEvents(filter?: { objectId?: string; limit?: number }): Promise<PremisEvent[]>;
  countEvents(): Promise<number>;

  // durable jobs
  enqueueJob(job: Job): Promise<void>;
  /** Atomically take the oldest due queued job (status → running, attempts + 1). */
  claimJob(now: string, kinds?: readonly JobKind[]): Promise<Job | undefined>;
  finishJob(id: string, outcome: { status: 'done' | 'failed' | 'queued'; error?: string; runAt?: string; now: string }): Promise<void>;
  listJobs(filter?: { status?: Job['status']; kind?: JobKind }): Promise<Job[]>;
  /** Jobs left `running` by a crashed process go back to `queued`. */
  requeueRunningJobs(now: string): Promise<number>;

  // audits and incidents
  putAuditRun(run: AuditRun): Promise<void>;
  listAuditRuns(limit?: number): Promise<AuditRun[]>;
  /**
   * Raise an incident. While an unresolved incident of the same object, site and code exists,
   * that one is seen again instead (its `lastSeenAt` = `createdAt`, `occurrences` + 1, the newest
   * `detail`): successive audits finding one problem make one incident.
   */
  addIncident(incident: Incident): Promise<void>;
  /** Oldest first. `open: true` → unresolved, `open: false` → resolved; `state` narrows further. */
  listIncidents(options?: { open?: boolean; state?: IncidentState; objectId?: string }): Promise<IncidentRecord[]>;
  getIncident(id: string): Promise<IncidentRecord | undefined>;
  /** Taken in hand by a person; acknowledging again keeps the first. Throws for an unknown id. */
  acknowledgeIncident(id: string, by: { at: string; user: string; note: string }): Promise<void>;
  /** Resolving twice keeps the first resolution (time, who, note). Throws for an unknown id. */
  resolveIncident(id: string, at: string, by?: { user: string; note: string }): Promise<void>;
}
