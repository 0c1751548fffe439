import type { Writable } from 'node:stream';
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
  /** The unit's name as printed on the form (default: its id; the units registry will supply it). */
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

export async function backupListForm(ctx: Context, id: string, options: ExportOptions = {}): Promise<BackupListForm> {
  const list = await getBackupList(ctx, id);
  return {
    list,
    rows: await backupListRows(ctx.catalogue, list),
    unitName: options.unitName?.trim() || list.unitId,
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
