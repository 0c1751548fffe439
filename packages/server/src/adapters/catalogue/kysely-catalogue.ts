import type {
  AuditRun,
  BackupObject,
  Catalogue,
  CatalogueFile,
  Copy,
  CopyStatus,
  CopyVerificationCounts,
  Incident,
  IncidentRecord,
  IncidentState,
  Job,
  ObjectFileEntry,
  ObjectVersion,
  PremisEvent,
  ReadingRequestRepository,
  DigitisationRepository,
  MicrofilmRepository,
  PlanRepository,
  OaiRepository,
  PortalRepository,
  RecordRepository,
  SelectionRepository,
  SearchIndex,
  Site,
  UnitRepository,
} from '@duphong/core';
import type { Kysely } from 'kysely';
import * as audits from './audits.js';
import { KyselyCodeLists } from './codelists.js';
import { KyselyCodeListSync } from './codelist-sync.js';
import type { Ctx } from './context.js';
import * as copies from './copies.js';
import { engineOf, runInTransaction } from './engine.js';
import type { Engine } from './engine.js';
import * as events from './events.js';
import * as jobs from './jobs.js';
import * as objects from './objects.js';
import type { CatalogueSchema } from './schema.js';
import * as sites from './sites.js';
import { KyselyRecords } from './records.js';
import { KyselyUnits } from './units.js';
import { KyselySelection } from './selection.js';
import { KyselySearch } from './search.js';
import { KyselyAccounts } from './accounts.js';
import { KyselyReadingRequests } from './reading-requests.js';
import { KyselyDigitisation } from './digitisation.js';
import { KyselyMicrofilm } from './microfilm.js';
import { KyselyPlans } from './plans.js';
import { KyselyOai } from './oai.js';
import { KyselyPortal } from './portal.js';
import { KyselyHandovers } from './handovers.js';

/**
 * The `Catalogue` port over Kysely, the same code for SQLite and PostgreSQL. The SQL lives in the
 * area modules (sites, objects, copies, events, jobs, audits); this class binds them to one
 * connection or transaction.
 */
export class KyselyCatalogue implements Catalogue {
  readonly engine: Engine;
  readonly records: RecordRepository;
  /** Units and their history; inside `transaction`, `tx.units` works in that transaction. */
  readonly units: UnitRepository;
  readonly codeLists: KyselyCodeLists;
  readonly codeListSync: KyselyCodeListSync;
  readonly selection: SelectionRepository;
  readonly search: SearchIndex;
  readonly accounts: KyselyAccounts;
  readonly readingRequests: ReadingRequestRepository;
  readonly digitisation: DigitisationRepository;
  readonly microfilm: MicrofilmRepository;
  readonly plans: PlanRepository;
  readonly oai: OaiRepository;
  readonly portal: PortalRepository;
  readonly handovers: KyselyHandovers;
  readonly #ctx: Ctx;
  readonly #inTransaction: boolean;
  readonly #onClose: () => Promise<void>;

