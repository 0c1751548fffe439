import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { BACKUP_LIST_STATUSES, SELECTABLE_KINDS, localiseFinding, type BackupListStatus, type SelectableKind } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import {
  addToBackupList,
  approveBackupList,
  createBackupList,
  getBackupList,
  proposeIntoBackupList,
  refreshRiskRecoveryStatus,
  removeFromBackupList,
  reopenBackupList,
  returnBackupList,
  submitBackupList,
  type EntryInput,
  type StepResult,
} from '../../usecases/backup-list.js';
import { backupListRows } from '../../usecases/backup-list-rows.js';
import { exportBackupList, exportFormat } from '../../usecases/backup-list-export.js';
import { recognize } from '../../usecases/recognition.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';
import { sayList, sayLists, sayStep } from './backup-list-output.js';

const OPTIONS = {
  by: { type: 'string' },
  note: { type: 'string' },
  unit: { type: 'string' },
  year: { type: 'string' },
  id: { type: 'string' },
  kind: { type: 'string' },
  propose: { type: 'boolean', default: false },
  fonds: { type: 'string' },
  decision: { type: 'string' },
  date: { type: 'string' },
  issuer: { type: 'string' },
  status: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'unit-name': { type: 'string' },
  approver: { type: 'string' },
} as const;

const SUBCOMMANDS = ['create', 'add', 'remove', 'submit', 'approve', 'return', 'reopen', 'show', 'export', 'recognize', 'refresh'];

const USAGE_VI =
  'Dùng: duphong backup-list create|add|remove|submit|approve|return|reopen|show|export|recognize|refresh … (xem "duphong backup-list --help")';
const USAGE_EN =
  'Usage: duphong backup-list create|add|remove|submit|approve|return|reopen|show|export|recognize|refresh … (see "duphong backup-list --help")';

/** `kind:code` or a bare code of `--kind` (default file). */
export function entryInputs(codes: string[], kind: string | undefined, note?: string): EntryInput[] {
  const fallback = kindOf(kind ?? 'file');
  return codes.map((raw) => {
    const m = /^(fonds|file|document):(.+)$/.exec(raw);
    return {
      recordKind: m ? (m[1] as SelectableKind) : fallback,
      recordCode: (m ? m[2]! : raw).normalize('NFC'),
      ...(note !== undefined && { note }),
    };
  });
}

function kindOf(value: string): SelectableKind {
  if ((SELECTABLE_KINDS as readonly string[]).includes(value)) return value as SelectableKind;
  throw requestError(
    'DP-USAGE',
    `--kind phải là fonds, file hoặc document (nhận "${value}").`,
    `--kind must be fonds, file or document (got "${value}").`,
  );
}

function need(value: string | undefined, vi: string, en: string): string {
  if (value === undefined || value.trim() === '') throw requestError('DP-USAGE', vi, en);
  return value;
}

