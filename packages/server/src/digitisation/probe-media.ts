import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import sharp from 'sharp';
import type { MediaMeasure } from '@duphong/core';
import { runTool } from './run-tool.js';
import { unreadableReason } from './measure-image.js';
import { recordedDpi } from './recorded-resolution.js';

/*
 * What quality control measures on a digitised film, tape or photograph (core checkMedia judges
 * it against TT05: video ≥ 1,500 kbps, audio ≥ 128 kbps, photographs ≥ 200 dpi). Audio-visual files
 * are read by ffprobe (no shell, bounded in time), photographs by sharp's header only.
 */

const IMAGE_EXTENSIONS = new Set(['.tif', '.tiff', '.jpg', '.jpeg', '.png']);
// ffprobe reads only headers and a few packets; a minute means a file it cannot make sense of.
const PROBE_TIMEOUT_MS = 60_000;

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  bit_rate?: string;
  sample_rate?: string;
  disposition?: { attached_pic?: number };
}
interface FfprobeFormat {
  format_name?: string;
  duration?: string;
  bit_rate?: string;
}

const kbps = (bitsPerSecond: string | undefined): number | null => {
  const n = Number(bitsPerSecond);
  return bitsPerSecond !== undefined && Number.isFinite(n) && n > 0 ? Math.round(n / 100) / 10 : null;
};
const num = (text: string | undefined): number | null => {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) ? n : null;
};

function unreadable(name: string, kind: MediaMeasure['kind'], error: string): MediaMeasure {
  return {
    name,
    kind,
    container: '',
    codec: null,
    durationSec: null,
    width: null,
    height: null,
    bitRateKbps: null,
    audioBitRateKbps: null,
    sampleRate: null,
    readable: false,
    error,
  };
}

/** A photograph: its format, size, colour depth and recorded resolution (header only). */
async function probeImage(path: string, name: string): Promise<MediaMeasure> {
  try {
    const m = await sharp(path, { limitInputPixels: 1_000_000_000 }).metadata();
    const channels = (m.channels ?? 3) - (m.hasAlpha ? 1 : 0);
    const sampleBits = m.bitsPerSample ?? (m.depth === 'ushort' ? 16 : 8);
    return {
      name,
      kind: 'image',
      container: m.format ?? '',
      codec: m.compression ?? null,
      durationSec: null,
      width: m.width ?? null,
      height: m.height ?? null,
      bitRateKbps: null,
      audioBitRateKbps: null,
      sampleRate: null,
      bitsPerPixel: m.isPalette ? sampleBits : sampleBits * channels,
      dpi: await recordedDpi(path, m),
      readable: true,
    };
  } catch (error) {
    return unreadable(name, 'image', unreadableReason(error));
  }
}

/** Measure a digitised audio-visual file or photograph. */
export async function probeMedia(path: string): Promise<MediaMeasure> {
  const name = basename(path).normalize('NFC');
  const isImage = IMAGE_EXTENSIONS.has(extname(name).toLowerCase());
  let bytes = 0;
  try {
    bytes = (await stat(path)).size;
  } catch {
    return unreadable(name, isImage ? 'image' : 'video', 'không tìm thấy tệp');
  }
  if (bytes === 0) return unreadable(name, isImage ? 'image' : 'video', 'tệp rỗng (0 byte)');
  if (isImage) return probeImage(path, name);
  const run = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', path], {
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  });
  if (run.missing) return unreadable(name, 'video', 'chưa cài ffmpeg (ffprobe) trên máy chủ');
  if (run.aborted) return unreadable(name, 'video', `ffprobe không đọc xong tệp trong ${PROBE_TIMEOUT_MS / 1000} giây`);
  let parsed: { streams?: FfprobeStream[]; format?: FfprobeFormat };
  try {
    parsed = JSON.parse(run.stdout) as typeof parsed;
  } catch {
    parsed = {};
  }
  const streams = parsed.streams ?? [];
  // A cover picture in an MP3 is an attached video stream of one frame: it does not make the file a film.
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (run.code !== 0 || !parsed.format || (!video && !audio))
    return unreadable(name, 'video', 'tệp âm thanh/phim hỏng, bị cắt cụt hoặc không phải định dạng âm thanh/phim');
  return {
    name,
    kind: video ? 'video' : 'audio',
    container: parsed.format.format_name ?? '',
    codec: (video ?? audio)?.codec_name ?? null,
    durationSec: num(parsed.format.duration),
    width: video?.width ?? null,
    height: video?.height ?? null,
    bitRateKbps: kbps(parsed.format.bit_rate),
    audioBitRateKbps: kbps(audio?.bit_rate),
    sampleRate: num(audio?.sample_rate),
    readable: true,
  };
}

/** Seconds as h:mm:ss, for TT05's playTime. */
export function playTime(seconds: number | null): string {
  if (seconds === null) return '';
  const s = Math.round(seconds);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
