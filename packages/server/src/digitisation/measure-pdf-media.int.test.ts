import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMedia, checkPdf } from '@duphong/core';
import { measurePdf } from './measure-image.js';
import { playTime, probeMedia } from './probe-media.js';

/*
 * PDFs given as scans (password-protected, restricted, signed for real, already PDF/A, a 150 dpi
 * page image) measured with poppler; films and recordings made by ffmpeg measured with ffprobe.
 */

const run = promisify(execFile);
const MAKE_PDFS = fileURLToPath(new URL('../testing/make-test-pdfs.py', import.meta.url));
const doc = { document: 3, documentType: 'administrative' as const };

/** A white A4 page at `dpi` with a line of Vietnamese text, PNG without alpha. */
async function pagePng(path: string, dpi: number): Promise<void> {
  const w = Math.round(8.27 * dpi);
  const h = Math.round(11.69 * dpi);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/><text x="${dpi}" y="${dpi}" font-family="DejaVu Serif" font-size="${dpi / 6}">Số hóa tài liệu lưu trữ</text></svg>`;
  await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).withMetadata({ density: dpi }).png().toFile(path);
}

const ffmpeg = (...args: string[]) => run('ffmpeg', ['-v', 'error', '-y', ...args]);
const noisyVideo = 'testsrc2=duration=2:size=640x360:rate=25,noise=alls=60:allf=t';

describe('measurePdf and probeMedia on real files', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dp-scan-qc-pdf-'));
    await pagePng(at('p200.png'), 200);
    await pagePng(at('p150.png'), 150);
    await run('/usr/bin/python3', ['-m', 'img2pdf', at('p200.png'), '-o', at('plain.pdf')]);
    await run('/usr/bin/python3', ['-m', 'img2pdf', at('p150.png'), '-o', at('low.pdf')]);
    await run('/usr/bin/python3', [MAKE_PDFS, at('plain.pdf'), at('locked.pdf'), at('restricted.pdf'), at('signed.pdf'), dir]);
    await run('ocrmypdf', ['--output-type', 'pdfa-2', '--skip-text', '--tesseract-timeout', '0', '-q', at('plain.pdf'), at('pdfa.pdf')]);
    await writeFile(at('cut.pdf'), (await readFile(at('plain.pdf'))).subarray(0, 400));
    await writeFile(at('empty.pdf'), Buffer.alloc(0));
    await ffmpeg('-f', 'lavfi', '-i', noisyVideo, '-c:v', 'libx264', '-b:v', '2500k', '-pix_fmt', 'yuv420p', at('ok.mp4'));
    await ffmpeg(
      '-f',
      'lavfi',
      '-i',
      noisyVideo,
      '-c:v',
      'libx264',
      '-b:v',
      '300k',
      '-maxrate',
      '300k',
      '-bufsize',
      '300k',
      '-pix_fmt',
      'yuv420p',
      at('low.mp4'),
    );
    await ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'libmp3lame', '-b:a', '64k', at('low.mp3'));
    await ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'libmp3lame', '-b:a', '192k', at('ok.mp3'));
    await ffmpeg(
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=2',
      '-i',
      at('p150.png'),
      '-map',
      '0',
      '-map',
      '1',
      '-c:a',
      'libmp3lame',
      '-b:a',
      '192k',
      '-c:v',
      'png',
      '-disposition:v',
      'attached_pic',
      at('cover.mp3'),
    );
    await writeFile(at('broken.mp4'), 'đây không phải phim');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a plain scanned PDF: pages and image resolution, nothing to say', async () => {
    const m = await measurePdf(at('plain.pdf'));
    expect(m).toMatchObject({ name: 'plain.pdf', pages: 1, encrypted: false, pdfa: null, signed: false, minImageDpi: 200, readable: true });
    expect(checkPdf(m, doc)).toEqual([]);
  });

  it('a PDF whose page image is 150 dpi is too coarse', async () => {
    const m = await measurePdf(at('low.pdf'));
    expect(m.minImageDpi).toBe(150);
    expect(checkPdf(m, doc)).toMatchObject([{ code: 'DP-SCAN-LOW-DPI', severity: 'error' }]);
  });

  it('a password-protected PDF, and one restricted by an owner password, are encrypted: an error', async () => {
    const locked = await measurePdf(at('locked.pdf'));
    expect(locked).toMatchObject({ encrypted: true, readable: false });
    const [f] = checkPdf(locked, doc);
    expect(f).toMatchObject({ code: 'DP-PDF-ENCRYPTED', severity: 'error', document: 3, name: 'locked.pdf' });
    expect(f!.vi).toBe('Tệp PDF "locked.pdf" có mật khẩu; không đọc được nội dung.');
    const restricted = await measurePdf(at('restricted.pdf'));
    expect(restricted).toMatchObject({ encrypted: true, readable: true, pages: 1 });
    expect(checkPdf(restricted, doc).map((x) => x.code)).toEqual(['DP-PDF-ENCRYPTED']);
  });

  it('a PDF/A and a signed PDF are kept as they are (warnings that say so)', async () => {
    const pdfa = await measurePdf(at('pdfa.pdf'));
    expect(pdfa).toMatchObject({ pdfa: '2B', signed: false, readable: true });
    expect(checkPdf(pdfa, doc)).toMatchObject([{ code: 'DP-PDF-ALREADY-PDFA', severity: 'warning' }]);
    expect(checkPdf(pdfa, doc)[0]!.vi).toContain('đã là PDF/A-2B: giữ nguyên');
    const signed = await measurePdf(at('signed.pdf'));
    expect(signed).toMatchObject({ signed: true, pdfa: null, encrypted: false, readable: true });
    expect(checkPdf(signed, doc)).toMatchObject([{ code: 'DP-PDF-SIGNED', severity: 'warning' }]);
  });

  it('a truncated or empty PDF is unreadable', async () => {
    for (const name of ['cut.pdf', 'empty.pdf']) {
      const m = await measurePdf(at(name));
      expect(m).toMatchObject({ readable: false, encrypted: false });
      expect(checkPdf(m, doc)).toMatchObject([{ code: 'DP-PDF-UNREADABLE', severity: 'error' }]);
    }
  });

  it('video under 1,500 kbps and audio under 128 kbps fail; enough passes', async () => {
    const ok = await probeMedia(at('ok.mp4'));
    expect(ok).toMatchObject({ kind: 'video', codec: 'h264', width: 640, height: 360, readable: true });
    expect(ok.durationSec).toBeCloseTo(2, 0);
    expect(ok.bitRateKbps).toBeGreaterThan(1500);
    expect(checkMedia(ok)).toEqual([]);
    const low = await probeMedia(at('low.mp4'));
    expect(low.bitRateKbps).toBeLessThan(500);
    const [f] = checkMedia(low);
    expect(f).toMatchObject({ code: 'DP-MEDIA-LOW-BITRATE', severity: 'error' });
    expect(f!.vi).toMatch(/^Phim "low\.mp4": tốc độ bit \d+ kbps, thấp hơn mức tối thiểu 1\.500 kbps/);
    const mp3 = await probeMedia(at('low.mp3'));
    expect(mp3).toMatchObject({ kind: 'audio', codec: 'mp3', audioBitRateKbps: 64, sampleRate: 44100 });
    expect(checkMedia(mp3)[0]!.vi).toContain('tốc độ bit 64 kbps, thấp hơn mức tối thiểu 128 kbps');
    expect(checkMedia(await probeMedia(at('ok.mp3')))).toEqual([]);
    // a cover picture does not make a recording a film
    expect(await probeMedia(at('cover.mp3'))).toMatchObject({ kind: 'audio', codec: 'mp3', audioBitRateKbps: 192, width: null });
    expect(playTime(ok.durationSec)).toBe('0:00:02');
    expect(playTime(3725.4)).toBe('1:02:05');
  });

  it('a broken media file is unreadable; photographs are measured by sharp', async () => {
    const broken = await probeMedia(at('broken.mp4'));
    expect(broken).toMatchObject({ readable: false });
    expect(checkMedia(broken)).toMatchObject([{ code: 'DP-MEDIA-UNREADABLE', severity: 'error' }]);
    const photo = await probeMedia(at('p150.png'));
    expect(photo).toMatchObject({ kind: 'image', container: 'png', dpi: 150, bitsPerPixel: 24, readable: true });
    expect(checkMedia(photo)).toMatchObject([{ code: 'DP-MEDIA-LOW-DPI', severity: 'error' }]);
    expect(checkMedia(await probeMedia(at('p200.png')))).toEqual([]);
  });
});
