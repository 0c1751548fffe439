import type { Writable } from 'node:stream';
import { parseUnitDate, unitAt, type BackupList, type Catalogue } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import type { BackupListForm } from '../selection-export/form.js';
import { backupListRows } from './backup-list-rows.js';
import { getBackupList } from './backup-list.js';

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportOptions {
  /** The unit's name as printed on the form (default: its name in the units registry at the list's date). */
  unitName?: string;
  /** The approving body, printed after the decision number. */
  approver?: string;
}

export function exportFormat(value: string | undefined): ExportFormat {
  if (value === 'xlsx' || value === 'docx') return value;
  throw requestError(
    'DP-USAGE',
    `Định dạng xuất phải là xlsx hoặc docx (nhận "${value ?? ''}").`,
    `Export format must be xlsx or docx (got "${value ?? ''}").`,
  );
}

/**
 * The name the form prints for the list's unit: the unit's version in force on the list's date
 * (its decision date once approved, else the day it was created), else its latest; the id only
 * when the registry does not know the unit. A province reads "Tỉnh Lào Cai", not "PROVINCE-…".
 */
export async function agencyName(c: Catalogue, list: BackupList): Promise<string> {
  const decided = list.decisionDate ? parseUnitDate(list.decisionDate) : undefined;
  const date = decided ?? list.createdAt.slice(0, 10);
  const history = await c.units.history(list.unitId);
  const version = unitAt(history, list.unitId, date) ?? history.at(-1);
  if (!version) return list.unitId;
  if (version.type === 'tỉnh') return `Tỉnh ${version.name}`;
  if (version.type.startsWith('thành phố')) return `Thành phố ${version.name}`;
  return version.name;
}

export async function backupListForm(ctx: Context, id: string, options: ExportOptions = {}): Promise<BackupListForm> {
  const list = await getBackupList(ctx, id);
  return {
    list,
    rows: await backupListRows(ctx.catalogue, list),
    unitName: options.unitName?.trim() || (await agencyName(ctx.catalogue, list)),
    approver: options.approver?.trim() ?? '',
  };
}

/**
 * Write the list in the form an archive signs, streamed to `out`. The writers are loaded on
 * demand: exceljs and docx are large and only this command needs them.
 */
export async function exportBackupList(
  ctx: Context,
  id: string,
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<void> {
  await writeBackupListForm(await backupListForm(ctx, id, options), format, out);
}

/** Write an already built form (HTTP builds it first, so an unknown list is a 404, not a broken download). */
export async function writeBackupListForm(form: BackupListForm, format: ExportFormat, out: Writable): Promise<void> {
  if (format === 'xlsx') await (await import('../selection-export/xlsx.js')).writeBackupListXlsx(form, out);
  else await (await import('../selection-export/docx.js')).writeBackupListDocx(form, out);
}
