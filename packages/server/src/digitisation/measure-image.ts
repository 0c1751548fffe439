import { createReadStream } from 'node:fs';
import { open as openFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import type { PageMeasure, PdfMeasure } from '@duphong/core';
import { runTool } from './run-tool.js';
import { parsePdfaId } from './pdf-info.js';
import { recordedDpi } from './recorded-resolution.js';

/*
 * What quality control measures on a scan (core digitisation/qc.ts judges it): per page of an
 * image its resolution, colour depth, ink (blank or not), skew and a perceptual hash; of a PDF its
 * pages, encryption, PDF/A claim, signature and image resolution. A multi-page TIFF is read page
 * by page and every page is shrunk on load: memory does not grow with the file.
 */

// A0 maps at 600 dpi are ~ 20,000 × 28,000 px; anything beyond is refused as unreadable.
const MAX_PIXELS = 1_000_000_000;
const ANALYSIS_WIDTH = 800;
const HASH_SIDE = 32;
// Grey levels by which a hash cell must outshine its neighbour to count: flat paper then gives
// stable zeros instead of bits that flip with sensor noise or JPEG re-encoding.
const HASH_MARGIN = 2;
// Below this ink ratio a page is blank (the rules' blankInkRatio may be stricter).
const BLANK_INK = 0.0003;
// poppler on a damaged PDF can spin; no QC step may hang a batch.
const TOOL_TIMEOUT_MS = 120_000;

const open = (path: string, page: number) => sharp(path, { page, limitInputPixels: MAX_PIXELS, failOn: 'truncated' });

const NOT_AN_IMAGE = 'không phải ảnh TIFF, JPEG hay PNG';

/** Whether the file starts as a TIFF, JPEG or PNG does. */
async function looksLikeImage(path: string): Promise<boolean> {
  const head = Buffer.alloc(8);
  try {
    const file = await openFile(path);
    try {
      await file.read(head, 0, 8, 0);
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
  const hex = head.toString('hex');
  return /^(49492a00|4d4d002a|ffd8ff|89504e47)/.test(hex);
}

/** sharp/libvips errors are English: the archivist reads why in Vietnamese. */
export function unreadableReason(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  if (/unsupported image format|not a known file format|Input file contains unsupported/i.test(text)) return NOT_AN_IMAGE;
  if (/pixel limit/i.test(text)) return 'ảnh quá lớn (quá 1 tỷ điểm ảnh)';
  if (/empty file|0 byte/i.test(text)) return 'tệp rỗng (0 byte)';
  if (/Premature end|truncated|unexpected end|Read error|short read|out of data|EOF/i.test(text)) return 'tệp bị cắt cụt hoặc hỏng';
  if (/ENOENT|Input file is missing/i.test(text)) return 'không tìm thấy tệp';
  return 'tệp ảnh hỏng hoặc không đọc được';
}

function unreadable(name: string, page: number, error: unknown, bytes?: number): PageMeasure {
  return {
    ...(bytes !== undefined && { bytes }),
    name,
    page,
    format: '',
    widthPx: 0,
    heightPx: 0,
    dpiX: null,
    dpiY: null,
    bitsPerPixel: 0,
    colour: 'colour',
    blank: false,
    inkRatio: 0,
    skewDegrees: null,
    dHash: '',
    readable: false,
    error: unreadableReason(error),
  };
}

/** Every page of an image file, measured one after another. */
export async function* measureImage(path: string): AsyncGenerator<PageMeasure> {
  const name = basename(path).normalize('NFC');
  let pages = 1;
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
    if (bytes === 0) {
      yield unreadable(name, 1, 'empty file', 0);
      return;
    }
    pages = (await open(path, 0).metadata()).pages ?? 1;
  } catch (error) {
    // A TIFF cut short loses the directory at its end and libvips calls it "unsupported": the
    // signature at its start says it is an image, damaged.
    const damaged = (await looksLikeImage(path)) && unreadableReason(error) === NOT_AN_IMAGE;
    yield unreadable(name, 1, damaged ? 'truncated' : error);
    return;
  }
  for (let i = 0; i < pages; i++) {
    try {
      yield { ...(await measurePage(path, name, i)), bytes };
    } catch (error) {
      yield unreadable(name, i + 1, error, bytes);
    }
  }
}

async function measurePage(path: string, name: string, index: number): Promise<PageMeasure> {
  const meta = await open(path, index).metadata();
  const alpha = meta.hasAlpha ? 1 : 0;
  const channels = (meta.channels ?? 3) - alpha;
  const sampleBits = meta.bitsPerSample ?? (meta.depth === 'ushort' ? 16 : 8);
  // A palette image stores one index per pixel: 8 bits give 256 colours, not 24-bit colour.
  const bitsPerPixel = meta.isPalette ? sampleBits : sampleBits * channels;
  const colour =
    sampleBits === 1 && channels === 1
      ? 'bilevel'
      : channels === 1 || meta.space === 'b-w' || meta.space === 'grey16'
        ? 'grayscale'
        : 'colour';
  // libvips reports 72 when the file records no resolution (PNG without pHYs, JFIF without units).
  const dpi = await recordedDpi(path, meta);
  // The analysis image: grayscale, shrunk on load; also reads every pixel, so a truncated file fails here.
  const { data, info } = await open(path, index)
    .greyscale()
    .resize({ width: ANALYSIS_WIDTH, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { inkRatio, ink } = inkOf(data, info.width, info.height);
  const blank = inkRatio < BLANK_INK;
  const hash = blank ? '' : await differenceHash(data, info.width, info.height);
  const mask = blank ? '' : await inkMaskOf(data, info.width, info.height);
  return {
    name,
    page: index + 1,
    format: meta.format ?? '',
    widthPx: meta.width ?? 0,
    heightPx: meta.height ?? 0,
    // libvips gives one density; TIFFs with different X and Y resolutions are rare enough.
    dpiX: dpi,
    dpiY: dpi,
    bitsPerPixel,
    colour,
    blank,
    inkRatio,
    skewDegrees: blank ? null : skewOf(ink, info.width, info.height),
    dHash: hash,
    inkMask: mask,
    readable: true,
  };
}

/** Ink: pixels clearly darker than the paper (the page's bright level, its 90th percentile). */
function inkOf(data: Buffer, width: number, height: number): { inkRatio: number; ink: Int32Array } {
  const histogram = new Uint32Array(256);
  for (const v of data) histogram[v]! += 1;
  let seen = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= data.length * 0.9) {
      paper = v;
      break;
    }
  }
  const threshold = Math.max(0, paper - 90);
  // Counted first, so the points go straight into a typed array (a growing JS array was the slow part).
  let count = 0;
  for (let v = 0; v < threshold; v++) count += histogram[v]!;
  const ink = new Int32Array(count * 2);
  let at = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (data[y * width + x]! < threshold) {
        ink[at++] = x;
        ink[at++] = y;
      }
  return { inkRatio: count / Math.max(1, data.length), ink };
}

/** Score of a shear angle: text lines make sharp peaks in the row profile when straight. */
function profileScore(ink: Int32Array, width: number, height: number, angle: number): number {
  const t = Math.tan((angle * Math.PI) / 180);
  // Rows can shift by up to width/2 · tan(10°) either way: one flat array, offset, instead of a Map.
  const margin = Math.ceil((width / 2) * Math.tan((11 * Math.PI) / 180)) + 1;
  const rows = new Uint32Array(height + 2 * margin);
  // At most ~20,000 ink points are enough to find the lines' angle; more only costs time.
  const stride = Math.max(1, Math.floor(ink.length / 2 / 20_000)) * 2;
  for (let i = 0; i < ink.length; i += stride) rows[Math.round(ink[i + 1]! - (ink[i]! - width / 2) * t) + margin]! += 1;
  let score = 0;
  for (const n of rows) score += n * n;
  return score;
}

/** The skew of the text, degrees (positive: lines rise to the right); null with too little text. */
function skewOf(ink: Int32Array, width: number, height: number): number | null {
  if (ink.length / 2 < 300) return null;
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = profileScore(ink, width, height, a);
      if (s > bestScore) [best, bestScore] = [a, s];
    }
  };
  search(-10, 10, 0.5);
  search(best - 0.5, best + 0.5, 0.1);
  return -Math.round(best * 10) / 10;
}

