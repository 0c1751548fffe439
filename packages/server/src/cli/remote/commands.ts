import { SEARCH_MAX_LIMIT, type CopiesReport, type SearchResult } from '@duphong/core';
import { requestError } from '../../errors.js';
import type { SiteSummary } from '../../usecases/sites.js';
import { parse } from '../args.js';
import { renderCopies } from '../commands/copies.js';
import { renderSites } from '../commands/site.js';
import { human as renderSearch } from '../commands/search.js';
import type { Output } from '../output.js';
import type { RemoteClient } from './client.js';

/*
 * The remote forms of the read commands: the same flags, the same --json document and the same
 * human text as the local command (its render function), the data from the HTTP API.
 */

const SEARCH_FILTERS = ['kind', 'unit', 'fonds', 'year', 'type', 'medium', 'mode', 'backup'] as const;

export async function remoteSearch(client: RemoteClient, args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    limit: { type: 'string' },
    offset: { type: 'string' },
    levels: { type: 'string' },
    ...Object.fromEntries(SEARCH_FILTERS.map((f) => [f, { type: 'string' as const }])),
  });
  const filters = values as unknown as Record<string, string | undefined>;
  if (values.levels !== undefined)
    throw requestError(
      'DP-REMOTE-UNSUPPORTED',
      '--levels không dùng được với máy chủ từ xa: các mức truy cập bạn thấy do vai trò của tài khoản quyết định.',
      '--levels is not available against a server: the levels you see follow your account’s roles.',
    );
  const count = (name: 'limit' | 'offset', fallback: number, min: number): number => {
    const value = values[name];
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > (name === 'limit' ? SEARCH_MAX_LIMIT : Number.MAX_SAFE_INTEGER))
      throw requestError('DP-USAGE', `--${name} không hợp lệ: "${value}"`, `Invalid --${name}: "${value}"`);
    return n;
  };
  const limit = count('limit', 20, 1);
  const offset = count('offset', 0, 0);
  const query = { q: positionals.join(' '), limit, offset, ...Object.fromEntries(SEARCH_FILTERS.map((f) => [f, filters[f]])) };
  const answer = await client.get<SearchResult & { levels?: unknown }>('/api/search', query);
  // The local command's document: the API adds the levels it applied.
  const result: SearchResult = { total: answer.total, hits: answer.hits, facets: answer.facets };
  out.result(result);
  out.say(renderSearch(result, offset, 'vi'), renderSearch(result, offset, 'en'));
  return 0;
}

export async function remoteCopies(client: RemoteClient, args: string[], out: Output): Promise<number> {
  const { positionals } = parse(args, {});
  const code = positionals[0]?.normalize('NFC');
  if (!code) throw requestError('DP-USAGE', 'Thiếu mã hồ sơ: duphong copies CODE', 'Missing file code: duphong copies CODE');
  const report = await client.get<CopiesReport>(`/api/objects/${encodeURIComponent(code)}/copies`);
  out.result(report);
  out.say(renderCopies(report, 'vi'), renderCopies(report, 'en'));
  return 0;
}

export async function remoteSiteList(client: RemoteClient, args: string[], out: Output): Promise<number> {
  parse(args, {});
  const sites = await client.get<SiteSummary[]>('/api/sites');
  out.result(sites);
  out.say(renderSites(sites, 'vi'), renderSites(sites, 'en'));
  return 0;
}
