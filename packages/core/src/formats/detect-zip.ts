import { startsWithBytes, u16le } from './bytes.js';
import { finding, type Detection, type Probe } from './probe.js';

const LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ODF_TYPES: Record<string, { family: string; versions: Record<string, string> }> = {
  'application/vnd.oasis.opendocument.text': {
    family: 'odt',
    versions: { '1.0': 'fmt/136', '1.1': 'fmt/290', '1.2': 'fmt/291', '1.3': 'fmt/1756' },
  },
  'application/vnd.oasis.opendocument.spreadsheet': { family: 'ods', versions: { '1.0': 'fmt/137', '1.1': 'fmt/294', '1.2': 'fmt/295' } },
  'application/vnd.oasis.opendocument.presentation': { family: 'odp', versions: { '1.0': 'fmt/138', '1.1': 'fmt/292', '1.2': 'fmt/293' } },
};
const OOXML: Array<[prefix: string, puid: string, ext: string]> = [
  ['word/', 'fmt/412', 'docx'],
  ['xl/', 'fmt/214', 'xlsx'],
  ['ppt/', 'fmt/215', 'pptx'],
];
const BY_EXTENSION: Record<string, string> = {
  docx: 'fmt/412',
  xlsx: 'fmt/214',
  pptx: 'fmt/215',
  odt: 'fmt/291',
  ods: 'fmt/295',
  odp: 'fmt/293',
};

/** Entry names from the local file headers in the head (stops where sizes are deferred or cut off). */
export function localEntryNames(head: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  while (startsWithBytes(head, LOCAL, at) && at + 30 <= head.length) {
    const flags = u16le(head, at + 6);
    const compressed = (u16le(head, at + 18) | (u16le(head, at + 20) << 16)) >>> 0;
    const nameLength = u16le(head, at + 26);
    const extraLength = u16le(head, at + 28);
    if (at + 30 + nameLength > head.length) break;
    names.push(new TextDecoder().decode(head.subarray(at + 30, at + 30 + nameLength)));
    if (flags & 0x08) break; // sizes follow the data: the next header's place is unknown
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** Entry names from the central directory, when the tail holds all of it (found via the end record). */
export function centralEntryNames(p: Probe): string[] {
  const eocd = p.tailText.lastIndexOf('PK\u0005\u0006');
  if (eocd < 0 || eocd + 22 > p.tail.length) return [];
  const count = u16le(p.tail, eocd + 10);
  const cdOffset = (u16le(p.tail, eocd + 16) | (u16le(p.tail, eocd + 18) << 16)) >>> 0;
  let at = cdOffset - p.tailStart;
  if (at < 0) return [];
  const names: string[] = [];
  for (let i = 0; i < count && startsWithBytes(p.tail, [0x50, 0x4b, 0x01, 0x02], at); i++) {
    const nameLength = u16le(p.tail, at + 28);
    const skip = u16le(p.tail, at + 30) + u16le(p.tail, at + 32);
    names.push(new TextDecoder().decode(p.tail.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + skip;
  }
  return names;
}

/** ODF declares its version on the root elements: office:version / manifest:version="1.2". */
function odfVersion(text: string): string | undefined {
  return /(?:office|manifest):version=["'](1\.[0-3])["']/.exec(text)?.[1];
}

/** The `mimetype` entry ODF requires first and stored: its bytes follow the local header. */
function odfMimetype(head: Uint8Array): string | undefined {
  const nameLength = u16le(head, 26);
  const name = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
  if (name !== 'mimetype' || u16le(head, 8) !== 0) return undefined;
  const start = 30 + nameLength + u16le(head, 28);
  const size = (u16le(head, 18) | (u16le(head, 20) << 16)) >>> 0;
  return new TextDecoder().decode(head.subarray(start, start + Math.min(size, 100)));
}

function detectOdf(p: Probe, mimetype: string): Detection | undefined {
  const odf = ODF_TYPES[mimetype];
  if (!odf) return undefined;
  const version = odfVersion(p.headText) ?? odfVersion(p.containerText);
  const puid = version ? odf.versions[version] : undefined;
  if (puid) return { puid, basis: 'container' };
  // The manifest is usually deflated, so the version is often out of sight: say so rather than guess silently.
  return {
    puid: odf.versions['1.2']!,
    basis: 'container',
    findings: [
      finding(
        'DP-FMT-VERSION-ASSUMED',
        'warning',
        `Không đọc được phiên bản ODF${version ? ` (${version})` : ''}; ghi nhận là ODF 1.2 / ODF version not readable${version ? ` (${version})` : ''}; recorded as ODF 1.2`,
      ),
    ],
  };
}

/** ZIP containers: ODF by its mimetype entry, OOXML by its part names, else by extension, else plain ZIP. */
export function detectZip(p: Probe): Detection | undefined {
  if (!startsWithBytes(p.head, LOCAL)) return undefined;
  const mimetype = odfMimetype(p.head);
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) {
    const odf = detectOdf(p, mimetype);
    if (odf) return odf;
  }
  const central = centralEntryNames(p);
  const names = [...localEntryNames(p.head), ...central];
  if (names.includes('[Content_Types].xml')) {
    for (const [prefix, puid] of OOXML) if (names.some((n) => n.startsWith(prefix))) return { puid, basis: 'container' };
  }
  const byExtension = BY_EXTENSION[p.ext];
  // Without the central directory the listing is partial: trust the extension, and say so.
  if (byExtension && central.length === 0) return { puid: byExtension, basis: 'extension' };
  return { puid: 'x-fmt/263', basis: 'signature' };
}
