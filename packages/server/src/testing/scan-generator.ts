import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { ADMINISTRATIVE_SENTENCES, DOCUMENT_TITLES, MOTTO, MOTTO_LINE } from './vietnamese-corpus.js';

/**
 * Realistic test scans of Vietnamese administrative pages, with their ground-truth text: for OCR
 * quality tests, the digitisation pipeline's tests and the bench. Rendered by sharp (librsvg) from
 * SVG in DejaVu Serif, so the same seed gives the same pixels on any machine with that font.
 */
export type ScanVariant = 'clean' | 'noise' | 'skew' | 'blank' | 'grayscale' | 'low-resolution';
export type ScanFormat = 'png' | 'tiff' | 'jpeg';
export type Paper = 'A4' | 'A5';

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
};

export interface GenerateOptions {
  /** Same seed, same pages (sentences, font size, speckles, skew sign). */
  seed: number;
  pages: number;
  /** Folder the page files are written to (created). */
  dir: string;
  /** Default 200 (TT05's minimum for text). */
  dpi?: number;
  format?: ScanFormat;
  variant?: ScanVariant;
  paper?: Paper;
  /** Body lines under the header (default 12: half a page keeps OCR in tests quick). */
  bodyLines?: number;
  /** 'skew': degrees of rotation, the sign alternating per page (default 2). */
  skewDegrees?: number;
  /** 'noise': specks per page (default 1500). */
  specks?: number;
  /** 'low-resolution': the dpi actually scanned (default 100). */
  lowDpi?: number;
  /** false: write no density at all, as some scanners do (default true). */
  density?: boolean;
  /** File name prefix (default 'scan'). */
  name?: string;
}

export interface GeneratedPage {
  page: number;
  path: string;
  /** Ground truth: the lines printed on the page, joined with \n ('' for a blank page). */
  text: string;
  /** Density written in the file. */
  dpi: number;
  width: number;
  height: number;
  variant: ScanVariant;
  format: ScanFormat;
}

const PAPER_COLOUR = '#fcfbf6';
const INK = '#141414';
const FONT = 'DejaVu Serif';
// DejaVu Serif's widest Vietnamese lines run ~0.58 em per character: wrap a little narrower.
const EM_PER_CHAR = 0.62;

/** Small deterministic generator (mulberry32): tests must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whole words into lines of at most `max` characters. */
function wrap(words: readonly string[], max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > max) {
      out.push(line);
      if (out.length === lines) return out;
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' && out.length < lines) out.push(line);
  return out;
}

interface Layout {
  svg: string;
  text: string;
}