/** `duphong backup-list …`: the yearly list of records to back up, from draft to approved decision. */
export async function runBackupList(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || !SUBCOMMANDS.includes(sub)) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const { values: v, positionals } = parse(rest, OPTIONS);
  const by = v.by ?? process.env.DUPHONG_USER ?? '';
  const id = (): string =>
    need(positionals[0], `Thiếu mã danh mục: duphong backup-list ${sub} ID`, `Missing list id: duphong backup-list ${sub} ID`);
  const ctx = await openContext(resolveHome(v.home));
  const step = async (run: Promise<StepResult>): Promise<number> => {
    const result = await run;
    out.result({ list: result.list, findings: result.findings.map((f) => localiseFinding(f, out.lang)) });
    sayStep(out, result);
    return 0;
  };
  try {
    switch (sub) {
      case 'create': {
        const unitId = need(v.unit, 'Thiếu --unit (mã đơn vị)', 'Missing --unit');
        const year = Number(need(v.year, 'Thiếu --year', 'Missing --year'));
        const list = await createBackupList(ctx, { unitId, year, by, ...(v.id !== undefined && { id: v.id }) });
        return await step(Promise.resolve({ list, findings: [] }));
      }
      case 'add':
        if (v.propose) return await step(proposeIntoBackupList(ctx, id(), { by, ...(v.fonds !== undefined && { fondsCode: v.fonds }) }));
        if (positionals.length < 2)
          throw requestError('DP-USAGE', 'Thiếu mã hồ sơ/tài liệu cần thêm (hoặc --propose)', 'Missing record codes to add (or --propose)');
        return await step(addToBackupList(ctx, id(), entryInputs(positionals.slice(1), v.kind, v.note), { by }));
      case 'remove':
        return await step(removeFromBackupList(ctx, id(), entryInputs(positionals.slice(1), v.kind), { by }));
      case 'submit':
        return await step(submitBackupList(ctx, id(), { by, ...(v.note !== undefined && { note: v.note }) }));
      case 'approve':
        return await step(
          approveBackupList(ctx, id(), {
            by,
            decisionNumber: v.decision ?? '',
            decisionDate: v.date ?? '',
            ...(v.note !== undefined && { note: v.note }),
          }),
        );
      case 'return':
        return await step(returnBackupList(ctx, id(), { by, ...(v.note !== undefined && { note: v.note }) }));
      case 'reopen':
        return await step(reopenBackupList(ctx, id(), { by, ...(v.note !== undefined && { note: v.note }) }));
      case 'show':
        return await show(ctx, out, positionals[0], v);
      case 'export': {
        const format = exportFormat(v.format);
        const file = need(v.out, 'Thiếu --out TỆP', 'Missing --out FILE');
        const stream = createWriteStream(file);
        await exportBackupList(ctx, id(), format, stream, {
          ...(v['unit-name'] !== undefined && { unitName: v['unit-name'] }),
          ...(v.approver !== undefined && { approver: v.approver }),
        });
        if (!stream.writableFinished) await finished(stream);
        out.result({ list: id(), format, file });
        out.say(`Đã xuất danh mục ${id()} ra ${file}`, `Exported list ${id()} to ${file}`);
        return 0;
      }
      case 'recognize': {
        const [input] = entryInputs(
          [need(positionals[0], 'Thiếu mã tài liệu được công nhận', 'Missing the recognised record code')],
          v.kind,
        );
        const r = await recognize(ctx, {
          ...input!,
          decisionNumber: v.decision ?? '',
          decisionDate: v.date ?? '',
          issuer: v.issuer ?? '',
          note: v.note ?? '',
        });
        out.result(r);
        out.say(
          `Đã ghi quyết định công nhận ${r.decisionNumber} cho ${r.recordCode}`,
          `Recorded recognition ${r.decisionNumber} for ${r.recordCode}`,
        );
        return 0;
      }
      case 'refresh': {
        const summary = await refreshRiskRecoveryStatus(ctx);
        out.result(summary);
        out.say(
          `Đã tính lại riskRecoveryStatus cho ${summary.checked}: ${summary.backedUp} đã dự phòng (01), ${summary.notYet} chưa (02).`,
          `Recomputed riskRecoveryStatus for ${summary.checked}: ${summary.backedUp} backed up (01), ${summary.notYet} not yet (02).`,
        );
        return 0;
      }
      default:
        throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
    }
  } finally {
    await ctx.close();
  }
}

async function show(
  ctx: Context,
  out: Output,
  id: string | undefined,
  v: { unit?: string | undefined; year?: string | undefined; status?: string | undefined },
): Promise<number> {
  if (id === undefined) {
    if (v.status !== undefined && !(BACKUP_LIST_STATUSES as readonly string[]).includes(v.status))
      throw requestError(
        'DP-USAGE',
        '--status phải là draft, submitted, approved hoặc returned',
        '--status must be draft, submitted, approved or returned',
      );
    const lists = await ctx.catalogue.selection.listLists({
      ...(v.unit !== undefined && { unitId: v.unit }),
      ...(v.year !== undefined && { year: Number(v.year) }),
      ...(v.status !== undefined && { status: v.status as BackupListStatus }),
    });
    out.result({ lists });
    sayLists(out, lists);
    return 0;
  }
  const list = await getBackupList(ctx, id);
  const rows = await backupListRows(ctx.catalogue, list);
  out.result({ list, rows });
  sayList(out, list, rows);
  return 0;
}
