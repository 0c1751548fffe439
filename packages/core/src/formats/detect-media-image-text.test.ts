import { describe, expect, it } from 'vitest';
import { identifyFormat } from './index.js';
import { be32, bytes, u16, u32 } from './test-bytes.js';

function id(head: Uint8Array, name: string) {
  return identifyFormat({ head, name, size: head.length });
}
const codes = (r: { findings?: Array<{ code: string }> }) => (r.findings ?? []).map((f) => f.code);
const JPEG_END = [0xff, 0xd9];

describe('images', () => {
  it.each([
    [0, 'fmt/42'],
    [1, 'fmt/43'],
    [2, 'fmt/44'],
  ])('JFIF 1.0%i → %s', (minor, puid) => {
    const head = bytes([0xff, 0xd8, 0xff, 0xe0], u16(0x1000), 'JFIF\u0000', [1, minor], new Array(20).fill(0), JPEG_END);
    expect(id(head, 'a.jpg')).toMatchObject({ puid, mime: 'image/jpeg', allowed: true });
  });
  const exif = (version: string, order: 'II' | 'MM') => {
    const tag = order === 'II' ? bytes([0x00, 0x90, 0x07, 0x00], u32(4)) : bytes([0x90, 0x00, 0x00, 0x07], be32(4));
    return bytes(
      [0xff, 0xd8, 0xff, 0xe1],
      [0x10, 0x00],
      'Exif\u0000\u0000',
      order === 'II' ? 'II*\u0000' : 'MM\u0000*',
      new Array(30).fill(0),
      tag,
      version,
      JPEG_END,
    );
  };
  it.each([
    ['0200', 'x-fmt/398'],
    ['0210', 'x-fmt/390'],
    ['0220', 'x-fmt/391'],
    ['0221', 'fmt/645'],
    ['0232', 'fmt/1507'],
  ])('Exif %s → %s (both byte orders)', (version, puid) => {
    expect(id(exif(version, 'II'), 'a.jpg').puid).toBe(puid);
    expect(id(exif(version, 'MM'), 'a.jpeg').puid).toBe(puid);
  });
  it('other JPEG → raw JPEG stream', () => {
    expect(id(bytes([0xff, 0xd8, 0xff, 0xdb, 0, 0x43], JPEG_END), 'a.jpg').puid).toBe('fmt/41');
  });
  it('GIF, TIFF', () => {
    expect(id(bytes('GIF87a', [1, 0, 1, 0, 0x3b]), 'a.gif')).toMatchObject({ puid: 'fmt/3', formatVersion: '87a' });
    expect(id(bytes('GIF89a', [1, 0, 1, 0, 0x3b]), 'a.gif')).toMatchObject({ puid: 'fmt/4', formatVersion: '89a' });
    expect(id(bytes('II*\u0000', u32(8)), 'a.tif')).toMatchObject({ puid: 'fmt/353', mime: 'image/tiff' });
    expect(id(bytes('MM\u0000*', be32(8)), 'a.tiff').puid).toBe('fmt/353');
  });
  const chunk = (type: string, data = '') => bytes(be32(data.length), type, data, [0, 0, 0, 0]);
  const png = (...extra: Uint8Array[]) =>
    bytes(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      chunk('IHDR', '\u0000'.repeat(13)),
      ...extra,
      chunk('IDAT', 'xx'),
      chunk('IEND'),
    );
  it('PNG 1.0/1.1/1.2 by chunks', () => {
    expect(id(png(), 'a.png')).toMatchObject({ puid: 'fmt/11', mime: 'image/png' });
    expect(id(png(chunk('sRGB', '\u0000')), 'a.png').puid).toBe('fmt/12');
    expect(id(png(chunk('iCCP', 'p\u0000\u0000')), 'a.png').puid).toBe('fmt/12');
    expect(id(png(chunk('iTXt', 'k\u0000\u0000\u0000\u0000\u0000t')), 'a.png').puid).toBe('fmt/13');
  });
});

