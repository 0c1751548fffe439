import { describe, expect, it } from 'vitest';
import { checkRootName } from './structure.js';
import { checkUnreferenced } from './completeness.js';
import { decodeXmlUtf8 } from './encoding.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeXmlUtf8 (DP-XML-ENCODING)', () => {
  it('accepts UTF-8, with or without a byte-order mark', () => {
    expect(decodeXmlUtf8(utf8('<?xml version="1.0" encoding="UTF-8"?><a>Hồ sơ</a>'))).toEqual({
      text: '<?xml version="1.0" encoding="UTF-8"?><a>Hồ sơ</a>',
    });
    expect(decodeXmlUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<a/>')]))).toEqual({ text: '<a/>' });
  });

  it('refuses Latin-1 bytes declared as UTF-8 and names the first bad byte', () => {
    const r = decodeXmlUtf8(new Uint8Array([...utf8('<a>\ncaf'), 0xe9, ...utf8('</a>')]), 'p/METS.xml');
    expect('finding' in r && r.finding).toMatchObject({ code: 'DP-XML-ENCODING', severity: 'error', path: 'p/METS.xml' });
    expect('finding' in r && r.finding.message).toMatch(/0xE9.*offset 7 \(line 2\)/);
  });

  it('refuses UTF-16 (with or without BOM), overlong forms, surrogates and other declared encodings', () => {
    const u16 = Buffer.from('\ufeff<a/>', 'utf16le');
    expect(decodeXmlUtf8(u16)).toHaveProperty('finding.code', 'DP-XML-ENCODING');
    expect(decodeXmlUtf8(Buffer.from('<a/>', 'utf16le'))).toHaveProperty('finding.code', 'DP-XML-ENCODING');
    expect(decodeXmlUtf8(new Uint8Array([0x3c, 0xc0, 0xbc]))).toHaveProperty('finding.message', expect.stringMatching(/0xC0/));
    expect(decodeXmlUtf8(new Uint8Array([0x3c, 0xed, 0xa0, 0x80]))).toHaveProperty('finding.message', expect.stringMatching(/0xED/));
    expect(decodeXmlUtf8(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toHaveProperty(
      'finding.message',
      expect.stringMatching(/ISO-8859-1/),
    );
  });
});

describe('checkUnreferenced (DP-PKG-FILE-UNREFERENCED)', () => {
  const files = [
    'p/METS.xml',
    'p/aip.json',
    'p/schemas/a.xsd',
    'p/representations/rep1/data/x.pdf',
    'p/representations/rep1/data/ho\u0302.pdf',
  ];
  it('errors inside the package folders, warns at the root, and matches names after NFC', () => {
    const found = checkUnreferenced(files, new Set(['p/schemas/a.xsd', 'p/representations/rep1/data/h\u00f4.pdf']), 'p/');
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'p/aip.json'],
      ['error', 'p/representations/rep1/data/x.pdf'],
    ]);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 150 }, (_, i) => `p/data/${i}`);
    const found = checkUnreferenced(many, new Set(), 'p/');
    expect(found).toHaveLength(101);
    expect(found[100]!.message).toMatch(/50 tệp khác/);
  });
});

describe('checkRootName', () => {
  it('warns (CSIPSTR2) for a folder, refuses (DP-PKG-OBJID-FOLDER) inside an archive', () => {
    expect(checkRootName('x', 'uuid-A')[0]).toMatchObject({ code: 'CSIPSTR2', severity: 'warning' });
    expect(checkRootName('x', 'uuid-A', true)[0]).toMatchObject({ code: 'DP-PKG-OBJID-FOLDER', severity: 'error', path: 'x' });
    expect(checkRootName('urn_P_KHCN_uuid-A', 'urn:P_KHCN:uuid-A', true)).toEqual([]);
  });
});
