import type { AccessMode } from '../search/model.js';
import type { ParsedQuery } from '../search/query.js';

/*
 * The national portal's index (decision 0027, docs/portal.md): catalogue files harvested from
 * peers by OAI-PMH, one row per (peer, OAI identifier), and the harvester's state and runs.
 */

/** One harvested record, as the portal keeps and shows it. */
export interface PortalRecord {
  peerId: string;
  /** `oai:{peerId}:{encodeURIComponent(fileCode)}`. */
  oaiId: string;
  fileCode: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`, when the provider gave one. */
  dates: string | null;
  fondsCode: string | null;
  fondsName: string | null;
  /** The holding unit (the peer's configured unit, else the publisher). */
  unit: string | null;
  /** The province facet: the peer's name (or the publisher). */
  province: string;
  access: AccessMode;
  /** The record page on the holding instance. */
  url: string;
  /** The OAI datestamp, `YYYY-MM-DDThh:mm:ssZ`. */
  datestamp: string;
}

export interface PortalQuery {
  /** As the catalogue search parses it (core search/query.ts); no elements: every visible record. */
  query: ParsedQuery;
  province?: string;
  fonds?: string;
  /** Levels visible everywhere (anonymous: ['01']). */
  levels: readonly AccessMode[];
  /** Extra levels visible in these units only (staff within their scope); 'all' for every unit. */
  scoped?: { levels: readonly AccessMode[]; units: 'all' | readonly string[] };
  limit: number;
  offset: number;
  /** Count exactly up to this many matches; beyond it the total is reported as a lower bound. */
  countCap: number;
}

export interface PortalFacetValue {
  value: string;
  count: number;
}

export interface PortalResult {
  total: number;
  /** True when `total` is the cap, not the exact count (there are at least that many). */
  totalCapped: boolean;
  hits: PortalRecord[];
  facets: { province: PortalFacetValue[]; fonds: PortalFacetValue[] };
}

/** Where a peer's incremental harvest stands. */
export interface HarvestState {
  peerId: string;
  /** The `from` of the next harvest: the start of the last complete one (UTC, seconds). */
  lastFrom: string | null;
  /** A list in progress: the resumption token to continue with, and the `from` it started at. */
  resumptionToken: string | null;
  pendingFrom: string | null;
  updatedAt: string;
}

export interface HarvestRun {
  id: string;
  peerId: string;
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'ok' | 'failed';
  pages: number;
  records: number;
  deleted: number;
  refused: number;
  error: string | null;
}

/** `catalogue.portal` (migration 0019): joins the catalogue's transactions. */
export interface PortalRepository {
  /** Insert or replace by (peerId, oaiId). */
  putRecords(records: readonly PortalRecord[]): Promise<void>;
  deleteRecord(peerId: string, oaiId: string): Promise<void>;
  countRecords(peerId?: string): Promise<number>;
  search(query: PortalQuery): Promise<PortalResult>;

  getState(peerId: string): Promise<HarvestState | undefined>;
  putState(state: HarvestState): Promise<void>;
  putRun(run: HarvestRun): Promise<void>;
  listRuns(options?: { peerId?: string; limit?: number }): Promise<HarvestRun[]>;
}
