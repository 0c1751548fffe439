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

/** Whether `url` is the peer's address or below it (same origin, path under the peer's path). */
export function isUnderPeer(url: string, peerUrl: string): boolean {
  let u: URL;
  let base: URL;
  try {
    u = new URL(url);
    base = new URL(peerUrl);
  } catch {
    return false;
  }
  if (u.origin !== base.origin || u.username !== '' || u.password !== '') return false;
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return u.pathname === base.pathname || u.pathname.startsWith(prefix);
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
