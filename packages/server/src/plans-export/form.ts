import { INSTRUMENT_KIND_LABELS, displayUnitDate, type RollupResult } from '@duphong/core';

/**
 * The words of the roll-up appendix (as report 610/BC-BNV's), shared by the XLSX and DOCX outputs
 * so both read the same: the issuing body and national motto, the title with the years, per group
 * (central bodies, provinces) one numbered row per unit, per year a plans and a results column, the
 * counts, then who has no plan, who never answered, who was late.
 */
export { MOTTO, NATION } from '../forms/official.js';
export const ISSUER = 'BỘ NỘI VỤ';

export const rollupTitle = (r: RollupResult): string =>
  `TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ BÁO CÁO KẾT QUẢ THỰC HIỆN LƯU TRỮ DỰ PHÒNG ${
    r.years.length === 1 ? `NĂM ${r.years[0]}` : `GIAI ĐOẠN ${r.years[0]}–${r.years.at(-1)}`
  }`;

type Listed = RollupResult['units'][number]['plans'][number];

function instrumentText(list: Listed | undefined): string {
  return (list ?? [])
    .map((i) => {
      const kind = INSTRUMENT_KIND_LABELS[i.kind as keyof typeof INSTRUMENT_KIND_LABELS]?.vi ?? i.kind;
      const text = `${kind}${i.number ? ` số ${i.number}` : ''}${i.date ? ` ngày ${displayUnitDate(i.date)}` : ''}`;
      return i.from ? `${text} (${i.from})` : text;
    })
    .join('; ');
}

export interface RollupRow {
  /** "I", "II" for a group row; "1", "2" … for a unit. */
  stt: string;
  name: string;
  group: boolean;
  /** Per year: plans text, results text. */
  cells: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export function rollupRows(r: RollupResult): RollupRow[] {
  const rows: RollupRow[] = [];
  const groups = [...new Set(r.units.map((u) => u.group ?? 'Khác'))];
  groups.forEach((group, g) => {
    rows.push({ stt: ROMAN[g] ?? String(g + 1), name: group, group: true, cells: r.years.flatMap(() => ['', '']) });
    r.units
      .filter((u) => (u.group ?? 'Khác') === group)
      .forEach((u, i) =>
        rows.push({
          stt: String(i + 1),
          name: u.name,
          group: false,
          cells: r.years.flatMap((y) => [
            instrumentText(u.plans[y]),
            u.noRecords[y] ? 'Báo cáo không có tài liệu thuộc diện lưu trữ dự phòng' : instrumentText(u.reports[y]),
          ]),
        }),
      );
  });
  return rows;
}

export const countsRow = (r: RollupResult): string[] =>
  r.years.flatMap((y) => [
    `${r.counts.plans[y]} đơn vị`,
    `${r.counts.reports[y]} đơn vị${r.counts.noRecords[y] ? ` (+${r.counts.noRecords[y]} không có tài liệu)` : ''}`,
  ]);

export function summaryLines(r: RollupResult): string[] {
  const names = (list: string[]) => (list.length === 0 ? 'không có' : `${list.length} đơn vị: ${list.join(', ')}`);
  return [
    `Chưa ban hành kế hoạch: ${names(r.withoutPlan)}.`,
    `Chưa gửi báo cáo: ${names(r.neverReported)}.`,
    `Gửi báo cáo muộn: ${r.late.length === 0 ? 'không có' : r.late.map((l) => `${l.name} (năm ${l.year}, ngày ${displayUnitDate(l.date)}, hạn ${displayUnitDate(l.deadline)})`).join('; ')}.`,
    ...(r.findings.length > 0 ? [`Điểm cần đối chiếu: ${r.findings.map((f) => `${f.unit}: ${f.message}`).join(' ')}`] : []),
  ];
}
