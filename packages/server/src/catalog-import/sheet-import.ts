import {
  HEADER_SCAN_ROWS,
  RowChecker,
  detectLayout,
  importFinding,
  type Catalogue,
  type ImportLayout,
  type NumberedRow,
} from '@duphong/core';
import { fileHoldingId, mergeBoxHolding } from './holding-merge.js';
import { mergeDocument, mergeFile } from './record-merge.js';
import { unitFindingsOf, type UnitCheck } from './unit-check.js';
import type { ImportState } from './import-state.js';
import type { SheetStream } from './sheet-source.js';

export interface SheetImportOptions {
  fondsCode?: string;
  /** The unit the imported fonds belong to, with its history: every file must fall in its lifetime. */
  unit?: UnitCheck;
  map: Record<string, string>;
  /** Write to the catalogue (false: --dry-run, read only). */
  write: boolean;
  now: string;
  onRow?: (rows: number) => void;
  /** The importer's scope (import-catalog.ts); absent: every unit. */
  mayChange?: (unitId: string | null) => boolean;
}

/**
 * Whether a stored fonds (by code) belongs to a unit the importer may not change. A fonds not yet
 * in the catalogue is theirs to create (it gets the import's unit).
 */
async function fondsOutOfScope(cat: Catalogue, options: SheetImportOptions, fondsCode: string | null | undefined): Promise<boolean> {
  if (!options.mayChange || !fondsCode) return false;
  const fonds = await cat.records.getFonds(fondsCode);
  return fonds !== undefined && !options.mayChange(fonds.unitId ?? null);
}

/** A row naming a code of another unit: refused, without saying anything about that record. */
const outOfScopeFinding = (at: { row: number; column: string; sheet?: string }, code: string) =>
  importFinding(
    at,
    'DP-IMPORT-OUT-OF-SCOPE',
    code,
    `Mã “${code}” đã có trong danh mục và thuộc đơn vị ngoài phạm vi của bạn: dòng bị loại, không ghi gì`,
  );

/**
 * Import one sheet: find its layout in the first rows, then check and upsert row by row as the
 * reader streams them. Returns whether the sheet had a header at all.
 */
