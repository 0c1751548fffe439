import { FIGURE_LABELS, INSTRUMENT_KIND_LABELS, displayUnitDate, type Figures, type RollupResult } from '@duphong/core';

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

/** The roll-up with its figures per year, when the caller computed them (usecases/plan-rollup.ts). */
export type RollupWithFigures = RollupResult & { figures?: Record<number, { computed: Figures; declared: Figures }> };

const n = (v: number | undefined): string => (v ?? 0).toLocaleString('vi-VN');

/** The national figures as the narrative of 610/BC-BNV quotes them: computed, then what units declared. */
function figureLines(r: RollupWithFigures): string[] {
  if (!r.figures) return [];
  return r.years.flatMap((y) => {
    const f = r.figures?.[y];
    if (!f) return [];
    const computed = `${n(f.computed.fondsSelected)} phông/công trình/sưu tập, ${n(f.computed.shelfMetresSelected)} mét giá tài liệu được lựa chọn; ${n(f.computed.filesListed)} hồ sơ trong danh mục được duyệt; ${n(f.computed.pagesDigitised)} trang tài liệu được số hóa; ${n(f.computed.filmsMade)} cuộn vi phim; ${n(f.computed.copiesMade)} bản sao dự phòng được lập, ${n(f.computed.copiesVerified)} bản sao được kiểm tra nguyên vẹn`;
    // Only what units declared: a figure nobody declared is not a declared zero.
    const said = (Object.keys(f.declared) as Array<keyof Figures>).map((k) => `${FIGURE_LABELS[k].vi.toLowerCase()}: ${n(f.declared[k])}`);
    const declared = said.length > 0 ? ` Theo số liệu các đơn vị kê khai: ${said.join('; ')}.` : '';
    return [`Số liệu năm ${y} (hệ thống tính từ cơ sở dữ liệu): ${computed}.${declared}`];
  });
}

export function summaryLines(r: RollupWithFigures): string[] {
  const names = (list: string[]) => (list.length === 0 ? 'không có' : `${list.length} đơn vị: ${list.join(', ')}`);
  return [
    ...figureLines(r),
    `Chưa ban hành kế hoạch: ${names(r.withoutPlan)}.`,
    `Chưa gửi báo cáo: ${names(r.neverReported)}.`,
    `Gửi báo cáo muộn: ${r.late.length === 0 ? 'không có' : r.late.map((l) => `${l.name} (năm ${l.year}, ngày ${displayUnitDate(l.date)}, hạn ${displayUnitDate(l.deadline)})`).join('; ')}.`,
    ...(r.findings.length > 0 ? [`Điểm cần đối chiếu: ${r.findings.map((f) => `${f.unit}: ${f.message}`).join(' ')}`] : []),
  ];
}
