import { isoVietnam } from '../time.js';

/*
 * Digitisation batches (số hóa, TT05 Art. 8; DOMAIN.md §6): a work order drawn from an approved
 * backup list, or from chosen files, of one unit. The batch moves through its states as its
 * documents do; the rules of those moves live here, the use cases only keep what they decided.
 */

export const BATCH_STATES = ['planned', 'receiving', 'checking', 'converting', 'packaging', 'stored', 'rejected'] as const;
export type BatchState = (typeof BATCH_STATES)[number];

export const BATCH_STATE_LABELS: Record<BatchState, { vi: string; en: string }> = {
  planned: { vi: 'Đã lập kế hoạch', en: 'Planned' },
  receiving: { vi: 'Đang nhận bản quét', en: 'Receiving scans' },
  checking: { vi: 'Đang kiểm tra chất lượng', en: 'Quality control' },
  converting: { vi: 'Đang chuyển PDF/A và nhận dạng chữ', en: 'Converting to PDF/A with OCR' },
  packaging: { vi: 'Đang đóng gói và lưu bản sao', en: 'Packaging and copying' },
  stored: { vi: 'Đã lưu bản sao dự phòng', en: 'Backup copies stored' },
  rejected: { vi: 'Bị từ chối', en: 'Rejected' },
};

/**
 * A document of a batch, from the moment a scan of it arrives:
 * received → (checked) accepted | review | rejected; review → accepted | rejected by a person;
 * accepted → converted (PDF/A with OCR made and read back) → stored (in the backup copy).
 */
export const DOCUMENT_STATES = ['received', 'review', 'accepted', 'rejected', 'converted', 'stored'] as const;
export type DigitisedDocumentState = (typeof DOCUMENT_STATES)[number];

export const DOCUMENT_STATE_LABELS: Record<DigitisedDocumentState, { vi: string; en: string }> = {
  received: { vi: 'Đã nhận', en: 'Received' },
  review: { vi: 'Chờ xem xét', en: 'Awaiting review' },
  accepted: { vi: 'Đạt', en: 'Accepted' },
  rejected: { vi: 'Không đạt', en: 'Rejected' },
  converted: { vi: 'Đã chuyển PDF/A', en: 'Converted' },
  stored: { vi: 'Đã lưu', en: 'Stored' },
};

/** A file the batch is to digitise, with what the catalogue expects of it. */
export interface BatchFile {
  fileCode: string;
  title: string;
  /** `numberOfPage` of the catalogue, when known. */
  expectedPages: number | null;
}

export interface DigitisationBatch {
  id: string;
  name: string;
  unitId: string;
  /** The approved backup list it was drawn from; null for chosen files. */
  listId: string | null;
  state: BatchState;
  files: BatchFile[];
  /** Who scans, with what equipment, by when (DD/MM/YYYY is for people; stored ISO date). */
  operator: string;
  equipment: string;
  dueDate: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** When conversion of its current run began and how many pages were converted before: for the ETA. */
  runStartedAt: string | null;
  runStartPages: number;
  note: string;
  /** When a person closed it (no more scans, runs or decisions); null while it is open. */
  closedAt: string | null;
}

/** A finding on a scanned document or page (codes DP-SCAN-…, DP-PDF-…, DP-OCR-…). */
export interface DigitisationFinding {
  code: string;
  severity: 'error' | 'warning';
  vi: string;
  en: string;
  page?: number;
  name?: string;
}

export interface DigitisedPage {
  page: number;
  /** The scan file (and page within it) the page came from. */
  source: string;
  confidence: number | null;
}

