/**
 * Units (đơn vị): the ministries, provinces, archives and agencies that own records, issue plans
 * and owe reports. A unit has a stable id; everything that can change (name, type, codes, parent)
 * lives in time-versioned facts, so a 2024 plan stays attached to the province that issued it and
 * rolls up into that province's successor after the 2025 mergers.
 *
 * Dates are calendar dates `YYYY-MM-DD` (no time, no zone): text order is date order on both
 * catalogue engines. `validTo` is the last day a version holds (inclusive), `null` while it holds.
 */

export const UNIT_KINDS = [
  'ministry', // bộ, cơ quan ngang bộ
  'province', // tỉnh, thành phố trực thuộc trung ương
  'commune', // xã, phường, đặc khu
  'peoples-committee', // Ủy ban nhân dân
  'home-affairs-department', // Sở Nội vụ
  'historical-archive', // lưu trữ lịch sử
  'national-archive-centre', // Trung tâm Lưu trữ quốc gia I–IV
  'national-insurance-centre', // Trung tâm Bảo hiểm tài liệu lưu trữ quốc gia
  'transferring-agency', // cơ quan thuộc nguồn nộp lưu
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const SUCCESSION_KINDS = ['merger', 'split', 'rename', 'upgrade'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** A unit's identity. Ids are opaque, lower-case ASCII (`province-lao-cai`): URL-safe, never reused. */
export interface Unit {
  id: string;
  kind: UnitKind;
}

/** The facts of a unit over one period. */
export interface UnitVersion {
  unitId: string;
  validFrom: string;
  validTo: string | null;
  name: string;
  shortName: string | null;
  /** Administrative type as written in law: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
  type: string;
  /** Administrative unit code (QĐ 124/2004 before 07/2025, QĐ 19/2025 after): digits, leading zero kept. */
  adminCode: string | null;
  /** Electronic agency identifier (QĐ 20/2020), e.g. `G09`, `H49.64.33`. */
  agencyCode: string | null;
  parentId: string | null;
  /** False when a fact in this version was not checked against an official text (see `note`). */
  verified: boolean;
  /** Where the facts come from (legal text, DOMAIN.md section …). */
  source: string | null;
  note: string | null;
}

/** A change of identity: `from` units end (or, when also in `to`, continue) and `to` units carry them on. */
export interface Succession {
  id: string;
  /** The first day of the new state. */
  date: string;
  kind: SuccessionKind;
  from: string[];
  to: string[];
  note: string;
  verified: boolean;
  source: string | null;
}

/** A unit with the version in force at a date. */
export interface UnitAtDate {
  unit: Unit;
  version: UnitVersion;
}

/** Everything the seed puts in a fresh catalogue. */
export interface UnitSeed {
  units: Unit[];
  versions: UnitVersion[];
  successions: Succession[];
}

/** Unit ids: lower-case ASCII words joined by `-` (or digits), safe in a URL path segment. */
export const UNIT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
