/**
 * Selection for backup (DOMAIN.md §4, Decision 76/QĐ-TTg and the Lào Cai plan): which records
 * go on a unit's yearly backup list, why, and the review that approves it.
 */
export const SELECTABLE_KINDS = ['fonds', 'file', 'document'] as const;
export type SelectableKind = (typeof SELECTABLE_KINDS)[number];

/** A formal recognition of special value (Law 33/2024 Art. 39): decision number, date and issuer. */
export interface Recognition {
  recordKind: SelectableKind;
  recordCode: string;
  decisionNumber: string;
  /** As written on the decision: DD/MM/YYYY (ISO YYYY-MM-DD accepted). */
  decisionDate: string;
  issuer: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export const BACKUP_LIST_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type BackupListStatus = (typeof BACKUP_LIST_STATUSES)[number];

/** `plan-criterion`: selected by a criterion a plan added to the default rule (selection/criteria.ts). */
export const SELECTION_REASONS = ['special-value', 'at-risk', 'plan-criterion'] as const;
export type SelectionReason = (typeof SELECTION_REASONS)[number];

export interface BackupListEntry {
  recordKind: SelectableKind;
  recordCode: string;
  reason: SelectionReason;
  /** Sign codes of the inspection that showed the risk (code lists `damageSign` / `electronicRisk`). */
  signs: string[];
  /** Whether the record is still readable (faded writing); null when not judged. */
  readable: boolean | null;
  /** Date of the inspection the signs come from (§4: signs are recorded with their date). */
  inspectionDate: string | null;
  note: string;
}

export const BACKUP_LIST_ACTIONS = ['create', 'edit', 'submit', 'approve', 'return', 'reopen'] as const;
export type BackupListAction = (typeof BACKUP_LIST_ACTIONS)[number];

/** Who did what and when; approval carries the decision number and date. Append-only. */
export interface BackupListHistoryEntry {
  at: string;
  by: string;
  action: BackupListAction;
  decisionNumber?: string;
  decisionDate?: string;
  note: string;
}

/** A unit's yearly list of records to back up. Only a draft is edited; an approved list is frozen. */
export interface BackupList {
  id: string;
  unitId: string;
  year: number;
  status: BackupListStatus;
  /** Set on approval, from the approving decision. */
  decisionNumber: string | null;
  decisionDate: string | null;
  entries: BackupListEntry[];
  history: BackupListHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

/** A list without its entries and history, for listings. */
export interface BackupListSummary {
  id: string;
  unitId: string;
  year: number;
  status: BackupListStatus;
  decisionNumber: string | null;
  decisionDate: string | null;
  entryCount: number;
  createdAt: string;
  updatedAt: string;
}

export const REASON_LABELS_VI: Record<SelectionReason, string> = {
  'special-value': 'Giá trị đặc biệt',
  'at-risk': 'Có nguy cơ hư hỏng',
  'plan-criterion': 'Theo tiêu chí của kế hoạch',
};

export const STATUS_LABELS_VI: Record<BackupListStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  returned: 'Trả lại',
};

export const entryKey = (e: { recordKind: SelectableKind; recordCode: string }): string => `${e.recordKind}:${e.recordCode}`;
