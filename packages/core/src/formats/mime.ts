import { FORMATS, M4A_MIME } from './registry.js';

export const OCTET_STREAM = 'application/octet-stream';

/** Extension → MIME type of the TT05 content formats; a few extra names the packages themselves carry. */
const EXTRA: Record<string, string> = {
  xml: 'application/xml', // METS/EAD/PREMIS: TT05 writes mdRef MIMETYPE="application/xml"
  xsd: OCTET_STREAM, // schemas are carried, not described: TT05 sample packages say so
  m4a: M4A_MIME,
  xhtml: 'application/xhtml+xml',
};

const BY_EXTENSION = new Map<string, string>();
for (const f of FORMATS) {
  if (!f.allowed) continue;
  for (const ext of f.extensions) if (!BY_EXTENSION.has(ext)) BY_EXTENSION.set(ext, f.mime);
}
for (const [ext, mime] of Object.entries(EXTRA)) BY_EXTENSION.set(ext, mime);

/** The extension of a file name (or path), lower-case, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** MIME type for a file name by its extension alone; unknown → application/octet-stream. */
export function mimeForName(name: string): string {
  return BY_EXTENSION.get(extensionOf(name)) ?? OCTET_STREAM;
}
