import type { OaiSet } from '../oai/sets.js';
import type { AccessMode } from '../search/model.js';

/** One file as the OAI-PMH repository knows it; `unitName` is filled by the caller from the units. */
export interface OaiItemRow {
  fileCode: string;
  datestamp: string;
  /** Its effective level now. */
  mode: AccessMode;
  /** Visible now to the asking harvester; false = a tombstone (it saw an earlier level). */
  visible: boolean;
  title: string;
  fondsCode: string | null;
  fondsName: string | null;
  unitId: string | null;
  fields: Record<string, string>;
}

/** Who is harvesting: the levels they may see and their units ('all' or a list). */
export interface OaiAudience {
  modes: readonly AccessMode[];
  units: 'all' | readonly string[];
}

export interface OaiListQuery extends OaiAudience {
  set?: OaiSet;
  /** Full UTC datestamps, inclusive. */
  from?: string;
  until?: string;
  /** Keyset cursor: items strictly after this (datestamp, file code). */
  after?: { datestamp: string; fileCode: string };
}

/** `catalogue.oai`: the items harvesters list (migration 0018, decision 0026). */
export interface OaiRepository {
  /** Items in (datestamp, file code) order: visible ones and the tombstones of this audience. */
  list(query: OaiListQuery, limit: number): Promise<OaiItemRow[]>;
  count(query: OaiListQuery): Promise<number>;
  get(fileCode: string, audience: OaiAudience): Promise<OaiItemRow | undefined>;
  earliestDatestamp(): Promise<string | undefined>;
  /** Units and fonds holding at least one item this audience may see (or saw). */
  sets(audience: OaiAudience): Promise<Array<{ set: OaiSet; name: string }>>;
}
