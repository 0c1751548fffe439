import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNearDuplicates, checkPage, hammingDistance, type DocumentType, type PageMeasure } from '@duphong/core';
import { generateDocumentPages } from '../testing/scan-generator.js';
import { measureImage } from './measure-image.js';

/*
 * Real scans made here with sharp (Vietnamese text in DejaVu Serif on A4 paper at a given
 * resolution), measured by measureImage and judged by core's rules.
 */

const LINES = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Căn cứ Luật Lưu trữ số 33/2024/QH15 ngày 21 tháng 6 năm 2024;',
  'Sở Nội vụ đề nghị các cơ quan, tổ chức rà soát tài liệu lưu trữ',
  'có giá trị đặc biệt để lập danh mục tài liệu cần bảo hiểm.',
  'Việc số hóa phải bảo đảm độ phân giải tối thiểu 200 dpi,',
  'màu sắc trung thực với bản gốc, định dạng PDF/A.',
  'Nơi nhận: như trên; lưu văn thư, phòng Quản lý lưu trữ.',
  'Những khó khăn, vướng mắc cần phản ánh kịp thời về Sở.',
  'Quy trình gồm bốn bước: chuẩn bị, số hóa, kiểm tra và bàn giao.',
];

/** An A4 page at `dpi` with `lines` of 12-point text, as PNG bytes (three channels, no alpha). */
async function page(dpi: number, lines: string[]): Promise<Buffer> {
  const w = Math.round(8.27 * dpi);
  const h = Math.round(11.69 * dpi);
  const size = (12 / 72) * dpi;
  const text = lines
    .map((l, i) => `<text x="${dpi}" y="${dpi + i * size * 1.8}" font-family="DejaVu Serif" font-size="${size}">${l}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fbf8f0"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png().toBuffer();
}

/** The same page with light sensor noise (3 % of samples darker), deterministic. */
async function withNoise(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let s = 7;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    if (s % 100 < 3) data[i] = Math.max(0, data[i]! - 50);
  }
  return sharp(data, { raw: info }).png().toBuffer();
}

// TIFF density written by hand: withMetadata({density}) would also convert grey to sRGB.
/** The PNG without one kind of chunk. */
function withoutChunk(png: Buffer, type: string): Buffer {
  const parts = [png.subarray(0, 8)];
  for (let at = 8; at < png.length;) {
    const end = at + 12 + png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) !== type) parts.push(png.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

const tiffDpi = (dpi: number) => ({ compression: 'lzw' as const, xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' as const });

async function measureAll(path: string): Promise<PageMeasure[]> {
  const out: PageMeasure[] = [];
  for await (const m of measureImage(path)) out.push(m);
  return out;
}
const ctx = { document: 2, documentType: 'administrative' as DocumentType, grayscaleRecorded: false };
const codes = (m: PageMeasure, c = ctx) => checkPage(m, c).map((f) => f.code);

describe('measureImage on real scans', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  let clean200: Buffer;
  let generatedPaths: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dp-scan-qc-'));
    clean200 = await page(200, LINES);
    await sharp(clean200).withMetadata({ density: 200 }).png().toFile(at('clean200.png'));
    await sharp(await page(300, LINES))
      .withMetadata({ density: 300 })
      .jpeg({ quality: 90 })
      .toFile(at('map300.jpg'));
    await sharp(await page(150, LINES))
      .withMetadata({ density: 150 })
      .tiff(tiffDpi(150))
      .toFile(at('low150.tif'));
    // as many scanners write them: a PNG without pHYs, a JPEG whose JFIF header has no units
    await writeFile(at('nodpi.png'), withoutChunk(await sharp(clean200).png().toBuffer(), 'pHYs'));
    await sharp(clean200).jpeg().toFile(at('nodpi.jpg'));
    // the scan generator's PNG and JPEG: density in pHYs / JFIF, no EXIF
    const generated = await generateDocumentPages({ dir: at('generated'), seed: 3, pages: 1, dpi: 300, format: 'png' });
    const generatedJpeg = await generateDocumentPages({ dir: at('generated'), seed: 4, pages: 1, dpi: 250, format: 'jpeg', name: 'j' });
    generatedPaths = [generated[0]!.path, generatedJpeg[0]!.path];
    await sharp(clean200).toColourspace('b-w').tiff(tiffDpi(200)).toFile(at('grey.tif'));
    await sharp(clean200)
      .toColourspace('b-w')
      .threshold(160)
      .tiff({ ...tiffDpi(200), bitdepth: 1, compression: 'ccittfax4' })
      .toFile(at('bilevel.tif'));
    await sharp(clean200).withMetadata({ density: 200 }).png({ palette: true, colours: 256 }).toFile(at('palette.png'));
    await sharp(await page(200, []))
      .withMetadata({ density: 200 })
      .png()
      .toFile(at('blank.png'));
    await sharp(await page(200, ['Trang này để trống.']))
      .withMetadata({ density: 200 })
      .png()
      .toFile(at('one-line.png'));
    await sharp(clean200).rotate(4, { background: '#ffffff' }).withMetadata({ density: 200 }).png().toFile(at('skewed.png'));
    await sharp(await withNoise(clean200))
      .withMetadata({ density: 200 })
      .png()
      .toFile(at('noisy.png'));
    await sharp(clean200).withMetadata({ density: 200 }).jpeg({ quality: 75 }).toFile(at('recoded.jpg'));
    await sharp(await page(200, [...LINES].reverse().slice(2)))
      .withMetadata({ density: 200 })
      .png()
      .toFile(at('other.png'));
    for (const [name, make] of [
      ['cut.tif', sharp(clean200).tiff(tiffDpi(200))],
      ['cut.jpg', sharp(clean200).withMetadata({ density: 200 }).jpeg()],
    ] as const) {
      const bytes = await make.toBuffer();
      await writeFile(at(name), bytes.subarray(0, bytes.length >> 1));
    }
    await writeFile(at('empty.tif'), Buffer.alloc(0));
    await writeFile(at('not-an-image.tif'), 'Đây không phải ảnh');
    const pages = await Promise.all([LINES, LINES.slice(3), []].map((l) => page(200, l)));
    await sharp(pages, { join: { animated: true } })
      .tiff(tiffDpi(200))
      .toFile(at('three.tif'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a clean 200 dpi colour page passes: resolution, 24-bit colour, ink, straight, hashed', async () => {
    const [m] = await measureAll(at('clean200.png'));
    expect(m).toMatchObject({
      name: 'clean200.png',
      page: 1,
      format: 'png',
      widthPx: 1654,
      heightPx: 2338,
      dpiX: 200,
      bitsPerPixel: 24,
      colour: 'colour',
      blank: false,
      readable: true,
    });
    expect(m!.inkRatio).toBeGreaterThan(0.005);
    expect(Math.abs(m!.skewDegrees!)).toBeLessThan(0.5);
    expect(m!.dHash).toMatch(/^[0-9a-f]{256}$/);
    expect(m!.bytes).toBeGreaterThan(0);
    expect(codes(m!)).toEqual([]);
  });

  it('300 dpi passes for a map, 150 dpi fails for an administrative document with the numbers in Vietnamese', async () => {
    const [map] = await measureAll(at('map300.jpg'));
    expect(map!.dpiX).toBe(300);
    expect(codes(map!, { ...ctx, documentType: 'map' })).toEqual([]);
    const [low] = await measureAll(at('low150.tif'));
    expect(low!.dpiX).toBe(150);
    const [f] = checkPage(low!, ctx);
    expect(f).toMatchObject({ code: 'DP-SCAN-LOW-DPI', severity: 'error', document: 2, page: 1 });
    expect(f!.vi).toBe(
      'Trang 1 của tài liệu 0000002: độ phân giải 150 dpi, thấp hơn mức tối thiểu 200 dpi cho tài liệu hành chính (TT05 Điều 8).',
    );
    // the 200 dpi page is too coarse for a map
    const [clean] = await measureAll(at('clean200.png'));
    expect(codes(clean!, { ...ctx, documentType: 'map' })).toEqual(['DP-SCAN-LOW-DPI']);
  });

  it('a file that records no resolution is not taken for 72 dpi; pHYs and JFIF densities are read', async () => {
    for (const name of ['nodpi.png', 'nodpi.jpg']) {
      const [m] = await measureAll(at(name));
      expect(m!.dpiX, name).toBeNull();
      expect(codes(m!)).toEqual(['DP-SCAN-NO-DPI']);
    }
    expect((await measureAll(generatedPaths[0]!))[0]!.dpiX).toBe(300);
    expect((await measureAll(generatedPaths[1]!))[0]!.dpiX).toBe(250);
  });

  it('grayscale and 1-bit pages: refused unless the catalogue records a black-and-white original', async () => {
    const [grey] = await measureAll(at('grey.tif'));
    expect(grey).toMatchObject({ colour: 'grayscale', bitsPerPixel: 8, dpiX: 200, blank: false });
    expect(codes(grey!)).toEqual(['DP-SCAN-GRAYSCALE']);
    expect(codes(grey!, { ...ctx, grayscaleRecorded: true })).toEqual([]);
    const [bw] = await measureAll(at('bilevel.tif'));
    expect(bw).toMatchObject({ colour: 'bilevel', bitsPerPixel: 1, blank: false });
    expect(checkPage(bw!, ctx)[0]!.vi).toContain('đen trắng 1 bit');
  });

  it('a 256-colour palette image is 8 bits per pixel, not 24', async () => {
    const [m] = await measureAll(at('palette.png'));
    expect(m).toMatchObject({ colour: 'colour', bitsPerPixel: 8 });
    expect(codes(m!)).toEqual(['DP-SCAN-BIT-DEPTH']);
  });

  it('a blank page is blank, with no skew and no hash', async () => {
    const [m] = await measureAll(at('blank.png'));
    expect(m).toMatchObject({ blank: true, skewDegrees: null, dHash: '' });
    expect(m!.inkRatio).toBeLessThan(0.0003);
    expect(checkPage(m!, ctx)).toMatchObject([{ code: 'DP-SCAN-BLANK', severity: 'warning' }]);
    // one short line ("this page is left blank") is not blank
    const [line] = await measureAll(at('one-line.png'));
    expect(line).toMatchObject({ blank: false });
    expect(codes(line!)).toEqual([]);
  });

  it('a page rotated by 4° measures about 4° of skew', async () => {
    const [m] = await measureAll(at('skewed.png'));
    expect(Math.abs(m!.skewDegrees!)).toBeGreaterThan(3.4);
    expect(Math.abs(m!.skewDegrees!)).toBeLessThan(4.6);
    expect(checkPage(m!, ctx)).toMatchObject([{ code: 'DP-SCAN-SKEW', severity: 'warning' }]);
  });

  it('the same page rescanned (noise) or re-encoded is a near-duplicate; a different page is not', async () => {
    const [clean, noisy, recoded, other] = await Promise.all(
      ['clean200.png', 'noisy.png', 'recoded.jpg', 'other.png'].map(async (n) => (await measureAll(at(n)))[0]!),
    );
    expect(hammingDistance(clean!.dHash, noisy!.dHash)).toBeLessThan(48);
    expect(hammingDistance(clean!.dHash, recoded!.dHash)).toBeLessThan(48);
    expect(hammingDistance(clean!.dHash, other!.dHash)).toBeGreaterThan(48);
    const found = checkNearDuplicates([
      { document: 1, page: 1, dHash: clean!.dHash },
      { document: 1, page: 2, dHash: other!.dHash },
      { document: 1, page: 3, dHash: noisy!.dHash },
    ]);
    expect(found).toMatchObject([{ code: 'DP-SCAN-DUPLICATE', severity: 'warning', document: 1, page: 3 }]);
    expect(found[0]!.vi).toBe('Trang 3 của tài liệu 0000001 gần như trùng với trang 1 của tài liệu 0000001 (quét hai lần?).');
  });

  it('truncated TIFF and JPEG, a non-image and a 0-byte file are unreadable, said in Vietnamese', async () => {
    for (const name of ['cut.tif', 'cut.jpg', 'not-an-image.tif']) {
      const all = await measureAll(at(name));
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ readable: false });
      // one of the Vietnamese reasons, never libvips' English
      expect(['tệp bị cắt cụt hoặc hỏng', 'không phải ảnh TIFF, JPEG hay PNG', 'tệp ảnh hỏng hoặc không đọc được']).toContain(
        all[0]!.error,
      );
      expect(codes(all[0]!)).toEqual(['DP-SCAN-UNREADABLE']);
    }
    for (const name of ['cut.tif', 'cut.jpg']) expect((await measureAll(at(name)))[0]!.error).toBe('tệp bị cắt cụt hoặc hỏng');
    expect((await measureAll(at('not-an-image.tif')))[0]!.error).toBe('không phải ảnh TIFF, JPEG hay PNG');
    const [empty] = await measureAll(at('empty.tif'));
    expect(empty).toMatchObject({ readable: false, bytes: 0, error: 'tệp rỗng (0 byte)' });
    expect(checkPage(empty!, ctx)).toMatchObject([{ code: 'DP-SCAN-EMPTY', severity: 'error' }]);
  });

  it('a 3-page TIFF is measured page by page', async () => {
    expect((await sharp(at('three.tif')).metadata()).pages).toBe(3);
    const all = await measureAll(at('three.tif'));
    expect(all.map((m) => [m.page, m.blank, m.dpiX])).toEqual([
      [1, false, 200],
      [2, false, 200],
      [3, true, 200],
    ]);
    expect(all[0]!.inkRatio).toBeGreaterThan(all[1]!.inkRatio);
  });
});
