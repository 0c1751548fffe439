import {
  displayUnitDate,
  isoVietnam,
  SUCCESSION_KIND_LABELS,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
  type UnitVersion,
} from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError, notFoundError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { parse } from '../args.js';
import { optionDate } from '../dates.js';
import { closest, didYouMean } from '../help.js';
import { table, type Output } from '../output.js';

/**
 * `duphong unit list|show`: the ids other commands take (`backup-list create --unit`, catalogue
 * imports) with the names people know, so `province-2025-lao-cai` can be found from "Lào Cai".
 */
export async function runUnit(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  return sub === 'show' ? unitShow(rest, out) : unitList(rest, out);
}

function kindOf(value: string | undefined): UnitKind | undefined {
  if (value === undefined) return undefined;
  if ((UNIT_KINDS as readonly string[]).includes(value)) return value as UnitKind;
  const hint = closest(value, UNIT_KINDS);
  throw requestError(
    'DP-USAGE',
    `--kind phải là một trong: ${UNIT_KINDS.join(', ')} (nhận "${value}").${didYouMean(hint, 'vi')}`,
    `--kind must be one of: ${UNIT_KINDS.join(', ')} (got "${value}").${didYouMean(hint, 'en')}`,
  );
}

const period = (v: UnitVersion): string => `${displayUnitDate(v.validFrom)} – ${v.validTo ? displayUnitDate(v.validTo) : '…'}`;

async function unitList(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, { at: { type: 'string' }, kind: { type: 'string' }, all: { type: 'boolean', default: false } });
  const kind = kindOf(values.kind);
  const asked = values.at !== undefined ? optionDate(values.at, 'at') : undefined;
  const ctx = await openContext(resolveHome(values.home));
  try {
    const at = asked ?? isoVietnam(ctx.clock.now()).slice(0, 10);
    const rows = values.all
      ? await everyUnit(ctx.catalogue.units.listUnits(), ctx.catalogue.units.listVersions(), kind)
      : (await ctx.catalogue.units.listAt(at, kind ? { kind } : undefined)).map(({ unit, version }) => ({ unit, version }));
    out.result({
      at: values.all ? null : at,
      units: rows.map(({ unit, version }) => ({
        id: unit.id,
        kind: unit.kind,
        name: version.name,
        adminCode: version.adminCode,
        agencyCode: version.agencyCode,
        parentId: version.parentId,
        validFrom: version.validFrom,
        validTo: version.validTo,
      })),
    });
    const head = out.lang === 'en' ? ['id', 'name', 'kind', 'code', 'valid'] : ['mã đơn vị', 'tên', 'loại', 'mã hành chính', 'hiệu lực'];
    const lines = [
      head,
      ...rows.map(({ unit, version }) => [
        unit.id,
        version.name,
        UNIT_KIND_LABELS[unit.kind][out.lang],
        version.adminCode ?? '',
        period(version),
      ]),
    ];
    const when = values.all ? '' : displayUnitDate(at);
    out.say(
      `${rows.length} đơn vị${when && ` có hiệu lực ngày ${when}`}\n${table(lines)}`,
      `${rows.length} units${when && ` in force on ${when}`}\n${table(lines)}`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}

/** Every unit with its latest version (merged and dissolved ones too), by id. */
async function everyUnit(units: Promise<{ id: string; kind: UnitKind }[]>, versions: Promise<UnitVersion[]>, kind: UnitKind | undefined) {
  const latest = new Map<string, UnitVersion>();
  for (const v of await versions) latest.set(v.unitId, v); // oldest first: the last one wins
  return (await units)
    .filter((u) => (kind === undefined || u.kind === kind) && latest.has(u.id))
    .map((unit) => ({ unit, version: latest.get(unit.id)! }));
}

async function unitShow(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {});
  const id = positionals[0]?.trim().toLowerCase();
  if (!id) throw requestError('DP-USAGE', 'Thiếu mã đơn vị: duphong unit show MÃ-ĐƠN-VỊ', 'Missing unit id: duphong unit show UNIT-ID');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const unit = await ctx.catalogue.units.getUnit(id);
    if (!unit)
      throw notFoundError(
        'DP-UNIT-UNKNOWN',
        `Không có đơn vị "${id}". Xem mã các đơn vị bằng "duphong unit list" (hoặc --all).`,
        `No unit "${id}". List unit ids with "duphong unit list" (or --all).`,
      );
    const [history, successions] = await Promise.all([
      ctx.catalogue.units.history(id),
      ctx.catalogue.units.listSuccessions({ unitId: id }),
    ]);
    out.result({ unit, history, successions });
    const head = out.lang === 'en' ? ['valid', 'name', 'code', 'parent'] : ['hiệu lực', 'tên', 'mã hành chính', 'cấp trên'];
    const lines = [head, ...history.map((v) => [period(v), v.name, v.adminCode ?? '', v.parentId ?? ''])];
    out.say(
      `Đơn vị ${unit.id} (${UNIT_KIND_LABELS[unit.kind].vi})\n${table(lines)}`,
      `Unit ${unit.id} (${UNIT_KIND_LABELS[unit.kind].en})\n${table(lines)}`,
    );
    for (const s of successions)
      out.say(
        `  ${displayUnitDate(s.date)} ${SUCCESSION_KIND_LABELS[s.kind].vi}: ${s.from.join(', ')} → ${s.to.join(', ')}`,
        `  ${displayUnitDate(s.date)} ${SUCCESSION_KIND_LABELS[s.kind].en}: ${s.from.join(', ')} → ${s.to.join(', ')}`,
      );
    return 0;
  } finally {
    await ctx.close();
  }
}
