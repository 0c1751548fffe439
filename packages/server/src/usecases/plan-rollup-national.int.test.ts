import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { importPlans } from './plan-import.js';
import { rollupReport, type RollupView } from './plan-rollup.js';

/*
 * The national roll-up of a full appendix (issue 11): fixtures/plans/phu-luc-2023-2024.xlsx, made by
 * fixtures/plans/make-phu-luc-2023-2024.mjs — 3 ministries and all 63 former provinces, 2023 and
 * 2024, typed as a clerk types the appendix of report 610/BC-BNV (made-up figures). Every figure
 * below was counted BY HAND from the typed rows, not taken from the program's output.
 *
 * Sheet: title rows 1–3, blank row 4, header rows 5–6 (STT, unit, "Năm 2023"/"Năm 2024" merged over
 * "Kế hoạch"/"Báo cáo kết quả", "Ghi chú"), group "I." row 7, ministries rows 8–10, blank row 11,
 * group "II" row 12, province n at row 12 + n (13–75), blank row 76, footnote row 77 (column A).
 * Columns: A STT, B unit, C plan 2023, D report 2023, E plan 2024, F report 2024, G Ghi chú.
 *
 * P = plan, R = report, N = no-records statement (a letter, not a report), "-" = nothing.
 * L = late (after 15/12 of the year), Y = dated in another year than its column, 2 = two instruments.
 *
 *  row unit (as typed)              P2023          R2023           P2024          R2024
 *   8  Bộ Tài nguyên và Môi trường  P 14/02/2023   R 12/12/2023    P 26/01/2024   R 13/12/2024
 *   9  Bộ Nội vụ                    - ("-")        - ("-")         P 05/01/2024   R 20/12/2024 L
 *  10  Bộ Tư pháp                   P (QĐ) 10/7/23 R 15/12/2023    -              R (Công văn) 18/12/2024 L
 *  13  Thành phố Hà Nội             P              R               P              R
 *  14  Hà Giang                     -              -               P (words date) R
 *  15  Cao Bằng                     P              R               P              R
 *  16  Bắc Kạn                      -              -               -              -
 *  17  Tuyên Quang                  P 11/4/2023    R 19/12/2023 L  P 14/3/2024    R 11/12/2024
 *  18  Lào Cai                      P 15/01/2024 Y -               -              R 06/12/2024
 *  19  Điện Biên                    -              -               P              -
 *  20  Lai Châu                     P              R               P              R
 *  21  Sơn La                       P (no number)  -               P              R 16/12/2024 L
 *  22  UBND tỉnh Yên Bái            -              N 08/12/2023    P 01/3/2024    R 12/12/2024
 *  23  Tỉnh Hoà Bình                P              R               -              R
 *  24  Thái Nguyên                  P (QĐ)         R               P              R
 *  25  Lạng Sơn                     -              R 14/12/2023    P 17/6/2024    R
 *  26  Quảng Ninh                   P              R               P              R
 *  27  Bắc Giang                    P              R 28/12/2023 L  P              R
 *  28  Phú Thọ                      P              R               P              R
 *  29  Vĩnh Phúc                    - ("Chưa ban hành" / "Chưa báo cáo" in all four cells)
 *  30  Bắc Ninh                     P              R 15/12/2023    P              -
 *  31  Hải Dương                    P              R               P              R
 *  32  TP Hải Phòng                 P 2 (KH + QĐ)  R               P              R
 *  33  Hưng Yên                     -              -               P              R 10/01/2025 L Y
 *  34  Thái Bình                    P              R               P              R
 *  35  Hà Nam                       -              -               -              N 12/12/2024
 *  36  Nam Định                     P              R               P              R (no date)
 *  37  Ninh Bình                    -              -               P              R
 *  38  Thanh Hoá                    P              R               P              R
 *  39  Nghệ An                      P              R               P              R
 *  40  Hà Tĩnh                      -              -               P              R 17/12/2024 L
 *  41  Quảng Bình                   P              R               -              R (Công văn)
 *  42  Quảng Trị                    P              R               P              R
 *  43  Tỉnh Thừa Thiên – Huế        P              R               P              R 20/12/2024 L
 *  44  Thành phố Đà Nẵng            P              R               P              R
 *  45  Quảng Nam                    -              -               -              -
 *  46  Quảng Ngãi                   P              -               -              -
 *  47  Bình Định                    P              R               P              R
 *  48  Phú Yên                      -              -               P              -
 *  49  Khánh Hoà                    P              R               P              R
 *  50  Ninh Thuận                   -              R 15/12/2023    P 10/7/2024    R
 *  51  Bình Thuận                   P              R               P              R
 *  52  Kon Tum                      -              -               -              R 12/12/2024
 *  53  Gia Lai                      P              R               -              R
 *  54  Đắk Lắk                      P              R               P              R
 *  55  Đắk Nông                     -              -               P              R 23/12/2024 L
 *  56  Lâm Đồng                     P              R               P              R
 *  57  Bình Phước                   -              -               P              R
 *  58  Tây Ninh                     P              R               P              R
 *  59  Bình Dương                   P              R               P              R
 *  60  Đồng Nai                     P              R               P              R
 *  61  Bà Rịa- Vũng Tàu             P              R               P              R
 *  62  TP. Hồ Chí Minh              -              -               -              R 14/12/2024
 *  63  Long An                      P              R               P (words date) R (words date)
 *  64  Tiền Giang                   P              R 05/01/2024 L Y P              R
 *  65  Bến Tre                      P              R               P              R
 *  66  Trà Vinh                     -              -               -              -
 *  67  Vĩnh Long                    P              R               -              R
 *  68  Đồng Tháp                    P              R               P              -
 *  69  An Giang                     P              R               P              R
 *  70  Kiên Giang                   -              -               P              "Đang tổng hợp số liệu" (unreadable)
 *  71  Thành phố Cần Thơ            P              R               P              R
 *  72  Hậu Giang                    P              R               P              R
 *  73  Sóc Trăng                    -              -               P              R
 *  74  Bạc Liêu                     P              R               P              R
 *  75  Cà Mau                       P              -               P              R
 *
 * Hand count (units, not instruments; per decade of the province numbers):
 *   provinces with a plan 2023:   6 + 8 + 6 + 6 + 7 + 8 + 2 = 43; + 2 ministries (TNMT, Tư pháp)     = 45
 *   provinces with a plan 2024:   8 + 8 + 8 + 7 + 8 + 8 + 3 = 50; + 2 ministries (TNMT, Nội vụ)      = 52
 *   provinces with a report 2023: 4 + 9 + 6 + 6 + 7 + 8 + 1 = 41; + 2 ministries (TNMT, Tư pháp)     = 43
 *   provinces with a report 2024: 8 + 8 + 9 + 7 + 10 + 7 + 3 = 52; + 3 ministries                    = 55
 *   no-records statements: 2023 Yên Bái = 1; 2024 Hà Nam = 1
 *   instruments: plans 2023 = 45 units + 1 (Hải Phòng's second) = 46, plans 2024 = 52 → 98 plans;
 *     reports 43 + 55 = 98; statements 2; entries stored 198
 *   units in the import: 3 ministries + 63 − 4 provinces with nothing read (Bắc Kạn, Vĩnh Phúc,
 *     Quảng Nam, Trà Vinh) = 62
 *   the roll-up lists 22 ministries in force in 2023–2024 (15 that continue + 7 ended 28/02/2025;
 *     the 2 created 01/03/2025 are not) and the 63 former provinces = 85 units
 *   without any plan 2023–2024: the 19 ministries not in the table + 7 provinces (Bắc Kạn, Vĩnh
 *     Phúc, Hà Nam, Quảng Nam, Kon Tum, Hồ Chí Minh, Trà Vinh) = 26
 *   never answered (no report, no statement): 19 ministries + 8 provinces (Bắc Kạn, Điện Biên, Vĩnh
 *     Phúc, Quảng Nam, Quảng Ngãi, Phú Yên, Trà Vinh, Kiên Giang) = 27 (Hà Nam and Yên Bái answered
 *     with their statements)
 *   late (deadline 15/12 of the year for ministries and provinces), 10:
 *     Bộ Nội vụ 2024 20/12/2024; Bộ Tư pháp 2024 18/12/2024; Tuyên Quang 2023 19/12/2023;
 *     Sơn La 2024 16/12/2024; Bắc Giang 2023 28/12/2023; Hưng Yên 2024 10/01/2025; Hà Tĩnh 2024
 *     17/12/2024; Thừa Thiên Huế 2024 20/12/2024; Đắk Nông 2024 23/12/2024; Tiền Giang 2023 05/01/2024
 *     (on the deadline, not late: Bộ Tư pháp, Bắc Ninh, Ninh Thuận 15/12/2023)
 *   findings, 8:
 *     DP-ROLLUP-OTHER-YEAR: Lào Cai (9/KH-UBND 15/01/2024 under 2023), Hưng Yên (245/BC-UBND
 *       10/01/2025 under 2024), Tiền Giang (430/BC-UBND 05/01/2024 under 2023)
 *     DP-ROLLUP-TWO-PLANS: Hải Phòng 2023 (98/KH-UBND and 1175/QĐ-UBND in one cell)
 *     DP-ROLLUP-REPORT-BEFORE-PLAN: Lạng Sơn (report 14/12/2023, first plan 17/06/2024), Ninh Thuận
 *       (15/12/2023, first plan 10/07/2024), Kon Tum and Hồ Chí Minh (a report, no plan at all)
 *   import findings (warnings only, so a plain import writes everything), 5:
 *     row 5 col 7 DP-PLAN-COLUMN-UNKNOWN ("Ghi chú"); row 21 col 3 DP-PLAN-NO-NUMBER (Sơn La
 *     "Kế hoạch ngày 31/3/2023"); row 32 col 3 DP-PLAN-CELL-SEVERAL (Hải Phòng); row 36 col 6
 *     DP-PLAN-NO-DATE (Nam Định "Báo cáo số 180/BC-UBND"); row 70 col 6 DP-PLAN-CELL-UNREADABLE
 *     (Kiên Giang "Đang tổng hợp số liệu"). "-", "Chưa ban hành", "Chưa báo cáo" say nothing, silently.
 *
 * Regrouped under the units in force on 01/12/2025 (17 ministries, 34 provinces; predecessors in
 * provinces-2025.ts), a successor has a plan / report / statement in a year when any predecessor had:
 *   plan 2023: all 34 but Điện Biên, Lạng Sơn, Hà Tĩnh = 31; + 2 ministries (Nông nghiệp và Môi
 *     trường from TNMT, Tư pháp) = 33
 *   plan 2024: all 34 but Quảng Ngãi (Quảng Ngãi, Kon Tum: none in 2024) = 33; + 2 (NN&MT, Nội vụ) = 35
 *   report 2023: all 34 but Điện Biên, Sơn La, Lào Cai (Yên Bái's statement only), Hà Tĩnh, Quảng
 *     Ngãi = 29; + 2 (NN&MT, Tư pháp) = 31
 *   report 2024: all 34 but Điện Biên = 33; + 3 (NN&MT, Nội vụ, Tư pháp) = 36
 *   statements: 2023 Lào Cai (Yên Bái's), 2024 Ninh Bình (Hà Nam's)
 *   without a plan: no province; the 14 ministries in force but not in the table (17 − NN&MT, Nội vụ,
 *     Tư pháp)
 *   never answered: Điện Biên + those 14 ministries = 15
 *   late: the same 10 reports, under Bộ Nội vụ, Bộ Tư pháp, Tuyên Quang, Sơn La, Bắc Ninh (Bắc
 *     Giang's), Hưng Yên, Hà Tĩnh, Huế, Lâm Đồng (Đắk Nông's), Đồng Tháp (Tiền Giang's)
 */

