/*
 * Microfilm (vi phim) as a backup copy: phase I of the archival insurance programme filmed
 * records onto reels; each reel's frames hold files and documents, and each physical copy of the
 * reel (the master negative and its duplicates) is kept somewhere, inspected, and in some
 * condition. These analogue copies count beside the digital ones. The rules are the server's
 * microfilm use case and `microfilm/checks.ts`; this is what the catalogue keeps.
 */

export const FILM_TYPES = ['35mm', '16mm'] as const;
export type FilmType = (typeof FILM_TYPES)[number];
export const FILM_TYPE_LABELS: Record<FilmType, { vi: string; en: string }> = {
  '35mm': { vi: 'Phim 35 mm', en: '35 mm film' },
  '16mm': { vi: 'Phim 16 mm', en: '16 mm film' },
};

/** Generation of a reel or of one of its copies. */
export const FILM_GENERATIONS = ['master', 'duplicate-negative', 'positive'] as const;
export type FilmGeneration = (typeof FILM_GENERATIONS)[number];
export const FILM_GENERATION_LABELS: Record<FilmGeneration, { vi: string; en: string }> = {
  master: { vi: 'Âm bản gốc (bản gốc)', en: 'Master negative' },
  'duplicate-negative': { vi: 'Âm bản sao', en: 'Duplicate negative' },
  positive: { vi: 'Dương bản', en: 'Positive' },
};

/** Physical condition, the TT05 `format` code list: 01 good · 02 normal · 03 damaged. */
export const FILM_CONDITIONS = ['01', '02', '03'] as const;
export type FilmCondition = (typeof FILM_CONDITIONS)[number];
export const FILM_CONDITION_LABELS: Record<FilmCondition, { vi: string; en: string }> = {
  '01': { vi: 'Tốt', en: 'Good' },
  '02': { vi: 'Bình thường', en: 'Normal' },
  '03': { vi: 'Hỏng', en: 'Damaged' },
};

/**
 * Signs found when a film copy is inspected. No official list is known (DOMAIN.md §11): these are
 * the usual deterioration signs of film; unknown codes are kept and shown as written.
 */
export const FILM_SIGNS = ['hoi-chung-giam', 'tray-xuoc', 'phai-mau', 'nam-moc', 'dinh-phim', 'cong-venh', 'dom-bac', 'rach-dut'] as const;
export type FilmSign = (typeof FILM_SIGNS)[number];
export const FILM_SIGN_LABELS: Record<FilmSign, { vi: string; en: string }> = {
  'hoi-chung-giam': { vi: 'Hội chứng giấm (mùi axit axetic)', en: 'Vinegar syndrome' },
  'tray-xuoc': { vi: 'Trầy xước', en: 'Scratches' },
  'phai-mau': { vi: 'Phai màu, mờ hình', en: 'Fading' },
  'nam-moc': { vi: 'Nấm mốc', en: 'Mould' },
  'dinh-phim': { vi: 'Dính phim', en: 'Blocking (film sticking)' },
  'cong-venh': { vi: 'Cong vênh, co ngót', en: 'Warping, shrinkage' },
  'dom-bac': { vi: 'Đốm bạc (gương bạc)', en: 'Silver mirroring' },
  'rach-dut': { vi: 'Rách, đứt phim', en: 'Tears, breaks' },
};

/** A reel of film: the master as it was filmed. */
export interface MicrofilmReel {
  id: string;
  /** The reel number as written on its box, e.g. `VP-15-0001`; unique. */
  code: string;
  /** The unit whose records it holds (whose staff may edit it); null: the whole instance. */
  unitId: string | null;
  filmType: FilmType;
  generation: FilmGeneration;
  /** Day it was filmed, `YYYY-MM-DD`: the year the reel counts in. */
  filmedDate: string;
  frameCount: number;
  /** e.g. `1:14`. */
  reductionRatio: string;
  /** e.g. `ISO 6199`. */
  standard: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** Frames `frameFrom`–`frameTo` (inclusive, from 1) of a reel hold a file, or one document of it. */
export interface FrameRange {
  reelId: string;
  fileCode: string;
  /** The document (docId) when the range holds one document; null for the whole file or a part of it. */
  documentId: string | null;
  frameFrom: number;
  frameTo: number;
}

/** One physical copy of a reel (the master negative itself, or a duplicate) and where it is kept. */
export interface FilmDuplicate {
  id: string;
  reelId: string;
  /** The copy's number, e.g. `VP-15-0001/B2`; unique within its reel. */
  code: string;
  generation: FilmGeneration;
  /** Store or site name where it is kept, e.g. `Kho Trung tâm Bảo hiểm tài liệu lưu trữ quốc gia`. */
  location: string;
  /** Film base or carrier, e.g. `polyester`, `triacetate`. */
  medium: string;
  /** Day the copy was made, `YYYY-MM-DD`; null when not known. */
  createdDate: string | null;
  condition: FilmCondition;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** An inspection of one copy (kiểm tra tình trạng vi phim). */
export interface FilmInspection {
  id: string;
  duplicateId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  inspector: string;
  signs: string[];
  readable: boolean;
  /** The condition found; it becomes the copy's condition. */
  condition: FilmCondition;
  notes: string;
  createdAt: string;
}

/** Figures of one unit for the yearly report: reels filmed in the period and their copies. */
export interface MicrofilmUnitFigures {
  unitId: string | null;
  reels: number;
  frames: number;
  /** Distinct files with at least one frame on those reels. */
  filesCovered: number;
  duplicates: number;
  duplicatesByCondition: Record<FilmCondition, number>;
}

export interface ReelFilter {
  /** Only reels of these units (a scoped user's); omitted: every unit. */
  unitIds?: readonly string[];
  /** Only reels with frames of this file. */
  fileCode?: string;
}

/** `catalogue.microfilm` (migration 0013): joins the catalogue's transactions. Text is stored NFC. */
export interface MicrofilmRepository {
  /** Insert or replace by id. */
  putReel(reel: MicrofilmReel): Promise<void>;
  getReel(id: string): Promise<MicrofilmReel | undefined>;
  getReelByCode(code: string): Promise<MicrofilmReel | undefined>;
  /** By code. */
  listReels(filter?: ReelFilter): Promise<MicrofilmReel[]>;
  /** Replace every frame range of a reel. */
  putFrames(reelId: string, ranges: readonly FrameRange[]): Promise<void>;
  /** By first frame. */
  listFrames(reelId: string): Promise<FrameRange[]>;
  /** Every range holding this file, on any reel (by reel, then first frame). */
  framesOfFile(fileCode: string): Promise<FrameRange[]>;
  /** Insert or replace by id. */
  putDuplicate(duplicate: FilmDuplicate): Promise<void>;
  getDuplicate(id: string): Promise<FilmDuplicate | undefined>;
  /** By code. */
  listDuplicates(reelId: string): Promise<FilmDuplicate[]>;
  addInspection(inspection: FilmInspection): Promise<void>;
  /** Oldest first (by date, then when recorded). */
  listInspections(duplicateId: string): Promise<FilmInspection[]>;
  /** Per unit, reels filmed in [from, to] (`YYYY-MM-DD`, inclusive) of these units (omitted: all). */
  figures(filter?: { unitIds?: readonly string[]; from?: string; to?: string }): Promise<MicrofilmUnitFigures[]>;
}
