import type {
  FilmCondition,
  FilmDuplicate,
  FilmGeneration,
  FilmInspection,
  FilmType,
  FrameRange,
  MicrofilmReel,
  MicrofilmRepository,
  MicrofilmUnitFigures,
  ReelFilter,
} from '@duphong/core';
import { sql, type Selectable } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { MicrofilmDuplicatesTable, MicrofilmInspectionsTable, MicrofilmReelsTable } from './schema-microfilm.js';

const nfc = (s: string): string => s.normalize('NFC');
const nfcOrNull = (s: string | null): string | null => (s === null ? null : nfc(s));

/** `catalogue.microfilm` over Kysely (SQLite and PostgreSQL alike). Text is stored NFC. */
export class KyselyMicrofilm implements MicrofilmRepository {
  constructor(private readonly ctx: Ctx) {}

  async putReel(r: MicrofilmReel): Promise<void> {
    const row = {
      code: nfc(r.code),
      unit_id: r.unitId,
      film_type: r.filmType,
      generation: r.generation,
      filmed_date: r.filmedDate,
      frame_count: r.frameCount,
      reduction_ratio: nfc(r.reductionRatio),
      standard: nfc(r.standard),
      notes: nfc(r.notes),
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    };
    await this.ctx.db
      .insertInto('microfilm_reels')
      .values({ id: r.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async getReel(id: string): Promise<MicrofilmReel | undefined> {
    const row = await this.ctx.db.selectFrom('microfilm_reels').selectAll().where('id', '=', id).executeTakeFirst();
    return row && reelFromRow(row);
  }

  async getReelByCode(code: string): Promise<MicrofilmReel | undefined> {
    const row = await this.ctx.db.selectFrom('microfilm_reels').selectAll().where('code', '=', nfc(code)).executeTakeFirst();
    return row && reelFromRow(row);
  }

  async listReels(filter: ReelFilter = {}): Promise<MicrofilmReel[]> {
    let q = this.ctx.db.selectFrom('microfilm_reels').selectAll();
    // An empty scope matches nothing (`in ()` is not valid SQL).
    if (filter.unitIds !== undefined)
      q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...filter.unitIds]);
    if (filter.fileCode !== undefined) {
      const fileCode = nfc(filter.fileCode);
      q = q.where('id', 'in', (eb) => eb.selectFrom('microfilm_frames').select('reel_id').where('file_code', '=', fileCode));
    }
    return (await q.orderBy('code').execute()).map(reelFromRow);
  }

  async putFrames(reelId: string, ranges: readonly FrameRange[]): Promise<void> {
    await this.ctx.db.deleteFrom('microfilm_frames').where('reel_id', '=', reelId).execute();
    if (ranges.length === 0) return;
    await this.ctx.db
      .insertInto('microfilm_frames')
      .values(
        ranges.map((r) => ({
          reel_id: reelId,
          frame_from: r.frameFrom,
          frame_to: r.frameTo,
          file_code: nfc(r.fileCode),
          document_id: nfcOrNull(r.documentId),
        })),
      )
      .execute();
  }

  async listFrames(reelId: string): Promise<FrameRange[]> {
    const rows = await this.ctx.db.selectFrom('microfilm_frames').selectAll().where('reel_id', '=', reelId).orderBy('frame_from').execute();
    return rows.map(frameFromRow);
  }

  async framesOfFile(fileCode: string): Promise<FrameRange[]> {
    const rows = await this.ctx.db
      .selectFrom('microfilm_frames')
      .selectAll()
      .where('file_code', '=', nfc(fileCode))
      .orderBy('reel_id')
      .orderBy('frame_from')
      .execute();
    return rows.map(frameFromRow);
  }

  async putDuplicate(d: FilmDuplicate): Promise<void> {
    const row = {
      reel_id: d.reelId,
      code: nfc(d.code),
      generation: d.generation,
      location: nfc(d.location),
      medium: nfc(d.medium),
      created_date: d.createdDate,
      condition: d.condition,
      notes: nfc(d.notes),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
    };
    await this.ctx.db
      .insertInto('microfilm_duplicates')
      .values({ id: d.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async getDuplicate(id: string): Promise<FilmDuplicate | undefined> {
    const row = await this.ctx.db.selectFrom('microfilm_duplicates').selectAll().where('id', '=', id).executeTakeFirst();
    return row && duplicateFromRow(row);
  }

  async listDuplicates(reelId: string): Promise<FilmDuplicate[]> {
    const rows = await this.ctx.db.selectFrom('microfilm_duplicates').selectAll().where('reel_id', '=', reelId).orderBy('code').execute();
    return rows.map(duplicateFromRow);
  }

  async addInspection(i: FilmInspection): Promise<void> {
    await this.ctx.db
      .insertInto('microfilm_inspections')
      .values({
        id: i.id,
        duplicate_id: i.duplicateId,
        date: i.date,
        inspector: nfc(i.inspector),
        signs: JSON.stringify(i.signs.map(nfc)),
        readable: i.readable ? 1 : 0,
        condition: i.condition,
        notes: nfc(i.notes),
        created_at: i.createdAt,
      })
      .execute();
  }

  async listInspections(duplicateId: string): Promise<FilmInspection[]> {
    const rows = await this.ctx.db
      .selectFrom('microfilm_inspections')
      .selectAll()
      .where('duplicate_id', '=', duplicateId)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(inspectionFromRow);
  }

  async figures(filter: { unitIds?: readonly string[]; from?: string; to?: string } = {}): Promise<MicrofilmUnitFigures[]> {
    const db = this.ctx.db;
    // The reels counted: of these units, filmed in the period. Each figure is one grouped query.
    const reels = () => {
      let q = db.selectFrom('microfilm_reels as r');
      if (filter.unitIds !== undefined)
        q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('r.unit_id', 'in', [...filter.unitIds]);
      if (filter.from !== undefined) q = q.where('r.filmed_date', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('r.filmed_date', '<=', filter.to);
      return q;
    };
    const perReel = await reels()
      .select((eb) => [
        'r.unit_id as unit',
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string | null>('r.frame_count').as('frames'),
      ])
      .groupBy('r.unit_id')
      .execute();
    const files = await reels()
      .innerJoin('microfilm_frames as f', 'f.reel_id', 'r.id')
      .select((eb) => ['r.unit_id as unit', eb.fn.count<number | string>('f.file_code').distinct().as('n')])
      .groupBy('r.unit_id')
      .execute();
    const copies = await reels()
      .innerJoin('microfilm_duplicates as d', 'd.reel_id', 'r.id')
      .select((eb) => ['r.unit_id as unit', 'd.condition as condition', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['r.unit_id', 'd.condition'])
      .execute();
    const out = new Map<string | null, MicrofilmUnitFigures>();
    for (const r of perReel)
      out.set(r.unit, {
        unitId: r.unit,
        reels: toSafeNumber(r.n),
        frames: toSafeNumber(r.frames ?? 0),
        filesCovered: 0,
        duplicates: 0,
        duplicatesByCondition: { '01': 0, '02': 0, '03': 0 },
      });
    for (const f of files) out.get(f.unit)!.filesCovered = toSafeNumber(f.n);
    for (const c of copies) {
      const row = out.get(c.unit)!;
      const n = toSafeNumber(c.n);
      row.duplicates += n;
      if (c.condition in row.duplicatesByCondition) row.duplicatesByCondition[c.condition as FilmCondition] += n;
    }
    // Units by id, the instance's own reels (no unit) last.
    return [...out.values()].sort((a, b) => (a.unitId ?? '\uffff').localeCompare(b.unitId ?? '\uffff'));
  }
}

function reelFromRow(r: Selectable<MicrofilmReelsTable>): MicrofilmReel {
  return {
    id: r.id,
    code: r.code,
    unitId: r.unit_id,
    filmType: r.film_type as FilmType,
    generation: r.generation as FilmGeneration,
    filmedDate: r.filmed_date,
    frameCount: toSafeNumber(r.frame_count),
    reductionRatio: r.reduction_ratio,
    standard: r.standard,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function frameFromRow(r: {
  reel_id: string;
  frame_from: number;
  frame_to: number;
  file_code: string;
  document_id: string | null;
}): FrameRange {
  return {
    reelId: r.reel_id,
    fileCode: r.file_code,
    documentId: r.document_id,
    frameFrom: toSafeNumber(r.frame_from),
    frameTo: toSafeNumber(r.frame_to),
  };
}

function duplicateFromRow(r: Selectable<MicrofilmDuplicatesTable>): FilmDuplicate {
  return {
    id: r.id,
    reelId: r.reel_id,
    code: r.code,
    generation: r.generation as FilmGeneration,
    location: r.location,
    medium: r.medium,
    createdDate: r.created_date,
    condition: r.condition as FilmCondition,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function inspectionFromRow(r: Selectable<MicrofilmInspectionsTable>): FilmInspection {
  return {
    id: r.id,
    duplicateId: r.duplicate_id,
    date: r.date,
    inspector: r.inspector,
    signs: JSON.parse(r.signs) as string[],
    readable: toSafeNumber(r.readable) === 1,
    condition: r.condition as FilmCondition,
    notes: r.notes,
    createdAt: r.created_at,
  };
}
