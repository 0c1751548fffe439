import {
  describeSigns,
  displayUnitDate,
  REASON_LABELS_VI,
  type BackupList,
  type BackupListEntry,
  type Catalogue,
  type DocumentRecord,
  type FileRecord,
  type Fonds,
} from '@duphong/core';

/** One line of the list as a person reads it (show, XLSX, DOCX): the form's columns. */
export interface BackupListRow {
  stt: number;
  recordKind: BackupListEntry['recordKind'];
  code: string;
  title: string;
  /** "12/03/2001 – 30/12/2001", "1997 – 2025", an issued date, or empty. */
  time: string;
  reason: string;
  signs: string;
  note: string;
  /** TT05 riskRecoveryStatus when the record carries one (01 backed up, 02 not yet). */
  riskRecoveryStatus: string | null;
}

const range = (from: string | undefined, to: string | undefined): string =>
  [from?.trim(), to?.trim()]
    .filter((s): s is string => !!s)
    .filter((s, i, all) => all.indexOf(s) === i)
    .join(' – ');

function fondsTime(f: Fonds): string {
  return range(f.fields.startYear ?? f.fields.startDate, f.fields.endYear ?? f.fields.endDate) || (f.fields.dateRange ?? '');
}
const fileTime = (f: FileRecord): string => range(f.fields.startDate, f.fields.endDate);
const documentTime = (d: DocumentRecord): string => d.fields.issuedDate ?? d.fields.time ?? d.fields.date ?? '';

/** DD/MM/YYYY of an inspection date stored as YYYY-MM-DD (older ones may be written already). */
const dayOf = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? displayUnitDate(date) : date);

/** The rows of a list, looking titles and dates up in the archival description. */
export async function backupListRows(c: Catalogue, list: BackupList): Promise<BackupListRow[]> {
  const rows: BackupListRow[] = [];
  for (const [i, e] of list.entries.entries()) {
    let title = '';
    let time = '';
    let status: string | null = null;
    if (e.recordKind === 'fonds') {
      const f = await c.records.getFonds(e.recordCode);
      if (f) [title, time] = [f.name, fondsTime(f)];
    } else if (e.recordKind === 'file') {
      const f = await c.records.getFile(e.recordCode);
      if (f) [title, time, status] = [f.title, fileTime(f), f.fields.riskRecoveryStatus ?? null];
    } else {
      const d = await c.records.getDocument(e.recordCode);
      if (d) [title, time, status] = [d.fields.subject || d.fields.title || d.id, documentTime(d), d.fields.riskRecoveryStatus ?? null];
    }
    const inspected = e.inspectionDate ? `kiểm tra ngày ${dayOf(e.inspectionDate)}` : '';
    rows.push({
      stt: i + 1,
      recordKind: e.recordKind,
      code: e.recordCode,
      title,
      time,
      reason: REASON_LABELS_VI[e.reason],
      signs: [describeSigns(e.signs, e.readable), e.signs.length > 0 ? inspected : ''].filter((s) => s !== '').join('; '),
      note: e.note,
      riskRecoveryStatus: status,
    });
  }
  return rows;
}
