import { describe, expect, it } from 'vitest';
import { checkFrames, checkInspection, checkReel, filmCopyCounts } from './checks.js';

const range = (fileCode: string, frameFrom: number, frameTo: number, documentId: string | null = null) => ({
  fileCode,
  documentId,
  frameFrom,
  frameTo,
});
const codes = (fs: Array<{ code: string }>) => fs.map((f) => f.code);

describe('microfilm checks', () => {
  it('accepts adjacent ranges within the reel, and refuses overlaps, reversed and out-of-reel ranges', () => {
    expect(checkFrames(600, [range('H15.01.2006.001', 1, 240), range('H15.01.2006.002', 241, 600)])).toEqual([]);
    expect(codes(checkFrames(600, [range('A', 1, 300), range('B', 300, 400)]))).toEqual(['DP-FILM-FRAMES-OVERLAP']);
    expect(codes(checkFrames(600, [range('A', 10, 5)]))).toEqual(['DP-FILM-FRAMES-ORDER']);
    expect(codes(checkFrames(600, [range('A', 0, 5)]))).toEqual(['DP-FILM-FRAMES-ORDER']);
    const beyond = checkFrames(600, [range('A', 590, 610)]);
    expect(codes(beyond)).toEqual(['DP-FILM-FRAMES-BEYOND']);
    expect(beyond[0]!.vi).toContain('vượt quá số khung của cuộn (600)');
    expect(beyond[0]!.en).toContain("reel's 600 frames");
  });

  it('checks a reel’s frame count and reduction ratio', () => {
    expect(checkReel({ code: 'VP-15-0001', frameCount: 600, reductionRatio: '1:14' })).toEqual([]);
    expect(codes(checkReel({ code: ' ', frameCount: 0, reductionRatio: '14x' }))).toEqual([
      'DP-FILM-CODE-EMPTY',
      'DP-FILM-FRAME-COUNT',
      'DP-FILM-RATIO',
    ]);
  });

  it('warns when an inspection’s condition does not fit what was found', () => {
    expect(checkInspection({ signs: ['tray-xuoc'], readable: true, condition: '02' })).toEqual([]);
    expect(codes(checkInspection({ signs: ['hoi-chung-giam'], readable: false, condition: '01' }))).toEqual([
      'DP-FILM-UNREADABLE-NOT-DAMAGED',
      'DP-FILM-VINEGAR-GOOD',
    ]);
  });

  it('counts a film copy as a backup copy unless damaged or found unreadable', () => {
    expect(filmCopyCounts('01', null)).toBe(true);
    expect(filmCopyCounts('02', { readable: true })).toBe(true);
    expect(filmCopyCounts('02', { readable: false })).toBe(false);
    expect(filmCopyCounts('03', null)).toBe(false);
  });
});
