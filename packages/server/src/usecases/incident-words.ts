import type { CopyStatus } from '@duphong/core';

/*
 * How bad an incident is and what a person reads about it: one plain sentence of what happened
 * and one of what to do, in Vietnamese and English. Decided from the incident's code and the
 * object's copies as they are NOW (an incident whose copy was repaired since is less urgent).
 */

export const INCIDENT_SEVERITIES = ['critical', 'high', 'medium'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export interface Bilingual {
  vi: string;
  en: string;
}

/** Codes that mean no reference could be chosen: the witnesses (catalogue, copies) disagree. */
export const UNDECIDED_CODES: ReadonlySet<string> = new Set(['DP-AUDIT-WITNESS-DISAGREE', 'DP-AUDIT-CONFLICT', 'DP-AUDIT-NO-SOURCE']);

export interface IncidentFacts {
  code: string;
  fileCode: string;
  site: string | null;
  copies: ReadonlyArray<{ site: string; status: CopyStatus }>;
}

const VI_NUMBERS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const EN_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const viCount = (n: number): string => VI_NUMBERS[n] ?? String(n);
const enCount = (n: number): string => EN_NUMBERS[n] ?? String(n);

function intactCount(facts: IncidentFacts): number {
  return facts.copies.filter((c) => c.status === 'ok').length;
}

export function incidentSeverity(facts: IncidentFacts): IncidentSeverity {
  if (UNDECIDED_CODES.has(facts.code) || intactCount(facts) === 0) return 'critical';
  const own = facts.copies.find((c) => c.site === facts.site);
  if (own && (own.status === 'damaged' || own.status === 'missing')) return 'high';
  return 'medium';
}

const REDIGITISE: Bilingual = {
  vi: 'Hãy số hóa lại từ bản gốc (hoặc lấy lại từ bộ phương tiện lưu trữ ngoại tuyến), rồi tiếp nhận lại hồ sơ.',
  en: 'Re-digitise it from the original (or restore it from an offline media set), then ingest the file again.',
};

/** What happened and what to do, in plain words. */
export function incidentSentences(facts: IncidentFacts): { what: Bilingual; todo: Bilingual } {
  const f = facts.fileCode;
  const n = facts.copies.length;
  const intact = intactCount(facts);
  if (facts.code === 'DP-AUDIT-WITNESS-DISAGREE' || facts.code === 'DP-AUDIT-CONFLICT')
    return {
      what: {
        vi: `Các bản sao của hồ sơ ${f} không thống nhất với nhau hoặc với danh mục, nên hệ thống không tự chọn được bản chuẩn để sửa.`,
        en: `The copies of file ${f} disagree with each other or with the catalogue, so no reference could be chosen to repair from.`,
      },
      todo: {
        vi: 'Hãy đối chiếu các bản sao (bản nào khớp, bản nào khác ở bên dưới), xác định bản đúng rồi chạy lại kiểm tra; nếu không bản nào đúng, hãy số hóa lại từ bản gốc.',
        en: 'Compare the copies (which agree and which differ, below), decide which is right and run the audit again; if none is, re-digitise from the original.',
      },
    };
  if (facts.code === 'DP-AUDIT-NO-SOURCE' || intact === 0) {
    const vi =
      n === 0
        ? `Hồ sơ ${f} không còn bản sao nguyên vẹn nào.`
        : n === 1
          ? `Bản sao duy nhất của hồ sơ ${f} bị hỏng.`
          : `Cả ${viCount(n)} bản sao của hồ sơ ${f} đều bị hỏng hoặc mất; không còn bản nguyên vẹn để sửa.`;
    const en =
      n === 0
        ? `File ${f} has no intact copy left.`
        : n === 1
          ? `The only copy of file ${f} is damaged.`
          : `All ${enCount(n)} copies of file ${f} are damaged or missing; no intact copy is left to repair from.`;
    return { what: { vi, en }, todo: REDIGITISE };
  }
  const site = facts.site ?? '?';
  const own = facts.copies.find((c) => c.site === facts.site);
  if (own && (own.status === 'damaged' || own.status === 'missing')) {
    const lost = own.status === 'missing';
    return {
      what: {
        vi: `Bản sao của hồ sơ ${f} tại site ${site} ${lost ? 'bị mất' : 'bị hỏng'} và chưa sửa được; còn ${viCount(intact)} bản sao nguyên vẹn.`,
        en: `The copy of file ${f} at site ${site} is ${lost ? 'missing' : 'damaged'} and could not be repaired; ${enCount(intact)} intact ${intact === 1 ? 'copy remains' : 'copies remain'}.`,
      },
      todo: {
        vi: `Hãy kiểm tra site ${site} (ổ đĩa, kết nối, quyền ghi), rồi chạy lại kiểm tra để sửa từ các bản sao còn nguyên vẹn.`,
        en: `Check site ${site} (disk, connection, write permission), then run the audit again to repair it from the intact copies.`,
      },
    };
  }
  return {
    what: {
      vi: `Kiểm tra đã phát hiện lỗi ở bản sao của hồ sơ ${f}${facts.site ? ` tại site ${site}` : ''}; hiện bản sao đó đã nguyên vẹn.`,
      en: `An audit found a problem with a copy of file ${f}${facts.site ? ` at site ${site}` : ''}; that copy is intact now.`,
    },
    todo: {
      vi: 'Hãy xem chi tiết và nguyên nhân (phần cứng, thao tác tay trên site), rồi đóng sự cố kèm ghi chú.',
      en: 'Review the detail and the cause (hardware, manual changes on the site), then resolve the incident with a note.',
    },
  };
}
