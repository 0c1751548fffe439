import { randomUUID } from 'node:crypto';
import {
  decide,
  effectiveDocumentMode,
  effectiveFileMode,
  inScope,
  isoVietnam,
  levelsOf,
  readingRequestState,
  type AccessMode,
  type Catalogue,
  type Clock,
  type Principal,
  type ReadingRecordKind,
  type ReadingRequest,
  type ReadingRequestState,
} from '@duphong/core';
import { conflictError, notFoundError, requestError } from '../errors.js';
import { oneAtATime } from './one-at-a-time.js';

/*
 * THE READING ROOM (khai thác trực tuyến): a reader asks for the content of a level-02 record with
 * a purpose; an archivist whose units include the record's fonds approves or refuses with a
 * reason; an approval holds APPROVAL_DAYS from the decision (then it reads "expired"). Level 01
 * needs no request, level 03 is never opened to readers. A record the asker may not see (above
 * their levels, outside their units, or unknown) answers the same 404 as a code that does not
 * exist, so guessing codes learns nothing.
 */

export const APPROVAL_DAYS = 30;
export const PURPOSE_MIN = 10;
export const PURPOSE_MAX = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReadingPorts {
  catalogue: Catalogue;
  clock: Clock;
}

/** A request as people see it: the state at the clock's time (`expired` included). */
export type ReadingRequestView = Omit<ReadingRequest, 'state'> & { state: ReadingRequestState };

/** The record a request is about, as the asker may see it. */
export interface RequestedRecord {
  kind: ReadingRecordKind;
  code: string;
  fileCode: string;
  title: string;
  mode: AccessMode;
  unitId: string | null;
}

