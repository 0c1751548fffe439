/*
 * The figures of a unit's yearly results report (issue 11, DOMAIN.md §9): what the system knows is
 * computed from the catalogue and marked so; what it cannot know (e.g. training, funds) is entered
 * by the unit and marked declared. When a unit declares a figure the system also computes, both
 * are kept and a difference is shown — the catalogue is a witness, not a rubber stamp.
 */

export const REPORT_FIGURES = [
  'fondsSelected',
  'shelfMetresSelected',
  'filesListed',
  'pagesListed',
  'pagesDigitised',
  'documentsDigitised',
  'filmsMade',
  'filmFrames',
  'objectsBackedUp',
  'copiesMade',
  'copiesVerified',
  'objectsPolicyMet',
  'auditsDone',
  'incidents',
  'staffTrained',
  'fundsSpentMillionVnd',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

/** Figures the catalogue cannot know: only ever declared. */
export const DECLARED_ONLY: ReadonlySet<ReportFigure> = new Set(['staffTrained', 'fundsSpentMillionVnd']);

export const FIGURE_LABELS: Record<ReportFigure, { vi: string; en: string }> = {
  fondsSelected: { vi: 'Phông/công trình/sưu tập được lựa chọn', en: 'Fonds/works/collections selected' },
  shelfMetresSelected: { vi: 'Mét giá tài liệu được lựa chọn', en: 'Shelf-metres selected' },
  filesListed: { vi: 'Hồ sơ trong danh mục được duyệt', en: 'Files on approved backup lists' },
  pagesListed: { vi: 'Trang tài liệu trong danh mục được duyệt', en: 'Pages on approved backup lists' },
  pagesDigitised: { vi: 'Trang tài liệu được số hóa', en: 'Pages digitised' },
  documentsDigitised: { vi: 'Tài liệu được số hóa', en: 'Documents digitised' },
  filmsMade: { vi: 'Cuộn phim được lập', en: 'Film reels made' },
  filmFrames: { vi: 'Khung hình vi phim', en: 'Film frames' },
  objectsBackedUp: { vi: 'Hồ sơ có bản sao dự phòng', en: 'Files with backup copies' },
  copiesMade: { vi: 'Bản sao dự phòng được lập', en: 'Backup copies made' },
  copiesVerified: { vi: 'Bản sao được kiểm tra nguyên vẹn', en: 'Copies verified intact' },
  objectsPolicyMet: { vi: 'Hồ sơ đáp ứng chính sách nhân bản', en: 'Files meeting the replication policy' },
  auditsDone: { vi: 'Lượt kiểm tra bản sao', en: 'Copy checks done' },
  incidents: { vi: 'Sự cố ghi nhận', en: 'Incidents recorded' },
  staffTrained: { vi: 'Lượt công chức được tập huấn', en: 'Staff trained' },
  fundsSpentMillionVnd: { vi: 'Kinh phí đã sử dụng (triệu đồng)', en: 'Funds spent (million VND)' },
};

export interface FigureValue {
  figure: ReportFigure;
  computed: number | null;
  declared: number | null;
  /** Both present and not equal. */
  differs: boolean;
}

export type Figures = Partial<Record<ReportFigure, number>>;

/** One line per figure, in the order of REPORT_FIGURES. */
export function mergeFigures(computed: Figures, declared: Figures): FigureValue[] {
  return REPORT_FIGURES.map((figure) => {
    const c = DECLARED_ONLY.has(figure) ? null : (computed[figure] ?? null);
    const d = declared[figure] ?? null;
    return { figure, computed: c, declared: d, differs: c !== null && d !== null && Math.abs(c - d) > 1e-9 };
  });
}

/** Add figures up (a province over its agencies, the nation over everyone). */
export function sumFigures(all: readonly Figures[]): Figures {
  const out: Figures = {};
  for (const f of all)
    for (const key of REPORT_FIGURES) {
      const v = f[key];
      if (v !== undefined) out[key] = Math.round(((out[key] ?? 0) + v) * 1000) / 1000;
    }
  return out;
}

export interface FigureFinding {
  code: 'DP-REPORT-FIGURE-UNKNOWN' | 'DP-REPORT-FIGURE-INVALID';
  field: string;
  message: { vi: string; en: string };
}

/**
 * Declared figures as typed in a form or a JSON body: known names only, numbers ≥ 0 (a comma as
 * the decimal mark accepted, "1.234" read as thousands as Vietnamese writes them), blanks ignored.
 */
export function parseDeclaredFigures(input: Record<string, unknown>): { figures: Figures; findings: FigureFinding[] } {
  const figures: Figures = {};
  const findings: FigureFinding[] = [];
  for (const [field, raw] of Object.entries(input)) {
    if (!(REPORT_FIGURES as readonly string[]).includes(field)) {
      findings.push({
        code: 'DP-REPORT-FIGURE-UNKNOWN',
        field,
        message: { vi: `Không có số liệu tên "${field}".`, en: `There is no figure named "${field}".` },
      });
      continue;
    }
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const value = typeof raw === 'number' ? raw : readNumber(String(raw));
    if (value === undefined || !Number.isFinite(value) || value < 0) {
      findings.push({
        code: 'DP-REPORT-FIGURE-INVALID',
        field,
        message: {
          vi: `Số liệu "${FIGURE_LABELS[field as ReportFigure].vi}" phải là số không âm, không phải "${String(raw)}".`,
          en: `The figure "${FIGURE_LABELS[field as ReportFigure].en}" must be a non-negative number, not "${String(raw)}".`,
        },
      });
      continue;
    }
    figures[field as ReportFigure] = value;
  }
  return { figures, findings };
}

function readNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return undefined;
}