/** A difference hash over a 33 × 32 thumbnail of the analysis image (no second decode): 1,024 bits, 256 hex digits. */
async function differenceHash(grey: Buffer, width: number, height: number): Promise<string> {
  const data = await sharp(grey, { raw: { width, height, channels: 1 } })
    .resize(HASH_SIDE + 1, HASH_SIDE, { fit: 'fill' })
    .raw()
    .toBuffer();
  let hex = '';
  for (let y = 0; y < HASH_SIDE; y++)
    for (let x = 0; x < HASH_SIDE; x += 4) {
      let nibble = 0;
      for (let k = 0; k < 4; k++) {
        const at = y * (HASH_SIDE + 1) + x + k;
        nibble = (nibble << 1) | (data[at]! > data[at + 1]! + HASH_MARGIN ? 1 : 0);
      }
      hex += nibble.toString(16);
    }
  return hex;
}

/** Whether the PDF's bytes carry a signature dictionary (/ByteRange with /Sig), read as a stream. */
async function hasSignature(path: string): Promise<boolean> {
  let byteRange = false;
  let sig = false;
  let carry = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as Buffer).toString('latin1');
    byteRange ||= text.includes('/ByteRange');
    sig ||= /\/Type\s*\/Sig\b|\/FT\s*\/Sig\b/.test(text);
    if (byteRange && sig) return true;
    carry = text.slice(-64);
  }
  return false;
}

