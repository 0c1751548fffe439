import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { duphong } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { wordText, zipEntryText } from '../packages/server/src/testing/zip-text.js';
import { ExcelJS } from '../packages/server/src/adapters/exceljs.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/plans/phu-luc-mau.csv', import.meta.url));
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const NATIONAL = fileURLToPath(new URL('../fixtures/plans/phu-luc-2023-2024.xlsx', import.meta.url));

/** `duphong plan import` and `duphong report rollup` as CONTRACT.md gives them, through the real CLI. */
describe('plans and reports through the CLI', () => {
  const tmp = tempDir('duphong-plans-cli-');
  const home = join(tmp.path, 'home');
  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it('imports the sample appendix (all or nothing, then --partial) and rolls it up as JSON', async () => {
    const refused = await duphong(['plan', 'import', SAMPLE, '--json', '--home', home]);
    expect(refused.code).toBe(2);
    expect(refused.json).toMatchObject({ units: 7, plans: 6, reports: 4, noRecords: 1, written: false });
    expect(refused.json.findings.map((f: { row: number; column: number; code: string }) => [f.row, f.column, f.code])).toEqual([
      [14, 5, 'DP-PLAN-DATE-INVALID'],
      [15, 2, 'DP-PLAN-UNIT-UNKNOWN'],
    ]);

    const partial = await duphong(['plan', 'import', SAMPLE, '--partial', '--home', home]);
    expect([partial.code, partial.stdout.trim()]).toEqual([
      0,
      'Đã nhập phu-luc-mau.csv: 6 đơn vị, 5 kế hoạch, 4 báo cáo, 1 văn bản báo không có tài liệu.',
    ]);

    const rollup = await duphong(['report', 'rollup', '--from', '2023', '--to', '2024', '--json', '--home', home]);
    expect(rollup.code).toBe(0);
    expect(rollup.json.years).toEqual([2023, 2024]);
    expect(rollup.json.counts).toEqual({ plans: { 2023: 3, 2024: 2 }, reports: { 2023: 1, 2024: 3 }, noRecords: { 2023: 1, 2024: 0 } });
    expect(rollup.json.late).toEqual([{ name: 'Bộ Nội vụ', year: 2024, date: '2024-12-20', deadline: '2024-12-15' }]);
    const hoaBinh = rollup.json.units.find((u: { unit: string }) => u.unit === 'province-hoa-binh');
    expect(hoaBinh).toMatchObject({
      name: 'Hòa Bình',
      group: 'Tỉnh, thành phố trực thuộc Trung ương',
      plans: { 2023: [{ kind: 'ke-hoach', number: '45/KH-UBND', date: '2023-03-20' }] },
    });

    const table = await duphong([
      'report',
      'rollup',
      '--from',
      '2023',
      '--to',
      '2024',
      '--regroup',
      '--as-of',
      '01/12/2025',
      '--home',
      home,
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /Lào Cai\s+Kế hoạch 9\/KH-UBND 15\/01\/2024 \(Lào Cai\)\s+không có tài liệu\s+Kế hoạch 3\/KH-UBND 01\/03\/2024 \(Yên Bái\)/,
    );
  });

  it('writes the appendix as DOCX and XLSX in the official layout', async () => {
    const docx = join(tmp.path, 'tong-hop.docx');
    const made = await duphong(['report', 'rollup', '--from', '2023', '--to', '2024', '--format', 'docx', '--out', docx, '--home', home]);
    expect(made.code).toBe(0);
    const text = wordText(await zipEntryText(docx, 'word/document.xml'));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ BÁO CÁO KẾT QUẢ THỰC HIỆN LƯU TRỮ DỰ PHÒNG GIAI ĐOẠN 2023–2024',
      'Cơ quan trung ương',
      'Kế hoạch số 45/KH-UBND ngày 20/03/2023',
      'Báo cáo không có tài liệu thuộc diện lưu trữ dự phòng',
      'Gửi báo cáo muộn: Bộ Nội vụ (năm 2024, ngày 20/12/2024, hạn 15/12/2024).',
    ])
      expect(text).toContain(expected);
    expect(await zipEntryText(docx, 'word/document.xml')).toMatch(/w:orient="landscape"/);

    const xlsx = join(tmp.path, 'tong-hop.xlsx');
    expect(
      (await duphong(['report', 'rollup', '--from', '2023', '--to', '2024', '--format', 'xlsx', '--out', xlsx, '--home', home])).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('Phụ lục')!;
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => String(v ?? '')) : []));
    expect(rows.find((r) => r[1] === 'Hòa Bình')?.slice(2)).toEqual([
      'Kế hoạch số 45/KH-UBND ngày 20/03/2023',
      '',
      '',
      'Báo cáo số 201/BC-SNV ngày 10/12/2024',
    ]);
    expect(rows.find((r) => r[1] === 'Tổng số')?.slice(2)).toEqual(['3 đơn vị', '1 đơn vị (+1 không có tài liệu)', '2 đơn vị', '3 đơn vị']);
  });

  it('writes it as PDF through LibreOffice, and shows page 1 in the docs', async () => {
    const pdf = join(tmp.path, 'tong-hop.pdf');
    const made = await duphong(['report', 'rollup', '--from', '2023', '--to', '2024', '--format', 'pdf', '--out', pdf, '--home', home]);
    expect(made.code, made.stderr).toBe(0);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/Hòa Bình\s+Kế hoạch số 45\/KH-/); // the cell wraps after "KH-"
    // The pictures in the README and docs/plans-and-reports.md: pages 1 and 2 of the realistic appendix.
    const national = join(tmp.path, 'national');
    expect((await duphong(['init', '--home', national])).code).toBe(0);
    expect((await duphong(['plan', 'import', NATIONAL, '--home', national])).code).toBe(0);
    const full = join(tmp.path, 'toan-quoc.pdf');
    expect(
      (await duphong(['report', 'rollup', '--from', '2023', '--to', '2024', '--format', 'pdf', '--out', full, '--home', national])).code,
    ).toBe(0);
    const words = execFileSync('pdftotext', ['-layout', full, '-'], { encoding: 'utf8' });
    expect(words).toMatch(/Yên Bái\s+Báo cáo không có tài liệu/);
    expect(words).toContain('Gửi báo cáo muộn: Bộ Nội vụ (năm 2024, ngày 20/12/2024, hạn 15/12/2024)');
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', full, join(SHOTS, 'report-rollup')]);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '2', '-l', '2', '-singlefile', full, join(SHOTS, 'report-rollup-page-2')]);
  }, 120_000);

  it('records a unit report, says who has reported and whom to remind, adds a plan, and writes the statistics workbook', async () => {
    const submit = await duphong([
      'report',
      'submit',
      '--unit',
      'province-lao-cai',
      '--year',
      '2024',
      '--number',
      '301/BC-SNV',
      '--date',
      '16/12/2024',
      '--figure',
      'staffTrained=5',
      '--narrative',
      'Đã rà soát tài liệu.',
      '--json',
      '--home',
      home,
    ]);
    expect(submit.code, submit.stderr).toBe(0);
    expect(submit.json).toMatchObject({ name: 'Lào Cai', status: 'late', deadline: '2024-12-15' });
    const bad = await duphong([
      'report',
      'submit',
      '--unit',
      'province-lao-cai',
      '--year',
      '2024',
      '--number',
      '302/BC-SNV',
      '--date',
      '01/12/2024',
      '--figure',
      'trang=5',
      '--home',
      home,
    ]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('DP-REPORT-FIGURE-UNKNOWN')]);

    const status = await duphong(['report', 'status', '--year', '2024', '--home', home]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/Lào Cai\s+15\/12\/2024\s+Báo cáo muộn\s+16\/12\/2024/);
    expect(status.stdout).toContain(
      'Năm 2024: 2 đúng hạn, 2 muộn, 0 không có tài liệu, 81 quá hạn chưa báo cáo, 0 chưa đến hạn. Cần nhắc: 81 đơn vị.',
    );

    const PLAN = fileURLToPath(new URL('../fixtures/plans/ke-hoach-lao-cai.json', import.meta.url));
    expect((await duphong(['plan', 'add', PLAN, '--home', home])).code).toBe(0);
    const list = await duphong(['plan', 'list', '--json', '--home', home]);
    expect(list.json.plans.map((p: { id: string }) => p.id)).toEqual(['province-lao-cai:245-KH-UBND:2023-11-14']);

    const xlsx = join(tmp.path, 'thong-ke.xlsx');
    const stats = await duphong(['report', 'stats', '--at', '31/12/2024', '--format', 'xlsx', '--out', xlsx, '--home', home]);
    expect([stats.code, stats.stdout.trim()]).toEqual([0, `Đã ghi ${xlsx} (0 phông).`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('Thống kê')!.getRow(1).getCell(1).value).toBe(
      'THỐNG KÊ TÀI LIỆU, SỐ HÓA VÀ BẢN SAO DỰ PHÒNG THEO PHÔNG ĐẾN NGÀY 31/12/2024',
    );
  });
});
