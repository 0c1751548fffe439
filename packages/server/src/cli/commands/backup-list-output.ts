import {
  BACKUP_LIST_ACTION_LABELS,
  BACKUP_LIST_STATUS_LABELS,
  REASON_LABELS_VI,
  displayDate,
  localiseFinding,
  type BackupList,
  type BackupListSummary,
} from '@duphong/core';
import type { BackupListRow } from '../../usecases/backup-list-rows.js';
import type { StepResult } from '../../usecases/backup-list.js';
import { table, type Output } from '../output.js';

// Human renderings of `duphong backup-list` (the --json shapes are the use cases' own).

const status = (list: { status: BackupList['status'] }, lang: 'vi' | 'en'): string => BACKUP_LIST_STATUS_LABELS[list.status][lang];
const verb = (action: BackupList['history'][number]['action'], lang: 'vi' | 'en'): string => BACKUP_LIST_ACTION_LABELS[action][lang];

function header(out: Output, list: BackupList): void {
  const decision = list.decisionNumber ? `, QĐ ${list.decisionNumber} ngày ${list.decisionDate}` : '';
  const decisionEn = list.decisionNumber ? `, decision ${list.decisionNumber} of ${list.decisionDate}` : '';
  out.say(
    `Danh mục ${list.id} — đơn vị ${list.unitId}, năm ${list.year}: ${status(list, 'vi')}${decision}; ${list.entries.length} mục`,
    `List ${list.id} — unit ${list.unitId}, ${list.year}: ${status(list, 'en').toLowerCase()}${decisionEn}; ${list.entries.length} entries`,
  );
}

export function sayStep(out: Output, result: StepResult): void {
  header(out, result.list);
  const last = result.list.history.at(-1);
  if (last)
    out.say(
      `  ${verb(last.action, 'vi')} bởi ${last.by} lúc ${displayDate(last.at)} ${last.note}`.trimEnd(),
      `  ${verb(last.action, 'en')} by ${last.by} at ${displayDate(last.at)} ${last.note}`.trimEnd(),
    );
  for (const f of result.findings) {
    const en = localiseFinding(f, 'en');
    out.progress(`  CẢNH BÁO ${f.code} ${f.path ?? ''} ${f.message}`, `  WARNING ${f.code} ${f.path ?? ''} ${en.message}`);
    if (f.code === 'DP-SELECT-NOTHING-ELIGIBLE')
      out.progress(
        '  Ghi quyết định công nhận: duphong backup-list recognize MÃ --decision SỐ --date DD/MM/YYYY --issuer CƠ-QUAN\n' +
          '  Ghi lần kiểm tra: duphong inspection add MÃ-HỒ-SƠ --date DD/MM/YYYY --signs MÃ,… (xem "duphong inspection --help")',
        '  Record a recognition: duphong backup-list recognize CODE --decision NUMBER --date DD/MM/YYYY --issuer BODY\n' +
          '  Record an inspection: duphong inspection add FILE-CODE --date DD/MM/YYYY --signs CODE,… (see "duphong inspection --help")',
      );
  }
}

export function sayLists(out: Output, lists: BackupListSummary[]): void {
  const rows = [
    out.lang === 'en'
      ? ['id', 'unit', 'year', 'status', 'entries', 'decision']
      : ['mã', 'đơn vị', 'năm', 'trạng thái', 'số mục', 'quyết định'],
  ];
  for (const l of lists)
    rows.push([
      l.id,
      l.unitId,
      String(l.year),
      status(l, out.lang),
      String(l.entryCount),
      l.decisionNumber ? `${l.decisionNumber} (${l.decisionDate})` : '',
    ]);
  out.say(table(rows), table(rows));
}

export function sayList(out: Output, list: BackupList, rows: BackupListRow[]): void {
  header(out, list);
  const lines = [
    out.lang === 'en'
      ? ['no.', 'code', 'title', 'time', 'reason', 'signs', 'riskRecoveryStatus']
      : ['STT', 'mã', 'tiêu đề', 'thời gian', 'lý do', 'dấu hiệu', 'riskRecoveryStatus'],
  ];
  for (const r of rows)
    lines.push([
      String(r.stt),
      r.code,
      r.title.length > 40 ? `${[...r.title].slice(0, 39).join('')}…` : r.title,
      r.time,
      out.lang === 'en'
        ? r.reason === REASON_LABELS_VI['special-value']
          ? 'special value'
          : r.reason === REASON_LABELS_VI['plan-criterion']
            ? "a plan's criterion"
            : 'at risk'
        : r.reason,
      r.signs,
      r.riskRecoveryStatus ?? '',
    ]);
  out.say(table(lines), table(lines));
  for (const h of list.history)
    out.say(
      `  ${displayDate(h.at)} ${h.by}: ${verb(h.action, 'vi')}${h.decisionNumber ? ` (QĐ ${h.decisionNumber} ngày ${h.decisionDate})` : ''} ${h.note}`.trimEnd(),
      `  ${displayDate(h.at)} ${h.by}: ${verb(h.action, 'en')}${h.decisionNumber ? ` (decision ${h.decisionNumber} of ${h.decisionDate})` : ''} ${h.note}`.trimEnd(),
    );
}
