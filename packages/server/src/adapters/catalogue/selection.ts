import {
  ListChangedError,
  type BackupList,
  type BackupListEntry,
  type BackupListHistoryEntry,
  type BackupListStatus,
  type BackupListSummary,
  type ListedRecord,
  type Recognition,
  type SelectableKind,
  type SelectionRepository,
} from '@duphong/core';
import type { Selectable } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { BackupListEntriesTable, BackupListHistoryTable, BackupListsTable, RecognitionsTable } from './schema-selection.js';

/** Runs `fn` in one transaction (joining the open one), handing it the transaction's context. */
export type Atomically = <T>(fn: (ctx: Ctx) => Promise<T>) => Promise<T>;

const nfc = (s: string): string => s.normalize('NFC');

/** `catalogue.selection` over Kysely (SQLite and PostgreSQL alike). Text is stored NFC. */
export class KyselySelection implements SelectionRepository {
  constructor(
    private readonly ctx: Ctx,
    private readonly atomically: Atomically,
  ) {}

  async putRecognition(r: Recognition): Promise<void> {
    const row = {
      decision_number: nfc(r.decisionNumber.trim()),
      decision_date: r.decisionDate.trim(),
      issuer: nfc(r.issuer.trim()),
      note: nfc(r.note),
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    };
    await this.ctx.db
      .insertInto('recognitions')
      .values({ record_kind: r.recordKind, record_code: nfc(r.recordCode), ...row })
      .onConflict((oc) =>
        oc.columns(['record_kind', 'record_code']).doUpdateSet({ ...row, created_at: (eb) => eb.ref('recognitions.created_at') }),
      )
      .execute();
  }

  async getRecognition(recordKind: SelectableKind, recordCode: string): Promise<Recognition | undefined> {
    const row = await this.ctx.db
      .selectFrom('recognitions')
      .selectAll()
      .where('record_kind', '=', recordKind)
      .where('record_code', '=', nfc(recordCode))
      .executeTakeFirst();
    return row && recognitionFromRow(row);
  }

  async listRecognitions(filter: { recordKind?: SelectableKind } = {}): Promise<Recognition[]> {
    let q = this.ctx.db.selectFrom('recognitions').selectAll();
    if (filter.recordKind !== undefined) q = q.where('record_kind', '=', filter.recordKind);
    return (await q.orderBy('record_kind').orderBy('record_code').execute()).map(recognitionFromRow);
  }

