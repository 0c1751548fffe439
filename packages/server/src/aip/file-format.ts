import { extname } from 'node:path';
import type { BlobStore } from '@duphong/core';
import type { FileFormat } from './object-aip.js';

// TODO(merge): replace with identifyFormat from core formats (magic bytes + PRONOM) once it lands.
const BY_EXT: Record<string, FileFormat> = {
  '.pdf': { name: 'Portable Document Format', mime: 'application/pdf' },
  '.jpg': { name: 'JPEG', mime: 'image/jpeg' },
  '.jpeg': { name: 'JPEG', mime: 'image/jpeg' },
  '.tif': { name: 'TIFF', mime: 'image/tiff' },
  '.tiff': { name: 'TIFF', mime: 'image/tiff' },
  '.png': { name: 'PNG', mime: 'image/png' },
  '.txt': { name: 'Plain Text File', mime: 'text/plain' },
};

function identify(name: string): FileFormat {
  return BY_EXT[extname(name).toLowerCase()] ?? { name: 'unknown', mime: 'application/octet-stream' };
}

export async function identifySourceFile(absolute: string): Promise<FileFormat> {
  return identify(absolute);
}

/** The format of bytes already stored (a layout upgrade): only the first 64 KiB are read. */
export async function identifyStoredFile(_store: BlobStore, _key: string, name: string): Promise<FileFormat> {
  return identify(name);
}
