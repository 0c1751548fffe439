import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import {
  isoVietnam,
  matchUnitName,
  planEntryId,
  readAppendixLayout,
  readInstrumentCell,
  type PlanEntry,
  type Principal,
  type UnitVersion,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { readSheetRows } from '../catalog-import/sheet-rows.js';
import { actorName, requireRight } from './selection-access.js';

/*
 * `duphong plan import FILE`: the plans and results reports ministries and provinces sent, from
 * the appendix table a clerk typed (core plans/: layout, cells, unit names — decision 0023). Each
 * cell's instruments are attributed to the unit the row names as it was on the instrument's date
 * (on 31/12 of the column's year when the cell gives none). Any error finding and nothing is
 * written, unless `partial` (then rows with errors are left out); a dry run writes nothing.
 * Importing the same table again changes nothing (entries are keyed by what they are).
 */

export interface PlanImportFinding {
  row: number;
  column: number | null;
  value: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

export interface PlanImportResult {
  file: string;
  units: number;
  plans: number;
  reports: number;
  noRecords: number;
  findings: PlanImportFinding[];
  written: boolean;
}

const MAX_BYTES = 20 * 1024 * 1024;

export async function importPlans(
  ctx: Context,
  principal: Principal | undefined,
  path: string,
  options: { dryRun?: boolean; partial?: boolean; by?: string } = {},
): Promise<PlanImportResult> {
  requireRight(principal, 'reports.write');
  const lower = path.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx'))
    throw requestError('DP-USAGE', 'Bảng kế hoạch, báo cáo phải là tệp .xlsx hoặc .csv.', 'The table must be a .xlsx or .csv file.');
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw requestError('DP-USAGE', `Không có tệp ${path}`, `No such file: ${path}`);
    },
  );
  if (size > MAX_BYTES) throw requestError('DP-IMPORT-TOO-BIG', `Tệp ${path} quá 20 MB.`, `${path} is over 20 MB.`);
  const file = basename(path).normalize('NFC');
  const layout = readAppendixLayout(await readSheetRows(path));
  const findings: PlanImportFinding[] = layout.findings.map((f) => ({
    row: f.row,
    column: f.column,
    value: '',
    code: f.code,
    severity: f.severity,
    message: f.vi,
    messageEn: f.en,
  }));
  const versions = await ctx.catalogue.units.listVersions();
  const now = isoVietnam(ctx.clock.now());
  const by = actorName(principal, options.by) || 'không rõ';
  const today = now.slice(0, 10);
  const entries: Array<PlanEntry & { row: number }> = [];
  const badRows = new Set<number>();

  for (const row of layout.rows) {
    const unitFindings = new Set<string>();
    for (const { column, text } of row.cells) {
      if (!text) continue;
      const read = readInstrumentCell(text, today);
      const at = { row: row.row, column: column.index + 1, value: text };
      for (const f of read.findings) findings.push({ ...at, code: f.code, severity: f.severity, message: f.vi, messageEn: f.en });
      if (read.findings.some((f) => f.severity === 'error')) badRows.add(row.row);
      const items = read.instruments.length > 0 ? read.instruments : read.noRecords ? [null] : [];
      for (const instrument of items) {
        const date = instrument?.date ?? `${column.year}-12-31`;
        const unit = matchUnitName(row.unitName, versions as UnitVersion[], date);
        if (unit.unitId === null) {
          badRows.add(row.row);
          const key = unit.finding.code;
          if (!unitFindings.has(key))
            findings.push({
              row: row.row,
              column: layout.unitColumn + 1,
              value: row.unitName,
              code: unit.finding.code,
              severity: 'error',
              message: unit.finding.vi,
              messageEn: unit.finding.en,
            });
          unitFindings.add(key);
          continue;
        }
        const base = {
          unitId: unit.unitId,
          year: column.year,
          column: column.kind,
          kind: instrument?.kind ?? null,
          numberSymbol: instrument?.numberSymbol ?? null,
          date: instrument?.date ?? null,
          noRecords: read.noRecords,
          source: `${file} dòng ${row.row}`,
          recordedAt: now,
          recordedBy: by,
        };
        entries.push({ id: planEntryId(base), ...base, row: row.row });
      }
    }
  }

  const errors = findings.some((f) => f.severity === 'error');
  const kept = options.partial ? entries.filter((e) => !badRows.has(e.row)) : entries;
  const write = !options.dryRun && (!errors || options.partial === true) && !layout.findings.some((f) => f.severity === 'error');
  if (write)
    await ctx.catalogue.transaction(async (tx) => {
      for (const { row: _row, ...entry } of kept) await tx.plans.putEntry(entry);
    });
  return {
    file,
    units: new Set(kept.map((e) => e.unitId)).size,
    plans: kept.filter((e) => e.column === 'plan' && e.kind !== null && !e.noRecords).length,
    reports: kept.filter((e) => e.column === 'report' && !e.noRecords && e.kind !== null).length,
    noRecords: kept.filter((e) => e.noRecords).length,
    findings,
    written: write,
  };
}
