import type { BatchState, DigitisationBatch, DigitisedDocument, DigitisedDocumentState } from '../digitisation/batch.js';

export interface BatchFilter {
  /** Only batches of these units (a scoped user's); omitted: every unit. */
  unitIds?: readonly string[];
  listId?: string;
  state?: BatchState;
}

/** Digitised pages and documents stored in backup copies, for the yearly figures. */
export interface DigitisationFigures {
  batches: number;
  documentsStored: number;
  pagesStored: number;
  documentsRejected: number;
}

/**
 * Digitisation batches and their documents (migration 0012). `catalogue.digitisation` joins the
 * catalogue's transactions; the rules are core's `digitisation/batch.ts` and the server's use cases.
 */
export interface DigitisationRepository {
  /** Insert or replace by id. */
  putBatch(batch: DigitisationBatch): Promise<void>;
  getBatch(id: string): Promise<DigitisationBatch | undefined>;
  /** Newest first. */
  listBatches(filter?: BatchFilter): Promise<DigitisationBatch[]>;

  /** Insert or replace by (batch, file, ordinal). */
  putDocument(document: DigitisedDocument): Promise<void>;
  getDocument(batchId: string, fileCode: string, ordinal: number): Promise<DigitisedDocument | undefined>;
  /** By file code, then ordinal. */
  listDocuments(batchId: string, filter?: { state?: DigitisedDocumentState; fileCode?: string }): Promise<DigitisedDocument[]>;
  /** Documents waiting for a person, of these units' batches (omitted: all), oldest change first. */
  listReview(filter?: { unitIds?: readonly string[] }): Promise<Array<DigitisedDocument & { unitId: string; batchName: string }>>;
  /** Figures over batches of these units (omitted: all) whose documents were stored in [from, to). */
  figures(filter?: { unitIds?: readonly string[]; from?: string; to?: string }): Promise<DigitisationFigures>;
}
