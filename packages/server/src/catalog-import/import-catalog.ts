import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { importFinding, type Catalogue } from '@duphong/core';
import { requestError } from '../errors.js';
import { readCsv } from './csv-reader.js';
import { ImportState, type ImportResult } from './import-state.js';
import { importSheet } from './sheet-import.js';
import { DEFAULT_MAX_BYTES, type SheetSource } from './sheet-source.js';
import type { UnitCheck } from './unit-check.js';
import { readXlsx } from './xlsx-reader.js';

export interface ImportCatalogOptions {
  fondsCode?: string;
  /** Attach the imported fonds to this unit (units registry id); files outside its lifetime are findings. */
  unitId?: string;
  dryRun?: boolean;
  allowPartial?: boolean;
  maxBytes?: number;
  map?: Record<string, string>;
  /** Findings listed in the result; the rest are only counted. */
  maxFindings?: number;
  now: string;
  onProgress?: (rows: number) => void;
  /**
   * Whether the importer may change records of a unit (its scope); absent: every unit (the CLI on
   * the server, a user over all units). An existing fonds, file or document outside it is a row error.
   */
  mayChange?: (unitId: string | null) => boolean;
}

async function unitCheckOf(cat: Catalogue, unitId: string): Promise<UnitCheck> {
  if (!(await cat.units.getUnit(unitId)))
    throw requestError('DP-UNIT-UNKNOWN', `Không có đơn vị "${unitId}" (xem GET /api/units).`, `No unit "${unitId}" (see GET /api/units).`);
  return { unitId, versions: await cat.units.listVersions(), successions: await cat.units.listSuccessions() };
}

/** Thrown inside the transaction to undo every write when the sheet has errors. */
class RollBack extends Error {}

async function openSource(path: string, maxBytes: number): Promise<SheetSource> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw requestError('DP-USAGE', `Không có tệp ${path}`, `No such file: ${path}`);
  }
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw requestError(
      'DP-IMPORT-TOO-BIG',
      `Tệp ${path} nặng ${mb(size)} MB, quá giới hạn ${mb(maxBytes)} MB (đổi bằng --max-size MB)`,
      `${path} is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit (change with --max-size MB)`,
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(path);
  if (ext === '.csv' || ext === '.txt') return readCsv(path);
  throw requestError(
    'DP-USAGE',
    `Chỉ nhận tệp .xlsx hoặc .csv, không nhận “${ext || path}”`,
    `Only .xlsx or .csv files, not "${ext || path}"`,
  );
}

async function readAll(cat: Catalogue, path: string, options: ImportCatalogOptions, state: ImportState, write: boolean): Promise<void> {
  const unit = options.unitId === undefined ? undefined : await unitCheckOf(cat, options.unitId);
  const source = await openSource(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  state.report(...source.findings);
  let withHeader = 0;
  try {
    for await (const sheet of source.sheets) {
      const had = await importSheet(cat, sheet, state, {
        ...(options.fondsCode !== undefined && { fondsCode: options.fondsCode }),
        ...(unit && { unit }),
        ...(options.mayChange && { mayChange: options.mayChange }),
        map: options.map ?? {},
        write,
        now: options.now,
        ...(options.onProgress && { onRow: options.onProgress }),
      });
      if (had) withHeader++;
    }
  } catch (error) {
    if (error instanceof RollBack) throw error;
    const message = error instanceof Error ? error.message : String(error);
    state.report(importFinding({ row: 0, column: '' }, 'DP-IMPORT-UNREADABLE', '', `Không đọc được tệp: ${message}`));
    return;
  }
  if (withHeader === 0 && !state.result.findings.some((f) => f.code === 'DP-IMPORT-NO-HEADER' && f.severity === 'error')) {
    state.report(
      importFinding(
        { row: 0, column: '' },
        'DP-IMPORT-NO-HEADER',
        '',
        'Không trang tính nào có dòng tiêu đề cột của mục lục hồ sơ (Mã hồ sơ, Tiêu đề hồ sơ…)',
      ),
    );
  }
}

/**
 * `duphong catalog import`: every row checked, and the whole sheet written in one catalogue
 * transaction — any error and nothing is written (unless `allowPartial`, which writes the valid
 * rows). Re-importing the same sheet changes nothing: records are upserted by code and compared.
 */
export async function importCatalog(catalogue: Catalogue, path: string, options: ImportCatalogOptions): Promise<ImportResult> {
  const fresh = () => new ImportState(options.dryRun ?? false, options.maxFindings ?? 10_000);
  if (options.dryRun) {
    const state = fresh();
    await readAll(catalogue, path, options, state, false);
    return state.result;
  }
  let state = fresh();
  try {
    await catalogue.transaction(async (tx) => {
      state = fresh();
      await readAll(tx, path, options, state, true);
      if (state.result.errors > 0 && !options.allowPartial) throw new RollBack();
    });
    state.result.written = true;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return state.result;
}