describe('video', () => {
  const ftyp = (major: string, ...compatible: string[]) =>
    bytes(be32(16 + 4 * compatible.length), 'ftyp', major, be32(0), ...compatible, be32(8), 'moov');
  it('MPEG-4, M4V, M4A, QuickTime by ftyp brands', () => {
    expect(id(ftyp('isom', 'isom', 'iso2', 'mp41'), 'a.mp4')).toMatchObject({ puid: 'fmt/199', mime: 'video/mp4', allowed: true });
    expect(id(ftyp('mp42', 'mp42', 'isom'), 'a.mp4').puid).toBe('fmt/199');
    expect(id(ftyp('M4V ', 'M4V ', 'mp42'), 'a.m4v').puid).toBe('fmt/199');
    expect(id(ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'a.m4a')).toMatchObject({ puid: 'fmt/199', mime: 'audio/mp4' });
    expect(id(ftyp('qt  ', 'qt  '), 'a.mov')).toMatchObject({ puid: 'x-fmt/384', mime: 'video/quicktime' });
    expect(id(bytes(be32(8), 'wide', be32(16), 'mdat', 'data', be32(8), 'moov'), 'a.qt').puid).toBe('x-fmt/384');
    expect(id(ftyp('heic', 'mif1'), 'a.heic').puid).toBeNull();
  });
  it('MPEG-1/2 program and elementary streams', () => {
    expect(id(bytes([0, 0, 1, 0xba, 0x21, 0, 1, 0, 1, 0x80, 0, 1, 0, 0, 1, 0xbb]), 'a.mpg')).toMatchObject({
      puid: 'x-fmt/385',
      mime: 'video/mpeg',
    });
    expect(id(bytes([0, 0, 1, 0xba, 0x44, 0, 4, 0, 4, 1, 1, 0x89, 0xc3, 0xf8, 0, 0, 1, 0xbb]), 'a.mpeg').puid).toBe('x-fmt/386');
    expect(id(bytes([0, 0, 1, 0xb3, 0x14, 0, 0xf0, 0x13, 0xff, 0xff, 0xe0, 0x18]), 'a.m1v').puid).toBe('fmt/649');
    expect(id(bytes([0, 0, 1, 0xb3, 0x2d, 0, 0x24, 0x13, 0xff, 0xff, 0xe0, 0x18, 0, 0, 1, 0xb5, 0x14]), 'a.m2v').puid).toBe('fmt/640');
  });
  it('AVI', () => {
    expect(id(bytes('RIFF', u32(1000), 'AVI LIST'), 'a.avi')).toMatchObject({ puid: 'fmt/5', mime: 'video/x-msvideo' });
    expect(id(bytes('RIFF', u32(1000), 'WAVEfmt '), 'a.wav').puid).toBeNull();
  });
  const guid = (g: string) => {
    const h = g.replace(/-/g, '');
    const le = (s: string) => s.match(/../g)!.reverse().join('');
    return bytes((le(h.slice(0, 8)) + le(h.slice(8, 12)) + le(h.slice(12, 16)) + h.slice(16)).match(/../g)!.map((x) => parseInt(x, 16)));
  };
  const asf = (...streamTypes: string[]) =>
    bytes(
      guid('75B22630-668E-11CF-A6D9-00AA0062CE6C'),
      new Array(14).fill(0),
      ...streamTypes.map((t) => bytes(guid('B7DC0791-A9B7-11CF-8EE6-00C00C205365'), new Array(8).fill(0), guid(t), new Array(40).fill(0))),
    );
  const VIDEO = 'BC19EFC0-5B4D-11CF-A8FD-00805F5C442B';
  const AUDIO = 'F8699E40-5B4D-11CF-A8FD-00805F5C442B';
  it('ASF: WMV when a video stream, WMA when audio only, else by extension', () => {
    expect(id(asf(AUDIO, VIDEO), 'a.wmv')).toMatchObject({ puid: 'fmt/133', basis: 'signature', mime: 'video/x-ms-wmv' });
    expect(id(asf(AUDIO), 'a.wma')).toMatchObject({ puid: 'fmt/132', basis: 'signature', mime: 'audio/x-ms-wma' });
    expect(id(asf(), 'a.wmv')).toMatchObject({ puid: 'fmt/133', basis: 'extension' });
    expect(id(asf(), 'a.asf')).toMatchObject({ puid: 'fmt/131', allowed: false });
    expect(codes(id(asf(AUDIO), 'a.wmv'))).toEqual(['DP-FMT-EXT-MISMATCH']);
  });
});

