/*
 * Reading-room requests (khai thác trực tuyến): a reader asks for the content of a level-02 record
 * with a purpose, an archivist of the record's unit approves or refuses with a reason. The rules
 * live in the server's reading-requests use case; this is what the catalogue keeps.
 */

/** Stored states. `expired` is not stored: an approval is expired once `expiresAt` has passed. */
export const READING_REQUEST_STATES = ['pending', 'approved', 'refused', 'expired'] as const;
export type ReadingRequestState = (typeof READING_REQUEST_STATES)[number];
export type StoredReadingRequestState = Exclude<ReadingRequestState, 'expired'>;

export const READING_REQUEST_STATE_LABELS: Record<ReadingRequestState, { vi: string; en: string }> = {
  pending: { vi: 'Chờ duyệt', en: 'Pending' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  refused: { vi: 'Bị từ chối', en: 'Refused' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
};

export type ReadingRecordKind = 'file' | 'document';

export interface ReadingRequest {
  id: string;
  recordKind: ReadingRecordKind;
  /** The file code, or the document id. */
  recordCode: string;
  /** The file the record belongs to (the file itself for a file request). */
  fileCode: string;
  title: string;
  /** The unit of the record's fonds when asked (whose archivists decide); null when none. */
  unitId: string | null;
  requesterId: string;
  requesterName: string;
  purpose: string;
  state: StoredReadingRequestState;
  createdAt: string;
  decidedAt: string | null;
  deciderId: string | null;
  deciderName: string | null;
  reason: string | null;
  /** Until when an approval holds (ISO, +07:00); null unless approved. */
  expiresAt: string | null;
}

export interface ReadingRequestFilter {
  requesterId?: string;
  /** Only requests of these units (a decider's scope); omitted: every unit. */
  unitIds?: readonly string[];
  /** `approved` means approved and not yet expired at `now`; `expired` approved and expired at `now`. */
  state?: ReadingRequestState;
  /** The clock's time, needed to tell `approved` from `expired`. */
  now: string;
  recordKind?: ReadingRecordKind;
  recordCode?: string;
  fileCode?: string;
  limit?: number;
  offset?: number;
}

/** `catalogue.readingRequests`: joins the catalogue's transactions. */
export interface ReadingRequestRepository {
  /** Insert or replace by id. */
  put(request: ReadingRequest): Promise<void>;
  get(id: string): Promise<ReadingRequest | undefined>;
  /** Newest first (ties by id). */
  list(filter: ReadingRequestFilter): Promise<ReadingRequest[]>;
  count(filter: Omit<ReadingRequestFilter, 'limit' | 'offset'>): Promise<number>;
}

/** The state a person sees at `now`. */
export function readingRequestState(request: Pick<ReadingRequest, 'state' | 'expiresAt'>, now: string): ReadingRequestState {
  return request.state === 'approved' && request.expiresAt !== null && request.expiresAt <= now ? 'expired' : request.state;
}
