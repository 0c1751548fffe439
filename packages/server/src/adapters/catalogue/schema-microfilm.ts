/** Microfilm reels, frame ranges, copies and inspections (migration 0013); `signs` is a JSON list. */
export interface MicrofilmReelsTable {
  id: string;
  code: string;
  unit_id: string | null;
  film_type: string;
  generation: string;
  filmed_date: string;
  frame_count: number;
  reduction_ratio: string;
  standard: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface MicrofilmFramesTable {
  reel_id: string;
  frame_from: number;
  frame_to: number;
  file_code: string;
  document_id: string | null;
}

export interface MicrofilmDuplicatesTable {
  id: string;
  reel_id: string;
  code: string;
  generation: string;
  location: string;
  medium: string;
  created_date: string | null;
  condition: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface MicrofilmInspectionsTable {
  id: string;
  duplicate_id: string;
  date: string;
  inspector: string;
  signs: string;
  readable: number;
  condition: string;
  notes: string;
  created_at: string;
}

export interface MicrofilmSchema {
  microfilm_reels: MicrofilmReelsTable;
  microfilm_frames: MicrofilmFramesTable;
  microfilm_duplicates: MicrofilmDuplicatesTable;
  microfilm_inspections: MicrofilmInspectionsTable;
}
