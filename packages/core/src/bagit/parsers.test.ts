import { describe, expect, it } from 'vitest';
import { parseBagInfo, parseOxum, formatBagInfo } from './bag-info.js';
import { parseBagitTxt } from './bagit-txt.js';
import { parseFetch } from './fetch.js';
import { formatManifest, parseManifest, parseManifestName } from './manifest.js';
import { checkBagPath, decodeBagPath, encodeBagPath } from './paths.js';
import { decodeTagText, splitLines } from './text.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const codes = (fs: ReadonlyArray<{ code: string }>) => fs.map((f) => f.code);

describe('bagit.txt', () => {
  it('reads version and encoding with any line ending', () => {
    const d = parseBagitTxt(bytes('BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8'));
    expect(d).toMatchObject({ version: '0.97', versionNumber: [0, 97], encoding: 'utf-8' });
    expect(codes(d.findings)).toEqual(['DP-BAG-OLD-VERSION']);
    expect(parseBagitTxt(bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')).findings).toEqual([]);
  });
  it('refuses a byte-order mark, whitespace before the colon, a bad version, a missing encoding', () => {
    expect(
      codes(
        parseBagitTxt(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')])).findings,
      ),
    ).toEqual(['DP-BAG-BAGIT-TXT-BOM']);
    const ws = parseBagitTxt(bytes('BagIt-Version : 1.0\nTag-File-Character-Encoding : UTF-8\n'));
    expect(codes(ws.findings)).toEqual(['DP-BAG-BAGIT-TXT-SYNTAX', 'DP-BAG-BAGIT-TXT-SYNTAX']);
    expect(codes(parseBagitTxt(bytes('BagIt-Version: .97\nTag-File-Character-Encoding: UTF-8\n')).findings)).toEqual(['DP-BAG-VERSION']);
    expect(codes(parseBagitTxt(bytes('BagIt-Version: 0.97\n')).findings)).toEqual(['DP-BAG-OLD-VERSION', 'DP-BAG-ENCODING-MISSING']);
  });
  it('extra lines warn before 1.0 and are errors in 1.0; unknown encodings are errors', () => {
    const old = parseBagitTxt(bytes('BagIt-Version: 0.96\nTag-File-Character-Encoding: UTF-8\nextra line: x'));
    expect(old.findings.find((f) => f.code === 'DP-BAG-BAGIT-TXT-EXTRA-LINES')?.severity).toBe('warning');
    const v1 = parseBagitTxt(bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nextra line: x'));
    expect(v1.findings.find((f) => f.code === 'DP-BAG-BAGIT-TXT-EXTRA-LINES')?.severity).toBe('error');
    expect(codes(parseBagitTxt(bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: KLINGON-9\n')).findings)).toEqual([
      'DP-BAG-ENCODING-UNSUPPORTED',
    ]);
  });
});

describe('tag text', () => {
  it('decodes UTF-16 by its BOM and ISO-8859-1 byte for byte', () => {
    expect(decodeTagText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]), 'utf-16')).toBe('Aé');
    expect(decodeTagText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]), 'utf-16')).toBe('A');
    expect(decodeTagText(new Uint8Array([0x41, 0xe9, 0x80]), 'iso-8859-1')).toBe('Aé\u0080');
    expect(() => decodeTagText(new Uint8Array([0xc3]), 'utf-8')).toThrow();
    expect(splitLines('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('bag-info.txt', () => {
  it('joins continuation lines and keeps repeated labels in order', () => {
    const info = parseBagInfo('A: 1\nDesc: first\n   second\nA: 2\nTest-Tag : 3\nT:\t4\n');
    expect(info.findings).toEqual([]);
    expect(info.entries).toEqual([
      { label: 'A', value: '1' },
      { label: 'Desc', value: 'first\n   second' },
      { label: 'A', value: '2' },
      { label: 'Test-Tag', value: '3' },
      { label: 'T', value: '4' },
    ]);
  });
  it('refuses an unindented continuation and a line without a colon', () => {
    expect(codes(parseBagInfo('key: some value\nThis line should have been indented').findings)).toEqual(['DP-BAG-BAG-INFO-SYNTAX']);
    expect(codes(parseBagInfo('key; the value').findings)).toEqual(['DP-BAG-BAG-INFO-SYNTAX']);
  });
  it('parses Payload-Oxum and writes continuation lines back', () => {
    expect(parseOxum('58.2')).toEqual({ octets: 58, streams: 2 });
    expect(parseOxum('58')).toBeUndefined();
    const text = formatBagInfo([{ label: 'Desc', value: 'a\nb' }]);
    expect(text).toBe('Desc: a\n  b\n');
    expect(parseBagInfo(text).entries[0]!.value).toBe('a\n  b');
  });
});

describe('paths', () => {
  it.each([
    ['../x', false],
    ['data/../../x', false],
    ['/tmp/foo', false],
    ['~/foo', false],
    ['~root/foo', false],
    ['file:///foo/bar', false],
    ['\\\\?\\C:\\data\\x', false],
    ['C:\\Windows\\x.exe', false],
    ['C:/Windows/x.exe', false],
    ['%HomeDrive%/Windows', false],
    ['data//x', false],
    ['data/./x', false],
    ['data/x~y', true],
    ['data/%7Etest1.txt', true],
    ['data/test 1.txt', true],
    ['./data/x', true],
  ])('%s safe=%s', (path, ok) => {
    expect(checkBagPath(path).ok).toBe(ok);
  });
  it('percent-decodes only %0A, %0D and %25 and round-trips', () => {
    expect(decodeBagPath('data/a%0Ab%0dc%25d%7E')).toBe('data/a\nb\rc%d%7E');
    const name = 'data/x%y\nz\r';
    expect(decodeBagPath(encodeBagPath(name))).toBe(name);
  });
});

describe('manifests', () => {
  it('names algorithm and kind from the file name', () => {
    expect(parseManifestName('manifest-sha256.txt')).toEqual({ kind: 'payload', algorithmName: 'sha256', algorithm: 'sha256' });
    expect(parseManifestName('tagmanifest-SHA512.txt')).toEqual({ kind: 'tag', algorithmName: 'SHA512', algorithm: 'sha512' });
    expect(parseManifestName('manifest-sha3256.txt')).toEqual({ kind: 'payload', algorithmName: 'sha3256' });
    expect(parseManifestName('bag-info.txt')).toBeUndefined();
  });
  it('reads lines separated by spaces or a tab, the md5sum marker, ./ and encoded names', () => {
    const d = 'd41d8cd98f00b204e9800998ecf8427e';
    const m = parseManifest(
      `${d}  data/a b\n${d}\tdata/t\n${d} *data/star\n${d}  ./data/dot\n${d.toUpperCase()}  data/x%0Ay\n`,
      'manifest-md5.txt',
      'md5',
    );
    expect(m.entries.map((e) => e.path)).toEqual(['data/a b', 'data/t', 'data/star', 'data/dot', 'data/x\ny']);
    expect(m.entries.every((e) => e.digest === d)).toBe(true);
    expect(codes(m.findings)).toEqual(['DP-BAG-LEADING-DOT-SLASH', 'DP-BAG-MD5SUM-MARKER']);
  });
  it('refuses malformed lines, wrong digest lengths and unsafe paths', () => {
    const m = parseManifest(
      'abc\n1234  data/x\n8ad8757baa8564dc136c1e07507f4a98 ../data/x\n8ad8757baa8564dc136c1e07507f4a98 \\\\?\\C:\\x',
      'manifest-md5.txt',
      'md5',
    );
    expect(codes(m.findings)).toEqual(['DP-BAG-MANIFEST-SYNTAX', 'DP-BAG-MANIFEST-SYNTAX', 'DP-BAG-UNSAFE-PATH', 'DP-BAG-UNSAFE-PATH']);
    expect(m.entries).toEqual([]);
  });
  it('writes sorted, percent-encoded lines', () => {
    expect(
      formatManifest([
        { path: 'data/b', digest: '2' },
        { path: 'data/a%\n', digest: '1' },
      ]),
    ).toBe('1  data/a%25%0A\n2  data/b\n');
  });
});

describe('fetch.txt', () => {
  it('reads url, length or "-", and path; never anything else', () => {
    const f = parseFetch('http://h/a - data/a\nhttp://h/b 12 data/test 1.txt\n');
    expect(f.findings).toEqual([]);
    expect(f.entries).toEqual([
      { url: 'http://h/a', path: 'data/a', line: 1 },
      { url: 'http://h/b', length: 12, path: 'data/test 1.txt', line: 2 },
    ]);
  });
  it('refuses blank lines, unsafe paths and tag files', () => {
    expect(codes(parseFetch('http://h/a 1 data/a\n \n').findings)).toEqual(['DP-BAG-FETCH-SYNTAX']);
    expect(codes(parseFetch('http://h/a - ~/x\nhttp://h/a - file:///x\n').findings)).toEqual(['DP-BAG-UNSAFE-PATH', 'DP-BAG-UNSAFE-PATH']);
    expect(codes(parseFetch('http://h/a - bag-info.txt\n').findings)).toEqual(['DP-BAG-FETCH-OUTSIDE-PAYLOAD']);
  });
});