function layoutPage(rng: () => number, width: number, height: number, dpi: number, options: GenerateOptions, blank: boolean): Layout {
  const px = (pt: number) => (pt * dpi) / 72;
  const mm = (v: number) => (v * dpi) / 25.4;
  const parts: string[] = [`<rect width="100%" height="100%" fill="${PAPER_COLOUR}"/>`];
  const lines: string[] = [];
  if (!blank) {
    const bodyPt = 11 + Math.floor(rng() * 3); // 11, 12 or 13 pt
    let y = mm(20);
    const centred = (text: string, pt: number, bold: boolean) => {
      y += px(pt) * 1.5;
      parts.push(
        `<text x="${width / 2}" y="${y.toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="${px(pt).toFixed(1)}"` +
          `${bold ? ' font-weight="bold"' : ''} fill="${INK}">${escapeXml(text)}</text>`,
      );
      lines.push(text);
    };
    centred(MOTTO, 12, true);
    centred(MOTTO_LINE, 13, true);
    y += px(13);
    centred(pick(rng, DOCUMENT_TITLES), 13, true);
    y += px(bodyPt) * 0.5;
    const left = mm(25);
    const maxChars = Math.floor((width - left - mm(18)) / (px(bodyPt) * EM_PER_CHAR));
    const words: string[] = [];
    while (words.length < (options.bodyLines ?? 12) * maxChars) words.push(...pick(rng, ADMINISTRATIVE_SENTENCES).split(' '));
    for (const line of wrap(words, maxChars, options.bodyLines ?? 12)) {
      y += px(bodyPt) * 1.5;
      if (y > height - mm(20)) break;
      parts.push(
        `<text x="${left.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${px(bodyPt).toFixed(1)}" fill="${INK}">${escapeXml(line)}</text>`,
      );
      lines.push(line);
    }
  }
  if (options.variant === 'noise' || blank) {
    // dust and toner specks; a blank page gets a few, as a real one does
    const count = blank ? 12 : (options.specks ?? 1500);
    const scale = dpi / 200;
    for (let i = 0; i < count; i++) {
      const r = (0.4 + rng() * 1.4) * scale;
      const grey = Math.floor(rng() * 120);
      parts.push(
        `<circle cx="${(rng() * width).toFixed(1)}" cy="${(rng() * height).toFixed(1)}" r="${r.toFixed(2)}" fill="rgb(${grey},${grey},${grey})"/>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
  return { svg, text: lines.join('\n') };
}

/** Render `pages` scans into `dir` and return each with its ground truth. */
export async function generateDocumentPages(options: GenerateOptions): Promise<GeneratedPage[]> {
  const variant = options.variant ?? 'clean';
  const format = options.format ?? 'png';
  const dpi = variant === 'low-resolution' ? (options.lowDpi ?? 100) : (options.dpi ?? 200);
  const paper = PAPER_MM[options.paper ?? 'A4'];
  const width = Math.round((paper.width * dpi) / 25.4);
  const height = Math.round((paper.height * dpi) / 25.4);
  await mkdir(options.dir, { recursive: true });
  const out: GeneratedPage[] = [];
  for (let page = 1; page <= options.pages; page++) {
    const rng = seededRandom(options.seed * 7919 + page);
    const { svg, text } = layoutPage(rng, width, height, dpi, options, variant === 'blank');
    let image = sharp(Buffer.from(svg), { density: 72 }).flatten({ background: PAPER_COLOUR });
    if (variant === 'skew') {
      const degrees = (options.skewDegrees ?? 2) * (page % 2 === 0 ? -1 : 1);
      const rotated = await image.rotate(degrees, { background: PAPER_COLOUR }).png().toBuffer({ resolveWithObject: true });
      const left = Math.floor((rotated.info.width - width) / 2);
      const top = Math.floor((rotated.info.height - height) / 2);
      image = sharp(rotated.data).extract({ left, top, width, height });
    }
    // one grey channel, as a greyscale scanner writes it
    image = variant === 'grayscale' ? image.toColourspace('b-w') : image.removeAlpha();
    const path = join(
      options.dir,
      `${options.name ?? 'scan'}-${String(page).padStart(3, '0')}.${format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : 'png'}`,
    );
    // sharp's withMetadata({density}) would also force an sRGB profile (three channels): write the density ourselves
    const dense = options.density !== false;
    if (format === 'png') await writeFile(path, setPngDensity(await image.png().toBuffer(), dense ? dpi : undefined));
    else if (format === 'jpeg') {
      const jpeg = await image.jpeg({ quality: 92 }).toBuffer();
      await writeFile(path, dense ? setJpegDensity(jpeg, dpi) : jpeg);
    } else if (dense) await image.tiff({ compression: 'lzw', xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' }).toFile(path);
    else await image.tiff({ compression: 'lzw' }).toFile(path);
    out.push({ page, path, text, dpi, width, height, variant, format });
  }
  return out;
}

/** Replace the PNG's pHYs chunk (sharp always writes one) with `dpi` in pixels per metre; undefined: drop it. */
export function setPngDensity(png: Buffer, dpi: number | undefined): Buffer {
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'pHYs') {
      if (dpi === undefined) return Buffer.concat([png.subarray(0, offset), png.subarray(offset + 12 + length)]);
      const ppm = Math.round(dpi / 0.0254);
      const out = Buffer.from(png);
      out.writeUInt32BE(ppm, offset + 8);
      out.writeUInt32BE(ppm, offset + 12);
      out.writeUInt8(1, offset + 16); // unit: metre
      out.writeUInt32BE(crc32(out.subarray(offset + 4, offset + 17)), offset + 17);
      return out;
    }
    offset += 12 + length;
  }
  throw new Error('PNG without pHYs chunk');
}

/** Give the JPEG a JFIF header with `dpi` (sharp writes none: readers would assume 72 or nothing). */
export function setJpegDensity(jpeg: Buffer, dpi: number): Buffer {
  const app0 = Buffer.alloc(18);
  app0.writeUInt16BE(0xffe0, 0);
  app0.writeUInt16BE(16, 2);
  app0.write('JFIF\0', 4, 'latin1');
  app0.writeUInt16BE(0x0101, 9); // version 1.01
  app0.writeUInt8(1, 11); // unit: dots per inch
  app0.writeUInt16BE(Math.round(dpi), 12);
  app0.writeUInt16BE(Math.round(dpi), 14);
  const hasJfif = jpeg.readUInt16BE(2) === 0xffe0 && jpeg.toString('latin1', 6, 11) === 'JFIF\0';
  const rest = hasJfif ? jpeg.subarray(4 + jpeg.readUInt16BE(4)) : jpeg.subarray(2);
  return Buffer.concat([jpeg.subarray(0, 2), app0, rest]);
}