export interface DigitisedDocument {
  batchId: string;
  fileCode: string;
  ordinal: number;
  state: DigitisedDocumentState;
  /** Scan files received for it, in page order (names as received, NFC). */
  sources: string[];
  pages: number;
  findings: DigitisationFinding[];
  /** Per page: OCR confidence once converted. */
  pageInfo: DigitisedPage[];
  /** The PDF/A made (its SHA-256), once converted. */
  pdfSha256: string | null;
  /** Kept as is: an existing PDF/A or a signed PDF is never re-encoded; photographs and recordings never are. */
  keptAsIs: boolean;
  /** What the backup copy describes it as: a document (EAD_doc), a photograph (EAD_pic), a recording (EAD_media). */
  kind: 'doc' | 'pic' | 'media';
  /** Description fields measured from the file (playTime, quality, filmSize, typeMedia …). */
  facts: Record<string, string>;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  updatedAt: string;
}

/** A batch still under way: not closed by a person, not ended (stored or rejected). */
export function isUnderWay(batch: Pick<DigitisationBatch, 'state' | 'closedAt'>): boolean {
  return batch.closedAt === null && batch.state !== 'stored' && batch.state !== 'rejected';
}

export function docCodeOf(fileCode: string, ordinal: number): string {
  return `${fileCode}.${String(ordinal).padStart(7, '0')}`;
}

export interface BatchProgress {
  documents: number;
  pages: number;
  byState: Record<DigitisedDocumentState, number>;
  /** Pages of documents converted or stored. */
  pagesConverted: number;
  /** Pages a run will still convert (received or accepted; not those waiting for a person). */
  pagesRemaining: number;
  /** 0..1 of the documents that have reached an end (stored or rejected). */
  fraction: number;
  /** Expected end of conversion (ISO), from this run's pace; null before any page was converted in it. */
  eta: string | null;
}

/** The progress a person sees: counts per state, pages, and an ETA from the current run's pace. */
export function batchProgress(
  batch: Pick<DigitisationBatch, 'runStartedAt' | 'runStartPages'>,
  documents: readonly Pick<DigitisedDocument, 'state' | 'pages'>[],
  now: Date,
): BatchProgress {
  const byState = Object.fromEntries(DOCUMENT_STATES.map((s) => [s, 0])) as Record<DigitisedDocumentState, number>;
  let pages = 0;
  let pagesConverted = 0;
  let pagesRemaining = 0;
  for (const d of documents) {
    byState[d.state] += 1;
    pages += d.pages;
    if (d.state === 'converted' || d.state === 'stored') pagesConverted += d.pages;
    // What a run will convert on its own: a document waiting for a person is not counted until decided.
    else if (d.state === 'received' || d.state === 'accepted') pagesRemaining += d.pages;
  }
  const ended = byState.stored + byState.rejected;
  let eta: string | null = null;
  const done = pagesConverted - batch.runStartPages;
  if (batch.runStartedAt !== null && done > 0 && pagesRemaining > 0) {
    const elapsed = now.getTime() - Date.parse(batch.runStartedAt);
    if (elapsed > 0) eta = isoVietnam(new Date(now.getTime() + (elapsed / done) * pagesRemaining));
  }
  return {
    documents: documents.length,
    pages,
    byState,
    pagesConverted,
    pagesRemaining,
    fraction: documents.length === 0 ? 0 : ended / documents.length,
    eta,
  };
}

/**
 * The batch's state from its documents: nothing received yet → planned (or receiving once scans
 * started to arrive); any still to check → checking; any accepted to convert → converting; all
 * converted or ended, some converted → packaging; every document stored or rejected → stored, or
 * rejected when none was stored. Waiting for review keeps the batch in checking.
 */
export function batchStateOf(current: BatchState, documents: readonly Pick<DigitisedDocument, 'state'>[]): BatchState {
  if (documents.length === 0) return current === 'planned' ? 'planned' : 'receiving';
  const has = (s: DigitisedDocumentState) => documents.some((d) => d.state === s);
  if (has('received') || has('review')) return 'checking';
  if (has('accepted')) return 'converting';
  if (has('converted')) return 'packaging';
  return has('stored') ? 'stored' : 'rejected';
}