const unknownRecord = (kind: ReadingRecordKind, code: string) =>
  kind === 'file'
    ? notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`)
    : notFoundError('DP-DOCUMENT-UNKNOWN', `Không có tài liệu "${code}".`, `No document "${code}".`);
const unknownRequest = (id: string) =>
  notFoundError('DP-REQUEST-UNKNOWN', `Không có yêu cầu khai thác "${id}".`, `No reading request "${id}".`);

const now = (ports: ReadingPorts): string => isoVietnam(ports.clock.now());
const view = (r: ReadingRequest, at: string): ReadingRequestView => ({ ...r, state: readingRequestState(r, at) });
const mayDecide = (p: Principal): boolean => decide(p, 'requests.decide').allow;

/**
 * The record as `principal` may see it: its effective level and its fonds' unit. Unknown, above
 * the principal's levels or outside their units: DP-…-UNKNOWN (404).
 */
export async function requestedRecord(
  ports: ReadingPorts,
  principal: Principal,
  kind: ReadingRecordKind,
  code: string,
): Promise<RequestedRecord> {
  const records = ports.catalogue.records;
  const key = code.normalize('NFC').trim();
  const doc = kind === 'document' ? await records.getDocument(key) : undefined;
  if (kind === 'document' && !doc) throw unknownRecord(kind, key);
  const file = await records.getFile(doc ? doc.fileCode : key);
  if (!file) throw unknownRecord(kind, key);
  const mode = doc ? effectiveDocumentMode(doc.fields.mode, file.fields.mode) : effectiveFileMode(file.fields.mode);
  const fonds = file.fondsCode === null ? undefined : await records.getFonds(file.fondsCode);
  const unitId = fonds?.unitId ?? null;
  if (!levelsOf(principal).includes(mode) || !inScope(principal, unitId)) throw unknownRecord(kind, key);
  const title = doc ? doc.fields.subject || doc.fields.title || doc.id : file.title;
  return { kind, code: doc ? doc.id : file.code, fileCode: file.code, title: title ?? key, mode, unitId };
}

/** Ask for the content of a level-02 record (action `requests.create`). */
export async function createReadingRequest(
  ports: ReadingPorts,
  principal: Principal,
  input: { recordKind: ReadingRecordKind; recordCode: string; purpose: string },
): Promise<ReadingRequestView> {
  // One asker's requests are made one after another: "already asked" is checked, then written.
  return oneAtATime([`reading-request:${principal.userId}`], () => createOne(ports, principal, input));
}

async function createOne(
  ports: ReadingPorts,
  principal: Principal,
  input: { recordKind: ReadingRecordKind; recordCode: string; purpose: string },
): Promise<ReadingRequestView> {
  const record = await requestedRecord(ports, principal, input.recordKind, input.recordCode);
  if (record.mode === '01')
    throw requestError(
      'DP-REQUEST-NOT-NEEDED',
      `"${record.code}" có mức độ tiếp cận 01 (Công khai): được xem ngay, không cần yêu cầu khai thác.`,
      `"${record.code}" is public (level 01): it can be read right away, no request is needed.`,
    );
  if (record.mode === '03')
    throw requestError(
      'DP-REQUEST-SECRET',
      `"${record.code}" có mức độ tiếp cận 03 (Mật): không cho khai thác trực tuyến.`,
      `"${record.code}" is secret (level 03): it cannot be requested online.`,
    );
  const purpose = input.purpose.normalize('NFC').trim();
  if ([...purpose].length < PURPOSE_MIN || [...purpose].length > PURPOSE_MAX)
    throw requestError(
      'DP-REQUEST-PURPOSE',
      `Mục đích khai thác cần từ ${PURPOSE_MIN} đến ${PURPOSE_MAX} ký tự (hiện có ${[...purpose].length}).`,
      `The purpose needs ${PURPOSE_MIN} to ${PURPOSE_MAX} characters (it has ${[...purpose].length}).`,
    );
  const at = now(ports);
  const open = async (state: 'pending' | 'approved') =>
    ports.catalogue.readingRequests.count({
      now: at,
      requesterId: principal.userId,
      recordKind: record.kind,
      recordCode: record.code,
      state,
    });
  if ((await open('pending')) + (await open('approved')) > 0)
    throw conflictError(
      'DP-REQUEST-EXISTS',
      `Bạn đã có yêu cầu khai thác "${record.code}" đang chờ duyệt hoặc còn hiệu lực.`,
      `You already have a pending or valid request for "${record.code}".`,
    );
  const request: ReadingRequest = {
    id: randomUUID(),
    recordKind: record.kind,
    recordCode: record.code,
    fileCode: record.fileCode,
    title: record.title,
    unitId: record.unitId,
    requesterId: principal.userId,
    requesterName: principal.username,
    purpose,
    state: 'pending',
    createdAt: at,
    decidedAt: null,
    deciderId: null,
    deciderName: null,
    reason: null,
    expiresAt: null,
  };
  await ports.catalogue.readingRequests.put(request);
  return view(request, at);
}

/**
 * The requests a principal may see: a decider (`requests.decide`) those of their units, anyone
 * else their own. Newest first.
 */
export async function listReadingRequests(
  ports: ReadingPorts,
  principal: Principal,
  query: { state?: ReadingRequestState; mine?: boolean; limit?: number; offset?: number } = {},
): Promise<{ total: number; requests: ReadingRequestView[] }> {
  const at = now(ports);
  const deciding = mayDecide(principal) && query.mine !== true;
  const filter = {
    now: at,
    ...(query.state !== undefined && { state: query.state }),
    ...(!deciding && { requesterId: principal.userId }),
    ...(deciding && principal.units !== 'all' && { unitIds: [...principal.units] }),
  };
  const repo = ports.catalogue.readingRequests;
  const page = { ...(query.limit !== undefined && { limit: query.limit }), ...(query.offset !== undefined && { offset: query.offset }) };
  const [total, requests] = await Promise.all([repo.count(filter), repo.list({ ...filter, ...page })]);
  return { total, requests: requests.map((r) => view(r, at)) };
}

/** One request its requester or a decider of its unit may see; otherwise DP-REQUEST-UNKNOWN. */
export async function getReadingRequest(ports: ReadingPorts, principal: Principal, id: string): Promise<ReadingRequestView> {
  const r = await ports.catalogue.readingRequests.get(id);
  if (!r || !(r.requesterId === principal.userId || (mayDecide(principal) && inScope(principal, r.unitId)))) throw unknownRequest(id);
  return view(r, now(ports));
}

/** Approve or refuse a pending request of the decider's units (action `requests.decide`). */
export async function decideReadingRequest(
  ports: ReadingPorts,
  principal: Principal,
  id: string,
  decision: { approve: boolean; reason?: string | undefined },
): Promise<ReadingRequestView> {
  // Two deciders at once: the second sees the first's decision (DP-REQUEST-DECIDED), not a pending request.
  return oneAtATime([`reading-decision:${id}`], () => decideOne(ports, principal, id, decision));
}

async function decideOne(
  ports: ReadingPorts,
  principal: Principal,
  id: string,
  decision: { approve: boolean; reason?: string | undefined },
): Promise<ReadingRequestView> {
  const r = await ports.catalogue.readingRequests.get(id);
  if (!r || !mayDecide(principal) || !inScope(principal, r.unitId)) throw unknownRequest(id);
  if (r.requesterId === principal.userId)
    throw conflictError('DP-REQUEST-OWN', 'Không tự duyệt yêu cầu của chính mình.', 'You cannot decide your own request.');
  const at = now(ports);
  if (r.state !== 'pending')
    throw conflictError(
      'DP-REQUEST-DECIDED',
      `Yêu cầu đã được xử lý (${r.state === 'approved' ? 'đã duyệt' : 'bị từ chối'}) lúc ${r.decidedAt ?? ''}.`,
      `The request was already ${r.state} at ${r.decidedAt ?? ''}.`,
    );
  const reason = (decision.reason ?? '').normalize('NFC').trim();
  if (!decision.approve && reason === '')
    throw requestError('DP-REQUEST-REASON', 'Cần ghi lý do khi từ chối yêu cầu khai thác.', 'Give a reason when refusing a request.');
  if (reason.length > PURPOSE_MAX)
    throw requestError('DP-REQUEST-REASON', `Lý do tối đa ${PURPOSE_MAX} ký tự.`, `The reason has at most ${PURPOSE_MAX} characters.`);
  const decided: ReadingRequest = {
    ...r,
    state: decision.approve ? 'approved' : 'refused',
    decidedAt: at,
    deciderId: principal.userId,
    deciderName: principal.username,
    reason: reason === '' ? null : reason,
    expiresAt: decision.approve ? isoVietnam(new Date(ports.clock.now().getTime() + APPROVAL_DAYS * DAY_MS)) : null,
  };
  await ports.catalogue.readingRequests.put(decided);
  return view(decided, at);
}

/**
 * Whether `principal` holds a valid approval to read the content of file `fileCode` — or, with
 * `documentId`, of that document (an approval of its whole file counts too). What the content
 * endpoints pass to core `mayReadContent` as `approved`.
 */
export async function approvedFor(ports: ReadingPorts, principal: Principal, fileCode: string, documentId?: string): Promise<boolean> {
  const approved = await ports.catalogue.readingRequests.list({
    now: now(ports),
    requesterId: principal.userId,
    fileCode: fileCode.normalize('NFC').trim(),
    state: 'approved',
  });
  return approved.some((r) => r.recordKind === 'file' || (documentId !== undefined && r.recordCode === documentId.normalize('NFC').trim()));
}
