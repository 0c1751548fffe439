import { guidBytes, u32be, startsText, textAt } from './bytes.js';
import { M4A_MIME } from './registry.js';
import type { Detection, Probe } from './probe.js';

const ASF_HEADER = guidBytes('75B22630-668E-11CF-A6D9-00AA0062CE6C');
const ASF_STREAM_PROPERTIES = guidBytes('B7DC0791-A9B7-11CF-8EE6-00C00C205365');
const ASF_VIDEO = guidBytes('BC19EFC0-5B4D-11CF-A8FD-00805F5C442B');
const ASF_AUDIO = guidBytes('F8699E40-5B4D-11CF-A8FD-00805F5C442B');

// ISO base media brands that PRONOM's fmt/199 signature accepts, plus Apple's M4V/M4A ones.
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4VP',
  'M4A ',
  'M4B ',
  'f4v ',
  'f4a ',
]);
// Top-level QuickTime atoms a .mov may start with when it has no ftyp (PRONOM x-fmt/384).
const QT_ATOMS = new Set(['moov', 'mdat', 'free', 'wide', 'skip', 'pnot']);

/** ASF (WMV/WMA): the stream type GUID 24 bytes after each Stream Properties Object tells video from audio. */
function detectAsf(p: Probe): Detection | undefined {
  if (!startsText(p.head, ASF_HEADER)) return undefined;
  let video = false;
  let audio = false;
  for (let at = p.headText.indexOf(ASF_STREAM_PROPERTIES); at >= 0; at = p.headText.indexOf(ASF_STREAM_PROPERTIES, at + 16)) {
    const type = textAt(p.head, at + 24, at + 40);
    video ||= type === ASF_VIDEO;
    audio ||= type === ASF_AUDIO;
  }
  if (video) return { puid: 'fmt/133', basis: 'signature' };
  if (audio) return { puid: 'fmt/132', basis: 'signature' };
  if (p.ext === 'wmv') return { puid: 'fmt/133', basis: 'extension' };
  if (p.ext === 'wma') return { puid: 'fmt/132', basis: 'extension' };
  return { puid: 'fmt/131', basis: 'signature' };
}

function detectIsoMedia(p: Probe): Detection | undefined {
  const box = textAt(p.head, 4, 8);
  if (box === 'ftyp') {
    const size = u32be(p.head, 0);
    const major = textAt(p.head, 8, 12);
    const brands = [major];
    for (let at = 16; at + 4 <= Math.min(size, p.head.length); at += 4) brands.push(textAt(p.head, at, at + 4));
    if (major === 'qt  ') return { puid: 'x-fmt/384', basis: 'signature' };
    if (!brands.some((b) => MP4_BRANDS.has(b))) return undefined;
    const audio = brands.includes('M4A ') || brands.includes('M4B ') || (p.ext === 'm4a' && !brands.includes('M4V '));
    return audio ? { puid: 'fmt/199', basis: 'signature', mime: M4A_MIME } : { puid: 'fmt/199', basis: 'signature' };
  }
  if (QT_ATOMS.has(box) && p.headText.includes('moov')) return { puid: 'x-fmt/384', basis: 'signature' };
  return undefined;
}

/** MPEG-1/2 program streams (pack header) and elementary video streams (sequence header). */
function detectMpegVideo(p: Probe): Detection | undefined {
  if (startsText(p.head, '\u0000\u0000\u0001\u00ba')) {
    const marker = p.head[4] ?? 0;
    if ((marker & 0xc0) === 0x40) return { puid: 'x-fmt/386', basis: 'signature' };
    if ((marker & 0xf0) === 0x20) return { puid: 'x-fmt/385', basis: 'signature' };
    return undefined;
  }
  if (startsText(p.head, '\u0000\u0000\u0001\u00b3')) {
    // MPEG-2 follows the sequence header with a sequence extension (start code B5).
    const mpeg2 = p.headText.includes('\u0000\u0000\u0001\u00b5');
    return { puid: mpeg2 ? 'fmt/640' : 'fmt/649', basis: 'signature' };
  }
  return undefined;
}

/** An MPEG audio frame header at `at`: Layer III → MP3; layer bits 00 with sync FFF → AAC ADTS. */
function audioFrameAt(p: Probe, at: number): 'mp3' | 'adts' | undefined {
  const b0 = p.head[at];
  const b1 = p.head[at + 1] ?? 0;
  const b2 = p.head[at + 2] ?? 0;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  if ((b1 & 0xf6) === 0xf0) return 'adts'; // 12-bit sync, layer 00: ADTS
  const layer = (b1 >> 1) & 0x03;
  const bitrate = b2 >> 4;
  const rate = (b2 >> 2) & 0x03;
  if (layer === 0x01 && bitrate !== 0x0f && bitrate !== 0 && rate !== 0x03) return 'mp3';
  return undefined;
}

function detectAudio(p: Probe): Detection | undefined {
  let at = 0;
  if (startsText(p.head, 'ID3')) {
    // ID3v2 size is syncsafe (7 bits a byte), after a 10-byte header (+10 with a footer).
    const size = [6, 7, 8, 9].reduce((n, i) => (n << 7) | ((p.head[i] ?? 0) & 0x7f), 0);
    at = 10 + size + ((p.head[5] ?? 0) & 0x10 ? 10 : 0);
    if (at + 4 > p.head.length) {
      // The tag runs past the head: the ID3 marks tagged audio; the extension says which.
      if (p.ext === 'aac') return { puid: 'fmt/1812', basis: 'extension' };
      return { puid: 'fmt/134', basis: p.ext === 'mp3' ? 'extension' : 'signature' };
    }
  }
  const frame = audioFrameAt(p, at);
  if (frame === 'adts') return { puid: 'fmt/1812', basis: 'signature' };
  if (frame === 'mp3') return { puid: 'fmt/134', basis: 'signature' };
  return undefined;
}

export function detectMedia(p: Probe): Detection | undefined {
  if (startsText(p.head, 'RIFF') && textAt(p.head, 8, 12) === 'AVI ') return { puid: 'fmt/5', basis: 'signature' };
  return detectAsf(p) ?? detectIsoMedia(p) ?? detectMpegVideo(p) ?? detectAudio(p);
}
