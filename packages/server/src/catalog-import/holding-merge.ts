import type { Holding } from '@duphong/core';
import type { Change } from './record-merge.js';

/**
 * The holding a mục lục's “Hộp số” column writes: one per file, under a fixed id so re-importing
 * the sheet updates it instead of adding another. Other holdings (a fonds' shelves, entered in the
 * web UI) are never touched by the import.
 */
export const fileHoldingId = (fileCode: string): string => `file:${fileCode}`;

/**
 * The sheet's box laid over the file's holding: the column decides the box (an empty cell clears
 * it), everything else the holding says (store, shelf, medium, condition) is kept. An empty cell
 * and no holding: nothing to do (undefined).
 */
export function mergeBoxHolding(
  existing: Holding | undefined,
  file: { code: string; fondsCode: string | null },
  box: string,
  now: string,
): { holding?: Holding; change: Change } | undefined {
  const value = box === '' ? null : box;
  if (!existing && value === null) return undefined;
  const fondsCode = file.fondsCode ?? existing?.fondsCode ?? '';
  if (existing && existing.box === value && existing.fondsCode === fondsCode && existing.fileCode === file.code)
    return { change: 'unchanged' };
  const holding: Holding = {
    id: fileHoldingId(file.code),
    fondsCode,
    fileCode: file.code,
    // a box in a mục lục hồ sơ holds paper: the medium is only a default for a new holding
    medium: existing?.medium ?? 'paper',
    shelfMetres: existing?.shelfMetres ?? null,
    store: existing?.store ?? null,
    shelf: existing?.shelf ?? null,
    box: value,
    condition: existing?.condition ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  return { holding, change: existing ? 'updated' : 'created' };
}
