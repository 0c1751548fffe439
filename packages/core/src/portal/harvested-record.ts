import type { Finding } from '../findings.js';
import type { PortalRecord } from '../ports/portal.js';
import type { AccessMode } from '../search/model.js';
import type { OaiRecord } from './oai-page.js';

/*
 * From an OAI-PMH record of a peer to the portal's record (decision 0027, the shared record
 * contract in docs/oai-pmh.md). A peer speaks only for itself: an identifier that is not
 * `oai:{peer id}:…`, or a record page outside the peer's own address, is refused — a province
 * cannot publish records in another's name, nor send readers to a third-party site.
 */
export interface HarvestPeer {
  id: string;
  name?: string | undefined;
  url: string;
  unit?: string | undefined;
}

export type Harvested =
  { kind: 'record'; record: PortalRecord } | { kind: 'deleted'; oaiId: string } | { kind: 'refused'; finding: Finding };

const ACCESS_URN = 'urn:duphong:access:';
const DATESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/;

const refuse = (code: string, message: string, path: string): Harvested => ({
  kind: 'refused',
  finding: { code, severity: 'error', message, path },
});

/**
 * An http(s) address split into origin and path, or undefined: no user info, no dot segments
 * (encoded or not), nothing a browser would resolve elsewhere. Core has no URL class (no DOM or
 * Node typings); the grammar here is deliberately narrower than WHATWG's.
 */
function parseHttpUrl(url: string): { origin: string; path: string } | undefined {
  const m = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(\/[^?#\s\\]*)?(?:[?#][^\s]*)?$/i.exec(url);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const port = m[3] === undefined || Number(m[3]) === (scheme === 'https' ? 443 : 80) ? '' : `:${Number(m[3])}`;
  const path = m[4] ?? '/';
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path)) return undefined;
  return { origin: `${scheme}://${m[2]!.toLowerCase()}${port}`, path };
}

/** Whether `url` is the peer's address or below it (same origin, path under the peer's path). */
export function isUnderPeer(url: string, peerUrl: string): boolean {
  const u = parseHttpUrl(url);
  const base = parseHttpUrl(peerUrl);
  if (!u || !base || u.origin !== base.origin) return false;
  const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
  return u.path === base.path || u.path.startsWith(prefix);
}

export function harvestedRecord(peer: HarvestPeer, r: OaiRecord): Harvested {
  const id = r.header.identifier;
  const prefix = `oai:${peer.id}:`;
  if (!id.startsWith(prefix) || id.length === prefix.length)
    return refuse('DP-HARVEST-FOREIGN-ID', `Mã định danh "${id}" không thuộc hệ thống "${peer.id}" (phải là ${prefix}…)`, id);
  if (!DATESTAMP.test(r.header.datestamp))
    return refuse('DP-HARVEST-RESPONSE', `Ngày giờ "${r.header.datestamp}" không đúng định dạng OAI-PMH`, id);
  if (r.header.deleted) return { kind: 'deleted', oaiId: id };
  const dc = r.dc;
  if (!dc) return refuse('DP-HARVEST-INCOMPLETE', 'Bản ghi không có siêu dữ liệu oai_dc', id);
  let tail: string;
  try {
    tail = decodeURIComponent(id.slice(prefix.length));
  } catch {
    return refuse('DP-HARVEST-FOREIGN-ID', `Mã định danh "${id}" mã hoá sai`, id);
  }
  const identifiers = dc.identifier ?? [];
  const fileCode = identifiers[0] ?? tail;
  const url = identifiers[1];
  const title = dc.title?.[0];
  if (!title || !url)
    return refuse('DP-HARVEST-INCOMPLETE', 'Bản ghi thiếu tiêu đề (dc:title) hoặc địa chỉ trang hồ sơ (dc:identifier thứ hai)', id);
  if (!isUnderPeer(url, peer.url))
    return refuse('DP-HARVEST-FOREIGN-URL', `Địa chỉ trang hồ sơ "${url}" không thuộc hệ thống "${peer.id}" (${peer.url})`, id);
  const fonds = (dc.relation ?? []).find((v) => v.startsWith('fonds:'))?.slice('fonds:'.length) ?? null;
  return {
    kind: 'record',
    record: {
      peerId: peer.id,
      oaiId: id,
      fileCode,
      title,
      dates: dc.date?.[0] ?? null,
      fondsCode: fonds === '' ? null : fonds,
      fondsName: dc.source?.[0] ?? null,
      unit: peer.unit ?? null,
      province: peer.name ?? dc.publisher?.[0] ?? peer.id,
      access: accessOf(dc.rights ?? []),
      url,
      datestamp: r.header.datestamp,
    },
  };
}

/** `urn:duphong:access:01` → 01; a missing or unknown level counts as secret (03), as everywhere. */
function accessOf(rights: readonly string[]): AccessMode {
  const level = rights.find((r) => r.startsWith(ACCESS_URN))?.slice(ACCESS_URN.length);
  return level === '01' || level === '02' ? level : '03';
}
