import { READER_LEVELS, SEARCH_MAX_LIMIT, type SearchResult } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { parseModes, parseSearchFilters } from '../../usecases/search.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

/**
 * `duphong search QUERY [--limit N] [--offset N] [--fonds C] [--unit U] [--year Y|Y1-Y2] [--type 02,22]
 * [--medium M] [--mode 01,02] [--backup ok,damaged] [--kind file|document] [--levels 01,02]`
 * --json: {total, hits:[{kind, code, title, fileCode?, fondsCode, year, mode, score, highlight?}], facets}.
 * Until accounts exist the CLI runs as the archive's staff (every level); `--levels` narrows that,
 * e.g. to check what the public would see.
 */
export async function runSearch(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    limit: { type: 'string' },
    offset: { type: 'string' },
    kind: { type: 'string' },
    unit: { type: 'string' },
    fonds: { type: 'string' },
    year: { type: 'string' },
    type: { type: 'string' },
    medium: { type: 'string' },
    mode: { type: 'string' },
    backup: { type: 'string' },
    levels: { type: 'string' },
  });
  const query = positionals.join(' ');
  const count = (name: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > (name === 'limit' ? SEARCH_MAX_LIMIT : Number.MAX_SAFE_INTEGER))
      throw requestError('DP-USAGE', `--${name} không hợp lệ: "${value}"`, `Invalid --${name}: "${value}"`);
    return n;
  };
  const limit = count('limit', values.limit, 20, 1);
  const offset = count('offset', values.offset, 0, 0);
  const filters = parseSearchFilters(values);
  const allowedModes = values.levels !== undefined ? parseModes(values.levels, 'levels') : [...READER_LEVELS.staff];
  const ctx = await openContext(resolveHome(values.home));
  try {
    const result = await ctx.catalogue.search.search(query, { filters, allowedModes, limit, offset });
    out.result(result);
    out.say(human(result, offset, 'vi'), human(result, offset, 'en'));
    return 0;
  } finally {
    await ctx.close();
  }
}

/** The human text of a search result (also the remote CLI's, cli/remote/). */
export function human(result: SearchResult, offset: number, lang: 'vi' | 'en'): string {
  if (result.total === 0) return lang === 'en' ? 'No results.' : 'Không có kết quả.';
  const shown = result.hits.length === 0 ? '' : ` ${offset + 1}–${offset + result.hits.length}`;
  const head =
    lang === 'en' ? `${result.total} results${shown && `, showing${shown}`}` : `${result.total} kết quả${shown && `, hiển thị${shown}`}`;
  const kind = (k: string): string => (lang === 'en' ? k : k === 'file' ? 'hồ sơ' : 'tài liệu');
  const rows = [lang === 'en' ? ['kind', 'code', 'level', 'title'] : ['loại', 'mã', 'mức', 'tiêu đề']];
  for (const h of result.hits) rows.push([kind(h.kind), h.code, h.mode, h.title.length > 90 ? `${h.title.slice(0, 89)}…` : h.title]);
  const facet = (name: string, list: Array<{ value: string; count: number }>): string =>
    `${name}: ${list
      .slice(0, 8)
      .map((f) => `${f.value} (${f.count})`)
      .join(', ')}`;
  const facets = [
    facet(lang === 'en' ? 'fonds' : 'phông', result.facets.fonds),
    facet(lang === 'en' ? 'year' : 'năm', result.facets.year),
    facet(lang === 'en' ? 'level' : 'mức', result.facets.mode),
    facet(lang === 'en' ? 'backup' : 'dự phòng', result.facets.backup),
  ];
  return `${head}\n${table(rows)}\n\n${facets.join('\n')}`;
}