const TABLE = fileURLToPath(new URL('../../../../fixtures/plans/phu-luc-2023-2024.xlsx', import.meta.url));
const PROVINCES = 'Tỉnh, thành phố trực thuộc Trung ương';
const MINISTRIES = 'Cơ quan trung ương';

/** The ministries in force in 2023–2024 that are not in the table (central-bodies.ts). */
const MINISTRIES_NOT_IN_TABLE_2023 = [
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Bộ Xây dựng',
  'Bộ Khoa học và Công nghệ',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế',
  'Ngân hàng Nhà nước Việt Nam',
  'Thanh tra Chính phủ',
  'Văn phòng Chính phủ',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Giao thông vận tải',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Thông tin và Truyền thông',
  'Bộ Lao động - Thương binh và Xã hội',
  'Ủy ban Dân tộc',
];
/** Those in force on 01/12/2025 that have nothing from the table. */
const MINISTRIES_NOT_IN_TABLE_2025 = [...MINISTRIES_NOT_IN_TABLE_2023.slice(0, 13), 'Bộ Dân tộc và Tôn giáo'];

const sorted = (names: readonly string[]) => [...names].sort();
const byDate = <T extends { date: string | null }>(list: readonly T[] | undefined) =>
  [...(list ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
const late = (l: RollupView['late']) =>
  l.map((x) => [x.name, x.year, x.date, x.deadline]).sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`));
const codes = (f: RollupView['findings']) =>
  f.map((x) => [x.unit, x.code]).sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`));