  saveList(list: BackupList, expected?: { historyLength: number }): Promise<void> {
    return this.atomically(async ({ db }) => {
      const header = {
        unit_id: list.unitId,
        year: list.year,
        status: list.status,
        decision_number: list.decisionNumber,
        decision_date: list.decisionDate,
        created_at: list.createdAt,
        updated_at: list.updatedAt,
      };
      // The upsert comes first: it locks the list's row, so a concurrent step waits here and
      // then counts the history the first one committed.
      await db
        .insertInto('backup_lists')
        .values({ id: list.id, ...header })
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...header, created_at: (eb) => eb.ref('backup_lists.created_at') }))
        .execute();
      const stored = await db
        .selectFrom('backup_list_history')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('list_id', '=', list.id)
        .executeTakeFirstOrThrow();
      const first = toSafeNumber(stored.n);
      if (expected !== undefined && first !== expected.historyLength) throw new ListChangedError(list.id);
      await db.deleteFrom('backup_list_entries').where('list_id', '=', list.id).execute();
      if (list.entries.length > 0)
        await db
          .insertInto('backup_list_entries')
          .values(list.entries.map((e, position) => entryRow(list.id, position, e)))
          .execute();
      const fresh = list.history.slice(first);
      if (fresh.length > 0)
        await db
          .insertInto('backup_list_history')
          .values(fresh.map((h, i) => historyRow(list.id, first + i, h)))
          .execute();
    });
  }

  async getList(id: string): Promise<BackupList | undefined> {
    const header = await this.ctx.db.selectFrom('backup_lists').selectAll().where('id', '=', id).executeTakeFirst();
    if (!header) return undefined;
    const [entries, history] = await Promise.all([
      this.ctx.db.selectFrom('backup_list_entries').selectAll().where('list_id', '=', id).orderBy('position').execute(),
      this.ctx.db.selectFrom('backup_list_history').selectAll().where('list_id', '=', id).orderBy('seq').execute(),
    ]);
    const { entryCount: _, ...summary } = summaryFromRow(header, entries.length);
    return { ...summary, entries: entries.map(entryFromRow), history: history.map(historyFromRow) };
  }

  async listLists(filter: { unitId?: string; year?: number; status?: BackupListStatus } = {}): Promise<BackupListSummary[]> {
    let q = this.ctx.db
      .selectFrom('backup_lists as l')
      .selectAll('l')
      .select((eb) =>
        eb
          .selectFrom('backup_list_entries as e')
          .whereRef('e.list_id', '=', 'l.id')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .as('entry_count'),
      );
    if (filter.unitId !== undefined) q = q.where('l.unit_id', '=', filter.unitId);
    if (filter.year !== undefined) q = q.where('l.year', '=', filter.year);
    if (filter.status !== undefined) q = q.where('l.status', '=', filter.status);
    const rows = await q.orderBy('l.year', 'desc').orderBy('l.unit_id').orderBy('l.id').execute();
    return rows.map((r) => summaryFromRow(r, toSafeNumber(r.entry_count)));
  }

  async findEntries(recordKind: SelectableKind, recordCode: string): Promise<ListedRecord[]> {
    return this.listed((q) => q.where('e.record_kind', '=', recordKind).where('e.record_code', '=', nfc(recordCode)));
  }

  async listApprovedEntries(): Promise<ListedRecord[]> {
    return this.listed((q) => q.where('l.status', '=', 'approved'));
  }

  private async listed(
    where: (q: ReturnType<KyselySelection['entriesWithLists']>) => ReturnType<KyselySelection['entriesWithLists']>,
  ): Promise<ListedRecord[]> {
    const rows = await where(this.entriesWithLists()).orderBy('l.year').orderBy('l.id').orderBy('e.position').execute();
    return rows.map((r) => ({
      listId: r.list_id,
      unitId: r.unit_id,
      year: toSafeNumber(r.year),
      status: r.status as BackupListStatus,
      entry: entryFromRow(r),
    }));
  }

  private entriesWithLists() {
    return this.ctx.db
      .selectFrom('backup_list_entries as e')
      .innerJoin('backup_lists as l', 'l.id', 'e.list_id')
      .selectAll('e')
      .select(['l.unit_id', 'l.year', 'l.status']);
  }
}

function entryRow(listId: string, position: number, e: BackupListEntry): BackupListEntriesTable {
  return {
    list_id: listId,
    position,
    record_kind: e.recordKind,
    record_code: nfc(e.recordCode),
    reason: e.reason,
    signs: JSON.stringify(e.signs),
    readable: e.readable === null ? null : e.readable ? 1 : 0,
    inspection_date: e.inspectionDate,
    note: nfc(e.note),
  };
}

function historyRow(listId: string, seq: number, h: BackupListHistoryEntry): BackupListHistoryTable {
  return {
    list_id: listId,
    seq,
    at: h.at,
    by: nfc(h.by),
    action: h.action,
    decision_number: h.decisionNumber ?? null,
    decision_date: h.decisionDate ?? null,
    note: nfc(h.note),
  };
}

function recognitionFromRow(r: Selectable<RecognitionsTable>): Recognition {
  return {
    recordKind: r.record_kind as SelectableKind,
    recordCode: r.record_code,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function summaryFromRow(r: Selectable<BackupListsTable>, entryCount: number): BackupListSummary {
  return {
    id: r.id,
    unitId: r.unit_id,
    year: toSafeNumber(r.year),
    status: r.status as BackupListStatus,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    entryCount,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function entryFromRow(r: Selectable<BackupListEntriesTable>): BackupListEntry {
  let signs: string[] = [];
  try {
    signs = JSON.parse(r.signs) as string[];
  } catch {
    signs = [];
  }
  return {
    recordKind: r.record_kind as SelectableKind,
    recordCode: r.record_code,
    reason: r.reason as BackupListEntry['reason'],
    signs,
    readable: r.readable === null ? null : toSafeNumber(r.readable) === 1,
    inspectionDate: r.inspection_date,
    note: r.note,
  };
}

function historyFromRow(r: Selectable<BackupListHistoryTable>): BackupListHistoryEntry {
  return {
    at: r.at,
    by: r.by,
    action: r.action as BackupListHistoryEntry['action'],
    ...(r.decision_number !== null && { decisionNumber: r.decision_number }),
    ...(r.decision_date !== null && { decisionDate: r.decision_date }),
    note: r.note,
  };
}