export async function importSheet(cat: Catalogue, sheet: SheetStream, state: ImportState, options: SheetImportOptions): Promise<boolean> {
  const where = sheet.name !== undefined ? { sheet: sheet.name } : {};
  if (sheet.hidden) {
    state.report(
      importFinding(
        { row: 0, column: '', ...where },
        'DP-IMPORT-HIDDEN-SHEET',
        sheet.name ?? '',
        `Trang tính ẩn “${sheet.name}” không được nhập`,
      ),
    );
    return false;
  }
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const head: NumberedRow[] = [];
  while (head.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (head.every((r) => r.cells.every((c) => c === undefined || c.value === null || c.value === ''))) return false;
  const { layout, findings } = detectLayout(head, { ...where, map: options.map });
  if (!layout) {
    // another sheet may hold the list (notes, instructions): an error only if none does
    state.report(...findings.map((f) => ({ ...f, severity: 'warning' as const })));
    return false;
  }
  state.report(...findings);
  const fondsCode = options.fondsCode ?? layout.title.fondsCode;
  const hasFondsColumn = layout.columns.some((c) => c.field === 'fondsCode');
  if (fondsCode === undefined && !hasFondsColumn && layout.level === 'file') {
    const message = layout.title.fondsName
      ? `Tệp ghi phông “${layout.title.fondsName}” nhưng không có mã phông: ghi “Mã phông: …” ở dòng tiêu đề, thêm cột “Mã phông”, hoặc dùng --fonds MÃ`
      : 'Không biết các hồ sơ thuộc phông nào: ghi “PHÔNG: … (Mã phông: …)” ở dòng tiêu đề, thêm cột “Mã phông”, hoặc dùng --fonds MÃ';
    state.report(importFinding({ row: layout.headerFirst, column: '', ...where }, 'DP-IMPORT-FONDS-MISSING', '', message));
    return true;
  }
  if (fondsCode !== undefined) await ensureFonds(cat, state, fondsCode, layout, options, layout.headerFirst, where);

  const checker = new RowChecker(layout, { ...where, ...(fondsCode !== undefined && { fondsCode }) });
  state.report(...checker.missingColumns());
  const rows = async function* () {
    yield* head.filter((r) => r.number >= layout.dataStart);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  for await (const row of rows()) {
    const outcome = checker.check(row);
    if (outcome.kind === 'empty') continue;
    state.result.rows++;
    options.onRow?.(state.result.rows);
    state.report(...outcome.findings);
    if (outcome.kind === 'oversize') {
      state.result.rejected++;
      continue;
    }
    let valid = outcome.valid;
    if (outcome.kind === 'file' && valid) {
      const f = outcome.file;
      // A scoped importer may not re-file, rewrite or re-level another unit's file, nor add to its fonds.
      const stored = options.mayChange ? await cat.records.getFile(f.code) : undefined;
      if ((await fondsOutOfScope(cat, options, f.fondsCode)) || (await fondsOutOfScope(cat, options, stored?.fondsCode))) {
        const col = layout.columns.find((c) => c.field === 'fileCode');
        state.report(outOfScopeFinding({ row: row.number, column: col?.letter ?? '', ...where }, f.code));
        valid = false;
      }
    }
    if (outcome.kind === 'file' && valid) {
      const f = outcome.file;
      if (f.fondsCode !== null && f.fondsCode !== fondsCode)
        await ensureFonds(cat, state, f.fondsCode, undefined, options, row.number, where);
      const unitFindings = options.unit ? unitFindingsOf(options.unit, f.fields, layout, { row: row.number, ...where }) : [];
      state.report(...unitFindings);
      if (unitFindings.some((x) => x.severity === 'error')) valid = false;
      else {
        const { record, change } = mergeFile(await cat.records.getFile(f.code), f, options.now);
        if (options.write && change !== 'unchanged') await cat.records.putFile(record);
        state.count('file', change);
        state.knownFiles.add(f.code);
        if (f.box !== undefined) {
          const box = mergeBoxHolding(await cat.records.getHolding(fileHoldingId(f.code)), record, f.box, options.now);
          if (options.write && box?.holding) await cat.records.putHolding(box.holding);
          if (box) state.count('holding', box.change);
        }
      }
    } else if (outcome.kind === 'document' && valid) {
      const d = outcome.document;
      if (!state.knownFiles.has(d.fileCode)) {
        if (await cat.records.getFile(d.fileCode)) state.knownFiles.add(d.fileCode);
        else {
          const col = layout.columns.find((c) => c.field === 'fileCode');
          const message = `Tài liệu thuộc hồ sơ “${d.fileCode}” chưa có trong danh mục: nhập mục lục hồ sơ trước`;
          state.report(
            importFinding({ row: row.number, column: col?.letter ?? '', ...where }, 'DP-IMPORT-FILE-UNKNOWN', d.fileCode, message),
          );
          valid = false;
        }
      }
      const file = valid && options.mayChange ? await cat.records.getFile(d.fileCode) : undefined;
      const storedDoc = valid && options.mayChange ? await cat.records.getDocument(d.id) : undefined;
      const storedFile = storedDoc ? await cat.records.getFile(storedDoc.fileCode) : undefined;
      if (
        valid &&
        ((await fondsOutOfScope(cat, options, file?.fondsCode)) || (await fondsOutOfScope(cat, options, storedFile?.fondsCode)))
      ) {
        state.report(outOfScopeFinding({ row: row.number, column: '', ...where }, d.id));
        valid = false;
      }
      if (valid) {
        const { record, change } = mergeDocument(await cat.records.getDocument(d.id), d, options.now);
        if (options.write && change !== 'unchanged') await cat.records.putDocument(record);
        state.count('document', change);
      }
    }
    if (!valid) state.result.rejected++;
  }
  return true;
}

/** The fonds a sheet names: created when new, renamed when the title rows give another name. */
async function ensureFonds(
  cat: Catalogue,
  state: ImportState,
  code: string,
  layout: ImportLayout | undefined,
  options: SheetImportOptions,
  row: number,
  where: { sheet?: string },
): Promise<void> {
  if (state.knownFonds.has(code)) return;
  state.knownFonds.add(code);
  state.result.fondsCodes.push(code);
  const existing = await cat.records.getFonds(code);
  if (existing && options.mayChange && !options.mayChange(existing.unitId ?? null)) {
    state.report(outOfScopeFinding({ row, column: '', ...where }, code));
    return;
  }
  const name = layout?.title.fondsName ?? existing?.name;
  if (!existing && name === undefined) {
    state.report(
      importFinding(
        { row, column: '', ...where },
        'DP-IMPORT-FONDS-UNKNOWN',
        code,
        `Phông “${code}” chưa có trong danh mục và tệp không ghi tên phông: tạo phông mới, tên tạm là mã`,
      ),
    );
  }
  const legacy = { ...(existing?.legacy ?? {}) };
  if (layout?.title.catalogueNumber !== undefined) legacy['Mục lục số'] = layout.title.catalogueNumber;
  const next = {
    code,
    name: name ?? code,
    kind: existing?.kind ?? ('fonds' as const),
    status: existing?.status ?? ('closed' as const),
    unitId: options.unit?.unitId ?? existing?.unitId ?? null,
    fields: existing?.fields ?? {},
    legacy,
    createdAt: existing?.createdAt ?? options.now,
    updatedAt: options.now,
  };
  const change = !existing
    ? 'created'
    : existing.name === next.name && existing.unitId === next.unitId && JSON.stringify(existing.legacy) === JSON.stringify(legacy)
      ? 'unchanged'
      : 'updated';
  if (options.write && change !== 'unchanged') await cat.records.putFonds(next);
  state.count('fonds', change);
}