// PDF/A forbids JavaScript and Launch actions (ISO 19005-2 §6.6.1). Read with pikepdf (ocrmypdf's
// own library) because such actions usually sit in compressed object streams, out of a byte scan.
const ACTIVE_CONTENT = [
  'import pikepdf, sys',
  'pdf = pikepdf.open(sys.argv[1])',
  'bad = lambda o: isinstance(o, pikepdf.Dictionary) and ("/JS" in o or "/JavaScript" in o or o.get("/S") in (pikepdf.Name.JavaScript, pikepdf.Name.Launch))',
  'print("active" if any(bad(o) for o in pdf.objects) else "clean")',
].join('\n');

/** Whether the PDF is known free of scripts and launch actions (false when it cannot be told). */
async function withoutActiveContent(path: string, signal: AbortSignal): Promise<boolean> {
  const r = await runTool('/usr/bin/python3', ['-c', ACTIVE_CONTENT, path], { signal });
  return r.code === 0 && r.stdout.trim() === 'clean';
}

/** A PDF given as a scan: pages, encryption, PDF/A claim, signature, the lowest image resolution. */
export async function measurePdf(path: string): Promise<PdfMeasure> {
  const name = basename(path).normalize('NFC');
  const base = { name, pages: 0, encrypted: false, pdfa: null, signed: false, minImageDpi: null };
  const options = () => ({ signal: AbortSignal.timeout(TOOL_TIMEOUT_MS) });
  const info = await runTool('pdfinfo', [path], options());
  if (info.missing) return { ...base, readable: false, error: 'chưa cài poppler-utils (pdfinfo) trên máy chủ' };
  if (info.code !== 0) {
    if (/Incorrect password/i.test(info.stderrTail)) return { ...base, encrypted: true, readable: false };
    return { ...base, readable: false, error: 'tệp PDF hỏng, bị cắt cụt hoặc không phải PDF' };
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
  const encrypted = /^Encrypted:\s+yes/m.test(info.stdout);
  const meta = await runTool('pdfinfo', ['-meta', path], options());
  const id = meta.code === 0 ? parsePdfaId(meta.stdout) : null;
  const images = await runTool('pdfimages', ['-list', path], options());
  // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  let minImageDpi: number | null = null;
  for (const line of images.stdout.split('\n').slice(2)) {
    const cols = line.trim().split(/\s+/);
    const x = Number(cols[12]);
    const y = Number(cols[13]);
    if (cols[2] === 'image' && Number.isFinite(x) && Number.isFinite(y)) minImageDpi = Math.min(minImageDpi ?? Infinity, x, y);
  }
  return {
    ...base,
    pages,
    encrypted,
    // The claim is XMP anyone can write: one with scripts is not PDF/A and is converted (which
    // drops them) instead of being kept as is in the backup copy.
    pdfa: id && (await withoutActiveContent(path, AbortSignal.timeout(TOOL_TIMEOUT_MS))) ? `${id.part}${id.conformance}` : null,
    signed: await hasSignature(path),
    minImageDpi,
    readable: pages > 0,
    ...(pages === 0 && { error: 'tệp PDF không có trang nào' }),
  };
}

/** The ink of a page 128 px wide as a bit mask (hex), from the analysis image (no second decode). */
async function inkMaskOf(grey: Buffer, width: number, height: number): Promise<string> {
  const data = await sharp(grey, { raw: { width, height, channels: 1 } })
    .resize({ width: 128 })
    .raw()
    .toBuffer();
  const sorted = Uint8Array.from(data).sort();
  const paper = sorted[Math.floor(sorted.length * 0.9)] ?? 255;
  let hex = '';
  for (let i = 0; i < data.length; i += 4) {
    let nibble = 0;
    for (let k = 0; k < 4; k++) nibble = (nibble << 1) | ((data[i + k] ?? 255) < paper - 40 ? 1 : 0);
    hex += nibble.toString(16);
  }
  return hex;
}
