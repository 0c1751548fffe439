import { codeLabel, fieldSpec } from '@duphong/core';
import type { DescriptionKind } from '@duphong/core';
import type { Bilingual } from './incident-words.js';

/*
 * Words for a record page: TT05 field labels (core's catalogue, Vietnamese; the element name is
 * the English label) and code values worded from their code lists, PREMIS event types in words.
 */

export interface LabelledField {
  name: string;
  label: Bilingual;
  value: string;
  /** The value as a person reads it: a code list's label when the field is coded, else the value. */
  display: string;
}

/** Fields in the TT05 catalogue's order first, then any others as stored. */
export function labelFields(kind: DescriptionKind, fields: Readonly<Record<string, string>>): LabelledField[] {
  const out: LabelledField[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value.trim() === '') continue;
    const spec = fieldSpec(kind, name);
    const coded = spec?.codeList ? codeLabel(spec.codeList, value.trim()) : undefined;
    out.push({ name, label: { vi: spec?.label ?? name, en: name }, value, display: coded ? `${coded} (${value})` : value });
  }
  return out;
}

/** PREMIS event types DuPhong writes (Library of Congress event-type vocabulary). */
const EVENT_TYPES: Readonly<Record<string, Bilingual>> = {
  ingestion: { vi: 'tiếp nhận', en: 'ingestion' },
  'ingestion start': { vi: 'bắt đầu tiếp nhận', en: 'ingestion start' },
  'ingestion end': { vi: 'kết thúc tiếp nhận', en: 'ingestion end' },
  'fixity check': { vi: 'kiểm tra toàn vẹn', en: 'fixity check' },
  'message digest calculation': { vi: 'tính mã băm', en: 'message digest calculation' },
  replication: { vi: 'sao chép sang site khác', en: 'replication' },
  validation: { vi: 'kiểm tra hợp lệ', en: 'validation' },
  transfer: { vi: 'chuyển giao', en: 'transfer' },
  quarantine: { vi: 'cách ly', en: 'quarantine' },
  migration: { vi: 'chuyển đổi', en: 'migration' },
  'information package creation': { vi: 'tạo gói thông tin', en: 'information package creation' },
  'format identification': { vi: 'nhận dạng định dạng', en: 'format identification' },
  'metadata modification': { vi: 'sửa mô tả', en: 'metadata modification' },
  deaccession: { vi: 'loại khỏi kho', en: 'deaccession' },
  dissemination: { vi: 'cung cấp bản sao khai thác', en: 'dissemination' },
};

export function eventTypeLabel(type: string): Bilingual {
  return EVENT_TYPES[type] ?? { vi: type, en: type };
}
