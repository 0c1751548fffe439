import { open } from 'node:fs/promises';
import type { Metadata } from 'sharp';

/*
 * Whether an image file records its resolution at all. libvips answers 72 dpi for a PNG without
 * a pHYs chunk and a JPEG whose JFIF header has no units: quality control must say "not recorded"
 * (DP-SCAN-NO-DPI), not "72 dpi". sharp's resolutionUnit comes from EXIF/TIFF tags only, so PNG
 * pHYs and JFIF units are read here from the file's first bytes (chunk headers only).
 */

const MAX_PNG_CHUNKS = 1000;

/** The resolution in dpi the file records, or null when it records none. */
export async function recordedDpi(path: string, meta: Pick<Metadata, 'format' | 'density' | 'resolutionUnit'>): Promise<number | null> {
  if (meta.density === undefined) return null;
  if (meta.resolutionUnit !== undefined || meta.format === 'tiff') return meta.density;
  if (meta.format === 'png') return (await pngHasPhysicalUnits(path)) ? meta.density : null;
  if (meta.format === 'jpeg') return (await jfifHasUnits(path)) ? meta.density : null;
  return meta.density;
}

/** A pHYs chunk in metres (unit 1) before the image data. */
async function pngHasPhysicalUnits(path: string): Promise<boolean> {
  const file = await open(path);
  try {
    const head = Buffer.alloc(9);
    let at = 8;
    for (let i = 0; i < MAX_PNG_CHUNKS; i++) {
      const { bytesRead } = await file.read(head, 0, 8, at);
      if (bytesRead < 8) return false;
      const length = head.readUInt32BE(0);
      const type = head.toString('latin1', 4, 8);
      if (type === 'IDAT' || type === 'IEND') return false;
      if (type === 'pHYs') {
        await file.read(head, 0, 9, at + 8);
        return head[8] === 1;
      }
      at += 12 + length;
    }
    return false;
  } finally {
    await file.close();
  }
}

/** A JFIF APP0 segment first, with units 1 (inch) or 2 (cm). */
async function jfifHasUnits(path: string): Promise<boolean> {
  const file = await open(path);
  try {
    const head = Buffer.alloc(14);
    const { bytesRead } = await file.read(head, 0, 14, 0);
    return bytesRead === 14 && head.toString('latin1', 6, 11) === 'JFIF\0' && head[13]! > 0;
  } finally {
    await file.close();
  }
}
