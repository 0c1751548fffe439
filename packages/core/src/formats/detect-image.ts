import { startsWithBytes, u32be, textAt } from './bytes.js';
import type { Detection, Probe } from './probe.js';

const JFIF_VERSIONS: Record<string, string> = { '1.0': 'fmt/42', '1.1': 'fmt/43', '1.2': 'fmt/44' };
// The ExifVersion tag (0x9000, UNDEFINED, count 4) as written little- and big-endian, then its value.
const EXIF_TAG = ['\u0000\u0090\u0007\u0000\u0004\u0000\u0000\u0000', '\u0090\u0000\u0000\u0007\u0000\u0000\u0000\u0004'];
const EXIF_VERSIONS: Array<[prefix: string, puid: string]> = [
  ['0200', 'x-fmt/398'],
  ['0210', 'x-fmt/390'],
  ['0220', 'x-fmt/391'],
  ['0221', 'fmt/645'],
  ['023', 'fmt/1507'],
];

function detectJpeg(p: Probe): Detection | undefined {
  if (!startsWithBytes(p.head, [0xff, 0xd8, 0xff])) return undefined;
  if (p.head[3] === 0xe0 && textAt(p.head, 6, 11) === 'JFIF\u0000') {
    const puid = JFIF_VERSIONS[`${p.head[11]}.${p.head[12]}`];
    if (puid) return { puid, basis: 'signature' };
  }
  if (p.head[3] === 0xe1 && textAt(p.head, 6, 12) === 'Exif\u0000\u0000') {
    for (const tag of EXIF_TAG) {
      const at = p.headText.indexOf(tag);
      if (at < 0) continue;
      const value = textAt(p.head, at + tag.length, at + tag.length + 4);
      const match = EXIF_VERSIONS.find(([prefix]) => value.startsWith(prefix));
      if (match) return { puid: match[1], basis: 'signature' };
    }
  }
  return { puid: 'fmt/41', basis: 'signature' };
}

/** PNG 1.0/1.1/1.2 as PRONOM tells them apart: by the chunks each version introduced. */
function detectPng(p: Probe): Detection | undefined {
  if (!startsWithBytes(p.head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return undefined;
  const types = new Set<string>();
  for (let at = 8; at + 8 <= p.head.length;) {
    const length = u32be(p.head, at);
    types.add(textAt(p.head, at + 4, at + 8));
    at += 12 + length;
  }
  if (types.has('iTXt')) return { puid: 'fmt/13', basis: 'signature' };
  if (types.has('iCCP') || types.has('sRGB') || types.has('sPLT')) return { puid: 'fmt/12', basis: 'signature' };
  return { puid: 'fmt/11', basis: 'signature' };
}

export function detectImage(p: Probe): Detection | undefined {
  const start = textAt(p.head, 0, 6);
  if (start === 'GIF87a') return { puid: 'fmt/3', basis: 'signature' };
  if (start === 'GIF89a') return { puid: 'fmt/4', basis: 'signature' };
  if (start.startsWith('II*\u0000') || start.startsWith('MM\u0000*')) return { puid: 'fmt/353', basis: 'signature' };
  return detectJpeg(p) ?? detectPng(p);
}
