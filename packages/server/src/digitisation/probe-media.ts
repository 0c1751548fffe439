import { basename } from 'node:path';
import type { MediaMeasure } from '@duphong/core';
import { runTool } from './run-tool.js';

/*
 * Digitised film and tape (ghi âm, ghi hình) are kept unchanged; ffprobe tells what they are:
 * container, codec, duration, picture size and bit rates (TT05: video ≥ 1,500 kbps, audio ≥ 128
 * kbps, judged by core's checkMedia).
 */

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  bit_rate?: string;
  sample_rate?: string;
  disposition?: { attached_pic?: number };
}
interface Probe {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

const num = (v: string | number | undefined): number | null => {
  const n = Number(v);
  return v === undefined || !Number.isFinite(n) ? null : n;
};
const kbps = (v: string | undefined): number | null => {
  const n = num(v);
  return n === null ? null : n / 1000;
};

export async function probeMedia(path: string): Promise<MediaMeasure> {
  const name = basename(path).normalize('NFC');
  const empty: MediaMeasure = {
    name,
    kind: 'audio',
    container: '',
    codec: null,
    durationSec: null,
    width: null,
    height: null,
    bitRateKbps: null,
    audioBitRateKbps: null,
    sampleRate: null,
    readable: false,
  };
  const run = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', path]);
  if (run.missing) return { ...empty, error: 'chưa cài ffprobe (gói Debian ffmpeg)' };
  let probe: Probe;
  try {
    probe = JSON.parse(run.stdout) as Probe;
  } catch {
    return { ...empty, error: 'tệp hỏng hoặc không phải tệp ghi âm, ghi hình' };
  }
  const streams = probe.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (run.code !== 0 || (!video && !audio)) return { ...empty, error: 'tệp hỏng hoặc không phải tệp ghi âm, ghi hình' };
  return {
    name,
    kind: video ? 'video' : 'audio',
    container: probe.format?.format_name ?? '',
    codec: (video ?? audio)?.codec_name ?? null,
    durationSec: num(probe.format?.duration),
    width: video?.width ?? null,
    height: video?.height ?? null,
    bitRateKbps: kbps(probe.format?.bit_rate),
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
