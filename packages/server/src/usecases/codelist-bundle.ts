import { CODE_LIST_BUNDLE_FORMAT, bundleSequence } from '@duphong/core';
import type { CodeListBundle, CodeListBundleEntry, SignedEnvelope } from '@duphong/core';
import { peerById, type PeerConfig } from '../config/national-config.js';
import { requestError, unavailableError } from '../errors.js';
import type { Context } from '../ports/context.js';

/*
 * Publishing shared code lists (decision 0029). An instance without an upstream (the centre) publishes
 * every list it holds: it is the authority. An instance with an upstream relays only the lists that
 * came from it — its local lists are its own business. The bundle is signed with this instance's key.
 */

export async function buildCodeListBundle(ctx: Context): Promise<SignedEnvelope<CodeListBundle>> {
  const lists = ctx.catalogue.codeLists;
  const relaying = ctx.config.national.upstream !== undefined;
  const shared = relaying ? new Set((await ctx.catalogue.codeListSync.origins()).map((o) => o.listId)) : undefined;
  const entries: CodeListBundleEntry[] = [];
  for (const summary of await lists.listCodeLists()) {
    if (!summary.latest || (shared && !shared.has(summary.list.id))) continue;
    entries.push({ list: summary.list, versions: await lists.history(summary.list.id) });
  }
  const bundle: CodeListBundle = {
    format: CODE_LIST_BUNDLE_FORMAT,
    publisher: ctx.identity.instanceId,
    sequence: bundleSequence(entries),
    lists: entries,
  };
  return ctx.identity.sign('duphong/codelist-bundle/1', bundle);
}

/** The configured upstream (national.upstream), or a clear refusal when this instance has none. */
export function upstreamPeer(ctx: Context): PeerConfig {
  const id = ctx.config.national.upstream;
  const peer = id === undefined ? undefined : peerById(ctx.config.national, id);
  if (!peer)
    throw requestError(
      'DP-CODELIST-NO-UPSTREAM',
      'Hệ thống này chưa khai báo hệ thống cấp trên (national.upstream trong cấu hình, xem docs/national.md).',
      'This instance has no upstream configured (national.upstream, see docs/national.md).',
    );
  return peer;
}

/**
 * A JSON request to a peer with the token this instance holds there. A peer that cannot be reached
 * or answers 5xx is "not possible right now" (exit 4, retried later); a refusal (4xx) is a request
 * problem the operator must fix (token, account, rights).
 */
export async function callPeer(peer: PeerConfig, path: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const where = `${peer.name ?? peer.id} (${peer.url})`;
  let response: Response;
  try {
    response = await fetch(new URL(path, peer.url), {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(peer.token !== undefined && { authorization: `Bearer ${peer.token}` }),
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw unavailableError(
      'DP-PEER-UNREACHABLE',
      `Không kết nối được ${where}; sẽ thử lại sau.`,
      `Cannot reach ${where}; will retry later.`,
      {
        cause: error,
      },
    );
  }
  const text = await response.text();
  if (response.status >= 500)
    throw unavailableError(
      'DP-PEER-UNREACHABLE',
      `${where} trả lời lỗi ${response.status}; sẽ thử lại sau.`,
      `${where} answered ${response.status}; will retry later.`,
    );
  if (!response.ok) {
    let code = '';
    try {
      code = String((JSON.parse(text) as { code?: unknown }).code ?? '');
    } catch {
      // not JSON: the status says enough
    }
    throw requestError(
      'DP-PEER-REFUSED',
      `${where} từ chối yêu cầu ${path}: ${response.status} ${code}. Kiểm tra mã truy cập (token) và quyền của tài khoản trên hệ thống đó.`,
      `${where} refused ${path}: ${response.status} ${code}. Check the token and the account's rights there.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw requestError('DP-PEER-MALFORMED', `${where} trả về dữ liệu không phải JSON.`, `${where} answered something that is not JSON.`);
  }
}
