import { effectiveFileMode, inScope, levelsOf, mayRead } from '@duphong/core';
import type { AccessMode, Catalogue, FileRecord, Principal } from '@duphong/core';

/*
 * What one signed-in person may see of the catalogue: files of their units (a file's unit is its
 * fonds' unit; a file without one belongs to the instance, seen only by users scoped to 'all') and
 * of their access levels (core levelsOf). Nobody signed in sees nothing. Fonds are looked up once
 * per request, so a list of many files of one fonds costs one fonds read.
 */
export class RecordScope {
  readonly levels: readonly AccessMode[];
  readonly #fondsUnits = new Map<string, string | null>();

  constructor(
    private readonly catalogue: Catalogue,
    readonly principal: Principal | undefined,
  ) {
    this.levels = levelsOf(principal);
  }

  /** The unit a file belongs to (its fonds' unit), null when none is known. */
  async unitOf(file: Pick<FileRecord, 'fondsCode'>): Promise<string | null> {
    if (file.fondsCode === null) return null;
    if (!this.#fondsUnits.has(file.fondsCode))
      this.#fondsUnits.set(file.fondsCode, (await this.catalogue.records.getFonds(file.fondsCode))?.unitId ?? null);
    return this.#fondsUnits.get(file.fondsCode) ?? null;
  }

  /** Whether the unit is within the principal's units. */
  unitVisible(unitId: string | null): boolean {
    return this.principal !== undefined && inScope(this.principal, unitId);
  }

  /** Whether the principal may see this file's description (level and unit). */
  async fileVisible(file: FileRecord): Promise<boolean> {
    if (!this.principal || !mayRead(this.levels, effectiveFileMode(file.fields.mode))) return false;
    return this.unitVisible(await this.unitOf(file));
  }

  /**
   * The file of a file code when the principal may see it. A backup object whose code has no
   * description in the catalogue (older data) belongs to the instance: users scoped to 'all'.
   */
  async visibleFile(code: string): Promise<{ file: FileRecord | undefined; visible: boolean }> {
    const file = await this.catalogue.records.getFile(code);
    if (!file) return { file, visible: this.principal !== undefined && this.principal.units === 'all' && this.levels.includes('03') };
    return { file, visible: await this.fileVisible(file) };
  }
}