  /** `onClose` runs after the Kysely instance is destroyed (e.g. to remove a temp file). */
  constructor(
    readonly db: Kysely<CatalogueSchema>,
    options: { onClose?: () => Promise<void>; inTransaction?: boolean } = {},
  ) {
    this.engine = engineOf(db as Kysely<unknown>);
    this.#ctx = { db, engine: this.engine };
    this.records = new KyselyRecords(this.#ctx);
    this.selection = new KyselySelection(this.#ctx, (fn) => this.transaction((tx) => fn((tx as KyselyCatalogue).#ctx)));
    this.search = new KyselySearch(this.#ctx);
    this.accounts = new KyselyAccounts(this.#ctx);
    this.readingRequests = new KyselyReadingRequests(this.#ctx);
    this.digitisation = new KyselyDigitisation(this.#ctx);
    this.microfilm = new KyselyMicrofilm(this.#ctx);
    this.plans = new KyselyPlans(this.#ctx);
    this.oai = new KyselyOai(this.#ctx);
    this.portal = new KyselyPortal(this.#ctx);
    this.handovers = new KyselyHandovers(this.#ctx);
    this.#inTransaction = options.inTransaction ?? false;
    this.#onClose = options.onClose ?? (async () => {});
    this.units = new KyselyUnits(this.#ctx, (fn) => this.transaction((tx) => fn((tx as KyselyCatalogue).#ctx)));
    // Same context as everything else here, so inside `transaction` the lists join the transaction.
    this.codeLists = new KyselyCodeLists(this.#ctx, (fn) => this.transaction((tx) => fn((tx as KyselyCatalogue).#ctx)));
    this.codeListSync = new KyselyCodeListSync(this.#ctx);
  }

  /**
   * Nested calls join the open transaction. While it is open, use only `tx`: on SQLite the one
   * connection is held by the transaction, so a call on the outer catalogue would wait for ever.
   */
  async transaction<T>(fn: (tx: Catalogue) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this);
    return runInTransaction(this.db, this.engine, (trx) => fn(new KyselyCatalogue(trx, { inTransaction: true })));
  }

  async close(): Promise<void> {
    if (this.#inTransaction) throw new Error('Catalogue: close() inside a transaction; close the outer catalogue instead');
    await this.db.destroy();
    await this.#onClose();
  }

  // sites
  putSite = (site: Site): Promise<void> => sites.putSite(this.#ctx, site);
  getSite = (name: string): Promise<Site | undefined> => sites.getSite(this.#ctx, name);
  listSites = (): Promise<Site[]> => sites.listSites(this.#ctx);
  setSiteOnline = (name: string, online: boolean): Promise<void> => sites.setSiteOnline(this.#ctx, name, online);

  // catalogue files
  putFile = (file: CatalogueFile): Promise<void> => objects.putFile(this.#ctx, file);
  getFile = (code: string): Promise<CatalogueFile | undefined> => objects.getFile(this.#ctx, code);
  countFiles = (): Promise<number> => objects.countFiles(this.#ctx);

  // backup objects and versions
  putObject = (object: BackupObject): Promise<void> => objects.putObject(this.#ctx, object);
  getObject = (id: string): Promise<BackupObject | undefined> => objects.getObject(this.#ctx, id);
  getObjectByFileCode = (fileCode: string): Promise<BackupObject | undefined> => objects.getObjectByFileCode(this.#ctx, fileCode);
  listObjects = (options?: { limit?: number; offset?: number }): Promise<BackupObject[]> => objects.listObjects(this.#ctx, options);
  countObjects = (): Promise<number> => objects.countObjects(this.#ctx);
  putVersion = (version: ObjectVersion): Promise<void> => objects.putVersion(this.#ctx, version);
  listVersions = (objectId: string): Promise<ObjectVersion[]> => objects.listVersions(this.#ctx, objectId);
  /** Delete-then-insert must be all or nothing, so it always runs in a transaction. */
  putVersionFiles = (objectId: string, version: number, files: ObjectFileEntry[]): Promise<void> =>
    this.transaction((tx) => objects.replaceVersionFiles((tx as KyselyCatalogue).#ctx, objectId, version, files));
  listVersionFiles = (objectId: string, version: number): Promise<ObjectFileEntry[]> =>
    objects.listVersionFiles(this.#ctx, objectId, version);
  countVersionFiles = (): Promise<number> => objects.countVersionFiles(this.#ctx);

  // copies
  putCopy = (copy: Copy): Promise<void> => copies.putCopy(this.#ctx, copy);
  getCopy = (objectId: string, site: string): Promise<Copy | undefined> => copies.getCopy(this.#ctx, objectId, site);
  listCopies = (objectId: string): Promise<Copy[]> => copies.listCopies(this.#ctx, objectId);
  listCopiesBySite = (site: string): Promise<Copy[]> => copies.listCopiesBySite(this.#ctx, site);
  listCopiesDue = (before: string, options?: { site?: string; limit?: number }): Promise<Copy[]> =>
    copies.listCopiesDue(this.#ctx, before, options);
  listCopiesByStatus = (status: CopyStatus): Promise<Copy[]> => copies.listCopiesByStatus(this.#ctx, status);
  siteUsage = (site: string): Promise<{ objects: number; bytes: number }> => copies.siteUsage(this.#ctx, site);
  copyCoverage = (since: string): Promise<CopyVerificationCounts> => copies.copyCoverage(this.#ctx, since);

  // PREMIS events
  addEvent = (event: PremisEvent): Promise<void> => events.addEvent(this.#ctx, event);
  listEvents = (filter?: { objectId?: string; limit?: number }): Promise<PremisEvent[]> => events.listEvents(this.#ctx, filter);
  countEvents = (): Promise<number> => events.countEvents(this.#ctx);

  // durable jobs
  enqueueJob = (job: Job): Promise<void> => jobs.enqueueJob(this.#ctx, job);
  claimJob = (now: string, kinds?: readonly string[]): Promise<Job | undefined> => jobs.claimJob(this.#ctx, now, kinds);
  finishJob = (id: string, outcome: { status: 'done' | 'failed' | 'queued'; error?: string; runAt?: string; now: string }): Promise<void> =>
    jobs.finishJob(this.#ctx, id, outcome);
  listJobs = (filter?: { status?: Job['status']; kind?: string }): Promise<Job[]> => jobs.listJobs(this.#ctx, filter);
  requeueRunningJobs = (now: string): Promise<number> => jobs.requeueRunningJobs(this.#ctx, now);

  // audits and incidents
  putAuditRun = (run: AuditRun): Promise<void> => audits.putAuditRun(this.#ctx, run);
  listAuditRuns = (limit?: number): Promise<AuditRun[]> => audits.listAuditRuns(this.#ctx, limit);
  // Lookup and write in one transaction: two audits finding one problem make one incident.
  addIncident = (incident: Incident): Promise<void> => this.transaction((tx) => audits.addIncident((tx as KyselyCatalogue).#ctx, incident));
  listIncidents = (options?: { open?: boolean; state?: IncidentState; objectId?: string }): Promise<IncidentRecord[]> =>
    audits.listIncidents(this.#ctx, options);
  getIncident = (id: string): Promise<IncidentRecord | undefined> => audits.getIncident(this.#ctx, id);
  acknowledgeIncident = (id: string, by: { at: string; user: string; note: string }): Promise<void> =>
    audits.acknowledgeIncident(this.#ctx, id, by);
  resolveIncident = (id: string, at: string, by?: { user: string; note: string }): Promise<void> =>
    audits.resolveIncident(this.#ctx, id, at, by);
}