describe('audio', () => {
  const MP3_FRAME = [0xff, 0xfb, 0x90, 0x64];
  it('MP3 by frame sync, with or without ID3', () => {
    expect(id(bytes(MP3_FRAME, new Array(100).fill(0)), 'a.mp3')).toMatchObject({
      puid: 'fmt/134',
      mime: 'audio/mpeg',
      basis: 'signature',
    });
    expect(id(bytes('ID3', [4, 0, 0, 0, 0, 0, 10], 'x'.repeat(10), MP3_FRAME), 'a.mp3').puid).toBe('fmt/134');
    // a tag that runs past the head: the extension decides, and says so
    expect(id(bytes('ID3', [4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f], 'x'.repeat(20)), 'a.mp3')).toMatchObject({
      puid: 'fmt/134',
      basis: 'extension',
    });
    expect(id(bytes('ID3', [4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f], 'x'.repeat(20)), 'a.aac')).toMatchObject({
      puid: 'fmt/1812',
      basis: 'extension',
    });
  });
  it('AAC ADTS (FFF1, FFF9)', () => {
    expect(id(bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), 'a.aac')).toMatchObject({
      puid: 'fmt/1812',
      mime: 'audio/aac',
      allowed: true,
    });
    expect(id(bytes([0xff, 0xf9, 0x50, 0x80, 0x02, 0x1f, 0xfc]), 'a.aac').puid).toBe('fmt/1812');
  });
  it('rejects a bad MPEG audio header', () => {
    expect(id(bytes([0xff, 0xfb, 0xf0, 0x64, 0x00]), 'a.mp3').puid).toBeNull();
  });
});

describe('text formats', () => {
  it.each([
    ['{\\rtf1\\ansi\\deff0 hi}', 'fmt/45'],
    ['{\\rtf1\\ansi\\ansicpg1258\\deff0 hi}', 'fmt/50'],
    ['{\\rtf1\\ansi\\ansicpg1252\\stshfdbch0\\stshfloch0\\stshfhich0\\stshfbi0{\\lsdstimax156}}', 'fmt/53'],
    ['{\\rtf1\\ansi\\ansicpg1252\\stshfdbch31505\\stshfloch31506\\stshfhich31506\\stshfbi0{\\*\\defchp \\f31506}}', 'fmt/355'],
  ])('RTF %s → %s', (text, puid) => {
    expect(id(bytes(text), 'a.rtf')).toMatchObject({ puid, mime: 'application/rtf' });
  });
  it.each([
    ['<!DOCTYPE html>\n<html><body>x</body></html>', 'fmt/471'],
    ['  <!doctype html SYSTEM "about:legacy-compat"><html>', 'fmt/471'],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd"><html>', 'fmt/100'],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html>', 'fmt/99'],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><html>', 'fmt/98'],
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">', 'fmt/102'],
    ['<html>\n<head><title>Hồ sơ</title></head></html>', 'fmt/96'],
  ])('HTML %s → %s', (text, puid) => {
    expect(id(bytes(unescape(encodeURIComponent(text))), 'a.html').puid).toBe(puid);
  });
  it('skips a UTF-8 byte-order mark', () => {
    expect(id(bytes([0xef, 0xbb, 0xbf], '<!DOCTYPE html><html>'), 'a.htm').puid).toBe('fmt/471');
  });
  it('XML and XSD are known, not content formats', () => {
    expect(id(bytes('<?xml version="1.0"?><mets/>'), 'METS.xml')).toMatchObject({
      puid: 'fmt/101',
      mime: 'application/xml',
      allowed: false,
    });
    expect(id(bytes('<?xml version="1.0"?><xs:schema/>'), 'a.xsd').puid).toBe('x-fmt/280');
  });
  it('plain text and CSV (UTF-8, Vietnamese)', () => {
    const text = bytes(unescape(encodeURIComponent('Mã hồ sơ;Tiêu đề\nHS-01;Báo cáo năm\n')));
    expect(id(text, 'a.txt')).toMatchObject({ puid: 'x-fmt/111', mime: 'text/plain', basis: 'signature' });
    expect(id(text, 'a.csv')).toMatchObject({ puid: 'x-fmt/18', mime: 'text/csv', basis: 'extension' });
    expect(id(text, 'notes')).toMatchObject({ puid: 'x-fmt/111' });
  });
  it('binary is not text: NULs, invalid UTF-8', () => {
    expect(id(bytes('abc\u0000def'), 'a.txt').puid).toBeNull();
    expect(id(bytes('ab', [0xc3, 0x28], 'cd'), 'a.txt').puid).toBeNull();
  });
  it('a UTF-8 sequence cut at the end of the head is still text', () => {
    const head = bytes('abc', [0xe1, 0xba]);
    expect(identifyFormat({ head, name: 'a.txt', size: 1000 }).puid).toBe('x-fmt/111');
  });
});
