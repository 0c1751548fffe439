import { codeLabel, fieldSpec, premisEventLabel } from '@duphong/core';
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

/** A PREMIS event type in both languages: the labels live in core, with the CLI's and the UI's. */
export function eventTypeLabel(type: string): Bilingual {
  return { vi: premisEventLabel(type, 'vi'), en: premisEventLabel(type, 'en') };
}
