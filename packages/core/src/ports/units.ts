import type { Succession, Unit, UnitAtDate, UnitKind, UnitSeed, UnitVersion } from '../units/model.js';

/**
 * Units, their time-versioned facts and their successions, as the catalogue keeps them
 * (`Catalogue.units`). Dates are `YYYY-MM-DD`. Writes do not validate the history as a whole:
 * callers check with `validateUnits` / `checkHistory` (pure, in `units/`) before they write.
 */
export interface UnitRepository {
  /** Insert, or replace the kind of an existing unit. */
  putUnit(unit: Unit): Promise<void>;
  getUnit(id: string): Promise<Unit | undefined>;
  /** By id. */
  listUnits(): Promise<Unit[]>;
  countUnits(): Promise<number>;

  /** Insert or replace by (unitId, validFrom). The unit must exist. */
  putVersion(version: UnitVersion): Promise<void>;
  /** Remove one version; false when there was none. */
  deleteVersion(unitId: string, validFrom: string): Promise<boolean>;
  /** One unit's versions, oldest first. */
  history(unitId: string): Promise<UnitVersion[]>;
  /** Every version of every unit, by unit then date (for validation and roll-ups). */
  listVersions(): Promise<UnitVersion[]>;
  /** Units with a version in force on `date`, by administrative code then name then id. */
  listAt(date: string, filter?: { kind?: UnitKind; parentId?: string }): Promise<UnitAtDate[]>;

  /** Insert or replace by id (its `from`/`to` lists are replaced too). Every unit named must exist. */
  putSuccession(succession: Succession): Promise<void>;
  getSuccession(id: string): Promise<Succession | undefined>;
  /** By date then id; with `unitId`, only those it takes part in (in `from` or `to`). */
  listSuccessions(filter?: { unitId?: string }): Promise<Succession[]>;

  /**
   * Store what is missing of `seed`: units, versions and successions already present (by key) are
   * left as they are, so running it again — or after people edited the data — changes nothing.
   * Returns how many rows it inserted.
   */
  seed(seed: UnitSeed): Promise<{ units: number; versions: number; successions: number }>;
}
