/**
 * Shared code lists (danh mục dùng chung) as versioned data. The central authority publishes
 * versions; installations keep copies that are synchronised one way, downwards, and compared by
 * digest. A published version is never edited: a change is a new version.
 */

/** One list, e.g. `typeName` (Tên loại tài liệu). Its items live in its versions. */
export interface SharedCodeList {
  /** Stable identifier, the TT05 field name where there is one (`typeName`, `language` …). */
  id: string;
  nameVi: string;
  nameEn: string;
  /** The legal text that defines the list, e.g. "TT 05/2025/TT-BNV". */
  authority: string;
  /** Where the items were taken from, and how sure we are of them. */
  source: string;
}

export interface CodeListItem {
  /** A string with its leading zeros ("02"), compared exactly. */
  code: string;
  labelVi: string;
  labelEn?: string;
  /** Kept so old records still resolve, but not offered for new descriptions. */
  deprecated?: boolean;
  note?: string;
}

/** What a publisher supplies; the digest is computed from it (see `publishVersion`). */
export interface CodeListVersionDraft {
  listId: string;
  /** 1, 2, 3 … without gaps. */
  version: number;
  /** Date the version takes effect, YYYY-MM-DD (Vietnam calendar). */
  validFrom: string;
  /** When it was published, ISO 8601 with +07:00. Not part of the digest. */
  publishedAt: string;
  items: CodeListItem[];
}

export interface CodeListVersion extends CodeListVersionDraft {
  /** SHA-256 (lower-case hex) of the canonical serialisation. */
  digest: string;
}

/** One line per list: what a lookup page or a sync check needs without the items. */
export interface CodeListSummary {
  list: SharedCodeList;
  /** The newest version, or null for a list registered without one. */
  latest: { version: number; validFrom: string; publishedAt: string; digest: string; items: number } | null;
}

/** The identity of a list's version that two installations compare. */
export interface CodeListDigestRef {
  listId: string;
  version: number;
  digest: string;
}

export const CODE_LIST_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
export const VALID_FROM_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
