import { CodeListVersionConflict, versionAt } from '@duphong/core';
import type { CodeListItem, CodeListRepository, CodeListSeedEntry, CodeListSummary, CodeListVersion, SharedCodeList } from '@duphong/core';
import type { Selectable } from 'kysely';
import type { Ctx } from './context.js';
import type { CodeListItemsTable, CodeListVersionsTable, CodeListsTable } from './schema-codelists.js';

/** Run `fn` in one transaction (joining an open one), with the transaction's context. */
export type Transact = <T>(fn: (ctx: Ctx) => Promise<T>) => Promise<T>;

// 7 parameters a row: 500 rows stay far below SQLite's and pg's parameter limits.
const ITEM_ROWS_PER_INSERT = 500;

const listFromRow = (row: Selectable<CodeListsTable>): SharedCodeList => ({
  id: row.id,
  nameVi: row.name_vi,
  nameEn: row.name_en,
  authority: row.authority,
  source: row.source,
});

function itemFromRow(row: Selectable<CodeListItemsTable>): CodeListItem {
  return {
    code: row.code,
    labelVi: row.label_vi,
    ...(row.label_en !== null ? { labelEn: row.label_en } : {}),
    ...(row.deprecated === 1 ? { deprecated: true } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
  };
}

const versionFromRow = (row: Selectable<CodeListVersionsTable>, items: CodeListItem[]): CodeListVersion => ({
  listId: row.list_id,
  version: row.version,
  validFrom: row.valid_from,
  publishedAt: row.published_at,
  items,
  digest: row.digest,
});

/**
 * The `CodeListRepository` port over the catalogue's Kysely connection (SQLite or PostgreSQL).
 * Built by `KyselyCatalogue` from its own context, so `tx.codeLists` works inside transactions.
 */
export class KyselyCodeLists implements CodeListRepository {
  constructor(
    private readonly ctx: Ctx,
    private readonly transact: Transact,
  ) {}

  async listCodeLists(): Promise<CodeListSummary[]> {
    const lists = await this.ctx.db.selectFrom('code_lists').selectAll().orderBy('id').execute();
    // Newest version per list, and its item count, in two small queries rather than one per list.
    const versions = await this.ctx.db.selectFrom('code_list_versions').selectAll().orderBy('list_id').orderBy('version').execute();
    const latest = new Map(versions.map((v) => [v.list_id, v]));
    const counts = await this.ctx.db
      .selectFrom('code_list_items')
      .select(['list_id', 'version', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy(['list_id', 'version'])
      .execute();
    const countOf = new Map(counts.map((c) => [`${c.list_id}\u0000${c.version}`, Number(c.n)]));
    return lists.map((row) => {
      const v = latest.get(row.id);
      return {
        list: listFromRow(row),
        latest: v
          ? {
              version: v.version,
              validFrom: v.valid_from,
              publishedAt: v.published_at,
              digest: v.digest,
              items: countOf.get(`${v.list_id}\u0000${v.version}`) ?? 0,
            }
          : null,
      };
    });
  }

  async getCodeList(id: string): Promise<SharedCodeList | undefined> {
    const row = await this.ctx.db.selectFrom('code_lists').selectAll().where('id', '=', id).executeTakeFirst();
    return row && listFromRow(row);
  }

  async putCodeList(list: SharedCodeList): Promise<void> {
    const rest = { name_vi: list.nameVi, name_en: list.nameEn, authority: list.authority, source: list.source };
    await this.ctx.db
      .insertInto('code_lists')
      .values({ id: list.id, ...rest })
      .onConflict((oc) => oc.column('id').doUpdateSet(rest))
      .execute();
  }

  async getVersion(listId: string, options: { version?: number; at?: string } = {}): Promise<CodeListVersion | undefined> {
    let number = options.version;
    if (number === undefined) {
      // Only the headers, to pick the version; then the items of that one version.
      const headers = await this.ctx.db.selectFrom('code_list_versions').selectAll().where('list_id', '=', listId).execute();
      const chosen = versionAt(
        headers.map((h) => versionFromRow(h, [])),
        options.at,
      );
      if (!chosen) return undefined;
      number = chosen.version;
    }
    const row = await this.ctx.db
      .selectFrom('code_list_versions')
      .selectAll()
      .where('list_id', '=', listId)
      .where('version', '=', number)
      .executeTakeFirst();
    if (!row) return undefined;
    const items = await this.ctx.db
      .selectFrom('code_list_items')
      .selectAll()
      .where('list_id', '=', listId)
      .where('version', '=', number)
      .orderBy('code')
      .execute();
    return versionFromRow(row, items.map(itemFromRow));
  }

  async history(listId: string): Promise<CodeListVersion[]> {
    const rows = await this.ctx.db.selectFrom('code_list_versions').selectAll().where('list_id', '=', listId).orderBy('version').execute();
    const items = await this.ctx.db
      .selectFrom('code_list_items')
      .selectAll()
      .where('list_id', '=', listId)
      .orderBy('version')
      .orderBy('code')
      .execute();
    return rows.map((row) => versionFromRow(row, items.filter((i) => i.version === row.version).map(itemFromRow)));
  }

  putVersion = async (version: CodeListVersion): Promise<void> => {
    try {
      await this.transact((ctx) => insertVersion(ctx, version));
    } catch (error) {
      // Two publishers raced for the same number: the primary key let one win; the other is told so.
      if (!isUniqueViolation(error)) throw error;
      throw new CodeListVersionConflict(
        'DP-CODELIST-VERSION-EXISTS',
        version.listId,
        version.version,
        null,
        `Danh mục "${version.listId}" vừa có phiên bản ${version.version} do nơi khác ghi; hãy đọc lại và tạo phiên bản tiếp theo.`,
      );
    }
  };

  seed = (entries: readonly CodeListSeedEntry[]): Promise<string[]> =>
    this.transact(async (ctx) => {
      const inserted: string[] = [];
      for (const { list, version } of entries) {
        // ON CONFLICT DO NOTHING: a second process seeding at the same moment waits for the first
        // (PostgreSQL) and then skips the list instead of failing its whole start-up.
        const result = await ctx.db
          .insertInto('code_lists')
          .values({ id: list.id, name_vi: list.nameVi, name_en: list.nameEn, authority: list.authority, source: list.source })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
        await insertVersion(ctx, version);
        inserted.push(list.id);
      }
      return inserted;
    });
}

/** A primary-key or unique violation, on either engine. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Insert one version as the next of its list. Call inside a transaction: the header and items go together. */
async function insertVersion(ctx: Ctx, version: CodeListVersion): Promise<void> {
  const { listId } = version;
  const list = await ctx.db.selectFrom('code_lists').select('id').where('id', '=', listId).executeTakeFirst();
  if (!list) throw new CodeListVersionConflict('DP-CODELIST-UNKNOWN', listId, version.version, null, `Danh mục "${listId}" không tồn tại.`);
  const newest = await ctx.db
    .selectFrom('code_list_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('list_id', '=', listId)
    .executeTakeFirst();
  const current = newest?.v === null || newest?.v === undefined ? 0 : Number(newest.v);
  if (version.version <= current)
    throw new CodeListVersionConflict(
      'DP-CODELIST-VERSION-EXISTS',
      listId,
      version.version,
      current + 1,
      `Danh mục "${listId}" đã có phiên bản ${version.version}; phiên bản đã ban hành không sửa được, hãy tạo phiên bản ${current + 1}.`,
    );
  if (version.version !== current + 1)
    throw new CodeListVersionConflict(
      'DP-CODELIST-VERSION-GAP',
      listId,
      version.version,
      current + 1,
      `Danh mục "${listId}": phiên bản tiếp theo phải là ${current + 1}, không phải ${version.version}.`,
    );
  await ctx.db
    .insertInto('code_list_versions')
    .values({
      list_id: listId,
      version: version.version,
      valid_from: version.validFrom,
      published_at: version.publishedAt,
      digest: version.digest,
    })
    .execute();
  const rows = version.items.map((i) => ({
    list_id: listId,
    version: version.version,
    code: i.code,
    label_vi: i.labelVi,
    label_en: i.labelEn ?? null,
    deprecated: i.deprecated === true ? 1 : 0,
    note: i.note ?? null,
  }));
  for (let start = 0; start < rows.length; start += ITEM_ROWS_PER_INSERT) {
    await ctx.db
      .insertInto('code_list_items')
      .values(rows.slice(start, start + ITEM_ROWS_PER_INSERT))
      .execute();
  }
}