describe('the national roll-up of a full 3-ministry, 63-province appendix (2023–2024)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  beforeAll(async () => {
    tmp = tempDir();
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterAll(async () => {
    await ctx.close();
    tmp.remove();
  });

  it('imports every row of the table with warnings only, and once however often it is imported', async () => {
    const dry = await importPlans(ctx, undefined, TABLE, { dryRun: true });
    expect(dry.findings.map((f) => [f.row, f.column, f.code, f.severity])).toEqual([
      [5, 7, 'DP-PLAN-COLUMN-UNKNOWN', 'warning'], // "Ghi chú"
      [21, 3, 'DP-PLAN-NO-NUMBER', 'warning'], // Sơn La: "Kế hoạch ngày 31/3/2023"
      [32, 3, 'DP-PLAN-CELL-SEVERAL', 'warning'], // Hải Phòng: Kế hoạch 98/KH-UBND + Quyết định 1175/QĐ-UBND
      [36, 6, 'DP-PLAN-NO-DATE', 'warning'], // Nam Định: "Báo cáo số 180/BC-UBND"
      [70, 6, 'DP-PLAN-CELL-UNREADABLE', 'warning'], // Kiên Giang: "Đang tổng hợp số liệu"
    ]);
    expect(dry).toMatchObject({ units: 62, plans: 98, reports: 98, noRecords: 2, written: false });

    const first = await importPlans(ctx, undefined, TABLE, { by: 'Nguyễn Thị Lan' });
    expect(first).toMatchObject({ units: 62, plans: 98, reports: 98, noRecords: 2, written: true });
    await importPlans(ctx, undefined, TABLE);
    const entries = await ctx.catalogue.plans.listEntries();
    expect(entries).toHaveLength(198);

    // Old and new spellings went to the unit of the time.
    const unitsOf = new Set(entries.map((e) => e.unitId));
    for (const id of [
      'province-hoa-binh', // "Tỉnh Hoà Bình"
      'province-thanh-hoa', // "Thanh Hoá"
      'province-khanh-hoa', // "Khánh Hoà"
      'province-thua-thien-hue', // "Tỉnh Thừa Thiên – Huế"
      'province-ba-ria-vung-tau', // "Bà Rịa- Vũng Tàu"
      'province-ho-chi-minh', // "TP. Hồ Chí Minh"
      'province-ha-noi', // "Thành phố Hà Nội"
      'province-yen-bai', // "UBND tỉnh Yên Bái"
      'ministry-tai-nguyen-va-moi-truong',
    ])
      expect(unitsOf, id).toContain(id);
    for (const id of ['province-bac-kan', 'province-vinh-phuc', 'province-quang-nam', 'province-tra-vinh'])
      expect(unitsOf).not.toContain(id);

    expect(entries.find((e) => e.unitId === 'province-yen-bai' && e.year === 2023)).toMatchObject({
      column: 'report',
      kind: 'cong-van',
      numberSymbol: '1588/SNV-VTLT',
      date: '2023-12-08',
      noRecords: true,
      source: 'phu-luc-2023-2024.xlsx dòng 22',
    });
    expect(entries.find((e) => e.unitId === 'ministry-tai-nguyen-va-moi-truong' && e.year === 2023 && e.column === 'plan')).toMatchObject({
      kind: 'ke-hoach',
      numberSymbol: '07/KH-BTNMT', // typed "07/KH- BTNMT"
      date: '2023-02-14',
    });
    expect(entries.find((e) => e.unitId === 'province-long-an' && e.year === 2024 && e.column === 'plan')).toMatchObject({
      numberSymbol: '1322/KH-UBND',
      date: '2024-03-05', // "ngày 5 tháng 3 năm 2024"
    });
    expect(entries.find((e) => e.unitId === 'province-ha-noi' && e.year === 2023 && e.column === 'report')?.numberSymbol).toBe(
      '412/BC-UBND',
    );
    expect(entries.find((e) => e.unitId === 'ministry-tu-phap' && e.year === 2023 && e.column === 'plan')?.kind).toBe('quyet-dinh');
    expect(entries.find((e) => e.unitId === 'province-quang-binh' && e.year === 2024)).toMatchObject({
      column: 'report',
      kind: 'cong-van',
      noRecords: false,
    });
    expect(entries.find((e) => e.unitId === 'province-nam-dinh' && e.year === 2024 && e.column === 'report')?.date).toBeNull();
  });

  it('rolls up every ministry and province of 2023–2024 as counted by hand', async () => {
    const r = await rollupReport(ctx, undefined, { from: 2023, to: 2024 });
    expect(r.units.filter((u) => u.group === MINISTRIES)).toHaveLength(22);
    expect(r.units.filter((u) => u.group === PROVINCES)).toHaveLength(63);
    expect(r.units).toHaveLength(85);
    expect(r.counts).toEqual({
      plans: { 2023: 45, 2024: 52 },
      reports: { 2023: 43, 2024: 55 },
      noRecords: { 2023: 1, 2024: 1 },
    });
    expect(sorted(r.withoutPlan)).toEqual(
      sorted([...MINISTRIES_NOT_IN_TABLE_2023, 'Bắc Kạn', 'Vĩnh Phúc', 'Hà Nam', 'Quảng Nam', 'Kon Tum', 'Hồ Chí Minh', 'Trà Vinh']),
    );
    expect(sorted(r.neverReported)).toEqual(
      sorted([
        ...MINISTRIES_NOT_IN_TABLE_2023,
        'Bắc Kạn',
        'Điện Biên',
        'Vĩnh Phúc',
        'Quảng Nam',
        'Quảng Ngãi',
        'Phú Yên',
        'Trà Vinh',
        'Kiên Giang',
      ]),
    );
    // The ministries come first, as in the appendix.
    expect(r.withoutPlan.slice(0, 19)).toEqual(expect.arrayContaining(MINISTRIES_NOT_IN_TABLE_2023));
    expect(late(r.late)).toEqual(
      late([
        { name: 'Bộ Nội vụ', year: 2024, date: '2024-12-20', deadline: '2024-12-15' },
        { name: 'Bộ Tư pháp', year: 2024, date: '2024-12-18', deadline: '2024-12-15' },
        { name: 'Tuyên Quang', year: 2023, date: '2023-12-19', deadline: '2023-12-15' },
        { name: 'Sơn La', year: 2024, date: '2024-12-16', deadline: '2024-12-15' },
        { name: 'Bắc Giang', year: 2023, date: '2023-12-28', deadline: '2023-12-15' },
        { name: 'Hưng Yên', year: 2024, date: '2025-01-10', deadline: '2024-12-15' },
        { name: 'Hà Tĩnh', year: 2024, date: '2024-12-17', deadline: '2024-12-15' },
        { name: 'Thừa Thiên Huế', year: 2024, date: '2024-12-20', deadline: '2024-12-15' },
        { name: 'Đắk Nông', year: 2024, date: '2024-12-23', deadline: '2024-12-15' },
        { name: 'Tiền Giang', year: 2023, date: '2024-01-05', deadline: '2023-12-15' },
      ]),
    );
    expect(codes(r.findings)).toEqual(
      codes([
        { unit: 'Lào Cai', code: 'DP-ROLLUP-OTHER-YEAR', message: '' },
        { unit: 'Hưng Yên', code: 'DP-ROLLUP-OTHER-YEAR', message: '' },
        { unit: 'Tiền Giang', code: 'DP-ROLLUP-OTHER-YEAR', message: '' },
        { unit: 'Hải Phòng', code: 'DP-ROLLUP-TWO-PLANS', message: '' },
        { unit: 'Lạng Sơn', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' },
        { unit: 'Ninh Thuận', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' },
        { unit: 'Kon Tum', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' },
        { unit: 'Hồ Chí Minh', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' },
      ]),
    );
    expect(r.findings.find((f) => f.unit === 'Lào Cai')?.message).toContain('9/KH-UBND ngày 15/01/2024 được ghi ở cột năm 2023');
    expect(r.findings.find((f) => f.unit === 'Lạng Sơn')?.message).toContain('17/06/2024');

    const row = (unit: string) => r.units.find((u) => u.unit === unit)!;
    expect(row('province-yen-bai')).toMatchObject({
      noRecords: { 2023: true },
      reports: { 2024: [{ number: '277/BC-UBND', late: false }] },
    });
    expect(row('province-ha-nam')).toMatchObject({ plans: {}, reports: {}, noRecords: { 2024: true } });
    expect(byDate(row('province-hai-phong').plans[2023])).toEqual([
      { kind: 'ke-hoach', number: '98/KH-UBND', date: '2023-04-14' },
      { kind: 'quyet-dinh', number: '1175/QĐ-UBND', date: '2023-04-20' },
    ]);
    expect(row('province-lao-cai').plans).toEqual({ 2023: [{ kind: 'ke-hoach', number: '9/KH-UBND', date: '2024-01-15' }] });
    expect(row('province-thua-thien-hue')).toMatchObject({
      name: 'Thừa Thiên Huế',
      reports: { 2024: [{ number: '436/BC-UBND', date: '2024-12-20', late: true }] },
    });
    expect(row('province-tien-giang').reports[2023]).toEqual([{ kind: 'bao-cao', number: '430/BC-UBND', date: '2024-01-05', late: true }]);
    expect(row('province-bac-ninh').reports[2023]).toEqual([{ kind: 'bao-cao', number: '540/BC-UBND', date: '2023-12-15', late: false }]);
    expect(row('province-nam-dinh').reports[2024]).toEqual([{ kind: 'bao-cao', number: '180/BC-UBND', date: null, late: false }]);
    expect(row('province-vinh-phuc')).toMatchObject({ plans: {}, reports: {}, noRecords: {} });
    expect(row('ministry-tu-phap').reports[2024]).toEqual([{ kind: 'cong-van', number: '4870/BTP-VP', date: '2024-12-18', late: true }]);
  });

  it('regroups under the 34 provinces and the ministries in force on 01/12/2025', async () => {
    const r = await rollupReport(ctx, undefined, { from: 2023, to: 2024, regroup: true, asOf: '2025-12-01' });
    const provinces = r.units.filter((u) => u.group === PROVINCES);
    expect(provinces).toHaveLength(34);
    expect(r.units.filter((u) => u.group === MINISTRIES)).toHaveLength(17);
    expect(r.counts).toEqual({
      plans: { 2023: 33, 2024: 35 },
      reports: { 2023: 31, 2024: 36 },
      noRecords: { 2023: 1, 2024: 1 },
    });
    // Every successor has a plan: some predecessor issued one in 2023 or 2024.
    expect(provinces.filter((u) => Object.keys(u.plans).length === 0)).toEqual([]);
    expect(sorted(r.withoutPlan)).toEqual(sorted(MINISTRIES_NOT_IN_TABLE_2025));
    expect(sorted(r.neverReported)).toEqual(sorted([...MINISTRIES_NOT_IN_TABLE_2025, 'Điện Biên']));
    expect(late(r.late)).toEqual(
      late([
        { name: 'Bộ Nội vụ', year: 2024, date: '2024-12-20', deadline: '2024-12-15' },
        { name: 'Bộ Tư pháp', year: 2024, date: '2024-12-18', deadline: '2024-12-15' },
        { name: 'Tuyên Quang', year: 2023, date: '2023-12-19', deadline: '2023-12-15' },
        { name: 'Sơn La', year: 2024, date: '2024-12-16', deadline: '2024-12-15' },
        { name: 'Bắc Ninh', year: 2023, date: '2023-12-28', deadline: '2023-12-15' }, // Bắc Giang's
        { name: 'Hưng Yên', year: 2024, date: '2025-01-10', deadline: '2024-12-15' },
        { name: 'Hà Tĩnh', year: 2024, date: '2024-12-17', deadline: '2024-12-15' },
        { name: 'Huế', year: 2024, date: '2024-12-20', deadline: '2024-12-15' },
        { name: 'Lâm Đồng', year: 2024, date: '2024-12-23', deadline: '2024-12-15' }, // Đắk Nông's
        { name: 'Đồng Tháp', year: 2023, date: '2024-01-05', deadline: '2023-12-15' }, // Tiền Giang's
      ]),
    );

    const unit = (id: string) => r.units.find((u) => u.unit === id)!;
    // Tuyên Quang = Tuyên Quang + Hà Giang.
    const tuyenQuang = unit('province-2025-tuyen-quang');
    expect(byDate(tuyenQuang.plans[2023])).toEqual([{ kind: 'ke-hoach', number: '57/KH-UBND', date: '2023-04-11', from: 'Tuyên Quang' }]);
    expect(byDate(tuyenQuang.plans[2024])).toEqual([
      { kind: 'ke-hoach', number: '44/KH-UBND', date: '2024-03-14', from: 'Tuyên Quang' },
      { kind: 'ke-hoach', number: '95/KH-UBND', date: '2024-04-02', from: 'Hà Giang' },
    ]);
    expect(tuyenQuang.reports[2023]).toEqual([
      { kind: 'bao-cao', number: '401/BC-UBND', date: '2023-12-19', late: true, from: 'Tuyên Quang' },
    ]);
    expect(byDate(tuyenQuang.reports[2024])).toEqual([
      { kind: 'bao-cao', number: '388/BC-UBND', date: '2024-12-11', late: false, from: 'Tuyên Quang' },
      { kind: 'bao-cao', number: '310/BC-UBND', date: '2024-12-13', late: false, from: 'Hà Giang' },
    ]);

    // Hồ Chí Minh = Hồ Chí Minh + Bình Dương + Bà Rịa - Vũng Tàu: a plan though the old city had none.
    const hcm = unit('province-2025-ho-chi-minh');
    expect(hcm.name).toBe('Hồ Chí Minh');
    expect(byDate(hcm.plans[2023])).toEqual([
      { kind: 'ke-hoach', number: '2050/KH-UBND', date: '2023-04-25', from: 'Bình Dương' },
      { kind: 'ke-hoach', number: '96/KH-UBND', date: '2023-04-28', from: 'Bà Rịa - Vũng Tàu' },
    ]);
    expect(byDate(hcm.plans[2024])).toEqual([
      { kind: 'ke-hoach', number: '1933/KH-UBND', date: '2024-04-19', from: 'Bình Dương' },
      { kind: 'ke-hoach', number: '88/KH-UBND', date: '2024-04-23', from: 'Bà Rịa - Vũng Tàu' },
    ]);
    expect(byDate(hcm.reports[2024])).toEqual([
      { kind: 'bao-cao', number: '470/BC-UBND', date: '2024-12-12', late: false, from: 'Bà Rịa - Vũng Tàu' },
      { kind: 'bao-cao', number: '378/BC-UBND', date: '2024-12-13', late: false, from: 'Bình Dương' },
      { kind: 'bao-cao', number: '77/BC-SNV', date: '2024-12-14', late: false, from: 'Hồ Chí Minh' },
    ]);

    // Lào Cai = Lào Cai + Yên Bái: Yên Bái's letter makes the 2023 statement.
    expect(unit('province-2025-lao-cai')).toMatchObject({
      plans: {
        2023: [{ kind: 'ke-hoach', number: '9/KH-UBND', date: '2024-01-15', from: 'Lào Cai' }],
        2024: [{ kind: 'ke-hoach', number: '03/KH-UBND', date: '2024-03-01', from: 'Yên Bái' }],
      },
      noRecords: { 2023: true },
    });
    // Phú Thọ = Phú Thọ + Vĩnh Phúc (nothing sent) + Hòa Bình.
    expect(byDate(unit('province-2025-phu-tho').plans[2023]).map((p) => p.from)).toEqual(['Hòa Bình', 'Phú Thọ']);
    expect(unit('province-2025-phu-tho').plans[2024]?.map((p) => p.from)).toEqual(['Phú Thọ']);
    // Ninh Bình = Ninh Bình + Hà Nam (its statement) + Nam Định.
    expect(unit('province-2025-ninh-binh')).toMatchObject({ noRecords: { 2024: true } });
    // Quảng Ngãi = Quảng Ngãi (a 2023 plan) + Kon Tum (a 2024 report).
    expect(unit('province-2025-quang-ngai')).toMatchObject({
      plans: { 2023: [{ number: '84/KH-UBND', from: 'Quảng Ngãi' }] },
      reports: { 2024: [{ number: '198/BC-UBND', from: 'Kon Tum' }] },
    });
    // A unit that carried on keeps its entries without "from"; Thừa Thiên Huế is Huế now.
    expect(unit('province-thua-thien-hue')).toMatchObject({ name: 'Huế', plans: { 2023: [{ number: '152/KH-UBND' }] } });
    expect(unit('province-thua-thien-hue').plans[2023]![0]).not.toHaveProperty('from');
    expect(unit('province-ha-noi').plans[2024]).toEqual([{ kind: 'ke-hoach', number: '36/KH-UBND', date: '2024-01-29' }]);
    // Bộ Tài nguyên và Môi trường's entries are under Bộ Nông nghiệp và Môi trường.
    expect(unit('ministry-nong-nghiep-va-moi-truong').plans[2023]).toEqual([
      { kind: 'ke-hoach', number: '07/KH-BTNMT', date: '2023-02-14', from: 'Bộ Tài nguyên và Môi trường' },
    ]);
    expect(unit('ministry-noi-vu').plans[2024]).toEqual([{ kind: 'ke-hoach', number: '12/KH-BNV', date: '2024-01-05' }]);
  });

  /*
   * Regrouped, the findings are the same 8 inconsistencies, shown under the successor: regrouping
   * changes how units are presented, not what was wrong in what they sent. (This test found that
   * the checks once ran over a successor's merged entries: 27 false DP-ROLLUP-TWO-PLANS where two
   * former provinces each issued their one plan, and 3 DP-ROLLUP-REPORT-BEFORE-PLAN hidden by another
   * province's earlier plan. They now run per issuing unit — core plans/rollup.ts checkConsistency.)
   */
  it('regrouped, reports the same inconsistencies under the successors, naming the former unit', async () => {
    const r = await rollupReport(ctx, undefined, { from: 2023, to: 2024, regroup: true, asOf: '2025-12-01' });
    expect(
      r.findings
        .filter((f) => f.code === 'DP-ROLLUP-OTHER-YEAR')
        .map((f) => f.unit)
        .sort(),
    ).toEqual(sorted(['Lào Cai', 'Hưng Yên', 'Đồng Tháp']));
    expect(codes(r.findings)).toEqual(
      codes([
        { unit: 'Lào Cai', code: 'DP-ROLLUP-OTHER-YEAR', message: '' }, // Lào Cai's 9/KH-UBND
        { unit: 'Hưng Yên', code: 'DP-ROLLUP-OTHER-YEAR', message: '' },
        { unit: 'Đồng Tháp', code: 'DP-ROLLUP-OTHER-YEAR', message: '' }, // Tiền Giang's 430/BC-UBND
        { unit: 'Hải Phòng', code: 'DP-ROLLUP-TWO-PLANS', message: '' }, // Hải Phòng's own two, 2023
        { unit: 'Lạng Sơn', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' },
        { unit: 'Khánh Hòa', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' }, // Ninh Thuận's
        { unit: 'Quảng Ngãi', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' }, // Kon Tum's
        { unit: 'Hồ Chí Minh', code: 'DP-ROLLUP-REPORT-BEFORE-PLAN', message: '' }, // the old city's own
      ]),
    );
    expect(r.findings.find((f) => f.unit === 'Khánh Hòa')!.message).toMatch(/^Ninh Thuận: Báo cáo /);
  });
});
