import { describe, expect, it } from 'vitest';
import { identifyFormat, mimeForName, ALLOWED_FORMATS } from './index.js';
import { bytes, u16, u32, utf16, zipEntry } from './test-bytes.js';

function id(head: Uint8Array, name: string, tail?: Uint8Array, size = head.length) {
  return identifyFormat(tail ? { head, tail, name, size } : { head, name, size });
}
const codes = (r: { findings?: Array<{ code: string }> }) => (r.findings ?? []).map((f) => f.code);

describe('PDF and PDF/A', () => {
  it.each([
    ['1.0', 'fmt/14'],
    ['1.1', 'fmt/15'],
    ['1.2', 'fmt/16'],
    ['1.3', 'fmt/17'],
    ['1.4', 'fmt/18'],
    ['1.5', 'fmt/19'],
    ['1.6', 'fmt/20'],
    ['1.7', 'fmt/276'],
    ['2.0', 'fmt/1129'],
  ])('PDF %s → %s', (version, puid) => {
    const r = id(bytes(`%PDF-${version}\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`), 'a.pdf');
    expect(r).toMatchObject({ puid, mime: 'application/pdf', allowed: true, basis: 'signature', formatVersion: version });
    expect(r.findings).toBeUndefined();
  });
  const xmpAttr = (part: string, conf: string) =>
    `<rdf:Description xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="${part}" pdfaid:conformance="${conf}"/>`;
  const xmpElem = (part: string, conf: string) =>
    `<rdf:Description xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'><pdfaid:part>${part}</pdfaid:part><pdfaid:conformance>${conf}</pdfaid:conformance></rdf:Description>`;
  it.each([
    ['1', 'A', 'fmt/95'],
    ['1', 'B', 'fmt/354'],
    ['2', 'A', 'fmt/476'],
    ['2', 'B', 'fmt/477'],
    ['2', 'U', 'fmt/478'],
    ['3', 'A', 'fmt/479'],
    ['3', 'B', 'fmt/480'],
    ['3', 'U', 'fmt/481'],
  ])('PDF/A-%s%s → %s (attribute form in the head, element form in the tail)', (part, conf, puid) => {
    expect(id(bytes(`%PDF-1.7\n${xmpAttr(part, conf)}\n%%EOF`), 'a.pdf').puid).toBe(puid);
    const head = bytes('%PDF-1.4\n', 'x'.repeat(100));
    const tail = bytes(xmpElem(part, conf.toLowerCase()), '\nstartxref\n123\n%%EOF\n');
    expect(id(head, 'a.pdf', tail, 10_000_000)).toMatchObject({ puid, formatVersion: `${part}${conf.toLowerCase()}` });
  });
  it('warns when %%EOF is missing and when a PDF/A level is not in the table', () => {
    expect(codes(id(bytes('%PDF-1.4\nno end'), 'a.pdf'))).toEqual(['DP-FMT-PDF-NO-EOF']);
    const r = id(bytes(`%PDF-1.7\n${xmpAttr('4', 'F')}\n%%EOF`), 'a.pdf');
    expect(r.puid).toBe('fmt/276');
    expect(codes(r)).toEqual(['DP-FMT-PDFA-UNKNOWN-LEVEL']);
  });
  it('is not fooled by %PDF- far into the file', () => {
    expect(id(bytes('x'.repeat(5000), '%PDF-1.4\n%%EOF'), 'a.pdf').puid).toBe('x-fmt/111');
  });
});

describe('ZIP containers', () => {
  const odf = (type: string, extra = '') =>
    bytes(zipEntry('mimetype', `application/vnd.oasis.opendocument.${type}`), zipEntry('META-INF/manifest.xml', extra));
  it.each([
    ['text', 'a.odt', '1.2', 'fmt/291'],
    ['text', 'a.odt', '1.3', 'fmt/1756'],
    ['text', 'a.odt', '1.1', 'fmt/290'],
    ['spreadsheet', 'a.ods', '1.2', 'fmt/295'],
    ['presentation', 'a.odp', '1.2', 'fmt/293'],
    ['presentation', 'a.odp', '1.0', 'fmt/138'],
  ])('ODF %s %s version %s → %s', (type, name, version, puid) => {
    const r = id(odf(type, `<manifest:manifest manifest:version="${version}">`), name);
    expect(r).toMatchObject({ puid, basis: 'container', allowed: true });
    expect(r.findings).toBeUndefined();
  });
  it('ODF with its version out of sight: 1.2, said so; containerText can supply it', () => {
    const r = id(odf('spreadsheet'), 'a.ods');
    expect(r).toMatchObject({ puid: 'fmt/295', mime: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(codes(r)).toEqual(['DP-FMT-VERSION-ASSUMED']);
    const head = odf('text');
    expect(identifyFormat({ head, name: 'a.odt', size: head.length, containerText: 'office:version="1.3"' }).puid).toBe('fmt/1756');
  });
  it.each([
    ['word/document.xml', 'a.docx', 'fmt/412', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xl/workbook.xml', 'a.xlsx', 'fmt/214', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ppt/presentation.xml', 'a.pptx', 'fmt/215', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  ])('OOXML part %s → %s', (part, name, puid, mime) => {
    const r = id(bytes(zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('_rels/.rels'), zipEntry(part)), name);
    expect(r).toMatchObject({ puid, mime, basis: 'container', allowed: true });
  });
  it('reads OOXML part names from the central directory in the tail', () => {
    const names = ['[Content_Types].xml', 'xl/workbook.xml'];
    const central = names.map((n) =>
      bytes('PK\u0001\u0002', new Array(24).fill(0), u16(n.length), u16(0), u16(0), new Array(12).fill(0), n),
    );
    const cd = bytes(...central);
    const size = 1_000_000;
    const tail = bytes(cd, 'PK\u0005\u0006', u16(0), u16(0), u16(2), u16(2), u32(cd.length), u32(size - 22 - cd.length), u16(0));
    // head: a deflated first entry with a data descriptor, so the local headers say nothing more
    const head = bytes('PK\u0003\u0004', u16(20), u16(8), u16(8), new Array(16).fill(0), u16(4), u16(0), 'abcd', 'compressed…');
    expect(id(head, 'book.xlsx', tail, size)).toMatchObject({ puid: 'fmt/214', basis: 'container' });
    expect(id(head, 'book.docx', undefined, size)).toMatchObject({ puid: 'fmt/412', basis: 'extension' });
  });
  it('plain ZIP: known, not allowed', () => {
    const r = id(zipEntry('a.txt', 'hello'), 'a.zip');
    expect(r).toMatchObject({ puid: 'x-fmt/263', allowed: false });
    expect(codes(r)).toEqual(['DP-FMT-NOT-ALLOWED']);
  });
});

describe('OLE2 compound files', () => {
  const ole = (...streams: string[]) =>
    bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(504).fill(0), ...streams.map((s) => `${utf16(s)}\u0000\u0000`));
  it.each([
    ['WordDocument', 'fmt/40', 'application/msword'],
    ['Workbook', 'fmt/61', 'application/vnd.ms-excel'],
    ['Book', 'fmt/59', 'application/vnd.ms-excel'],
    ['PowerPoint Document', 'fmt/126', 'application/vnd.ms-powerpoint'],
  ])('stream %s → %s', (stream, puid, mime) => {
    expect(id(ole('Root Entry', stream), 'x.bin')).toMatchObject({ puid, mime, basis: 'container' });
  });
  it('falls back to the extension, and says so', () => {
    expect(id(ole('Root Entry'), 'a.ppt')).toMatchObject({ puid: 'fmt/126', basis: 'extension' });
    expect(id(ole('Root Entry'), 'a.msg')).toMatchObject({ puid: 'fmt/111', allowed: false });
  });
});

describe('extension checks and MIME types', () => {
  it('signature wins over the extension, with a warning', () => {
    const r = id(bytes('GIF89a', [1, 0, 1, 0]), 'photo.jpg');
    expect(r).toMatchObject({ puid: 'fmt/4', mime: 'image/gif' });
    expect(codes(r)).toEqual(['DP-FMT-EXT-MISMATCH']);
  });
  it('unknown bytes: no PUID, octet-stream, a warning', () => {
    const r = id(bytes([0x00, 0x01, 0x02, 0x03, 0xfe]), 'a.pdf');
    expect(r).toMatchObject({ puid: null, mime: 'application/octet-stream', allowed: false });
    expect(codes(r)).toEqual(['DP-FMT-UNKNOWN']);
    expect(codes(id(new Uint8Array(0), 'empty.txt'))).toEqual(['DP-FMT-UNKNOWN']);
  });
  it.each([
    ['a.PDF', 'application/pdf'],
    ['dir/a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a.doc', 'application/msword'],
    ['a.rtf', 'application/rtf'],
    ['a.txt', 'text/plain'],
    ['a.csv', 'text/csv'],
    ['a.xls', 'application/vnd.ms-excel'],
    ['a.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['a.htm', 'text/html'],
    ['a.jpeg', 'image/jpeg'],
    ['a.tif', 'image/tiff'],
    ['a.mpg', 'video/mpeg'],
    ['a.mov', 'video/quicktime'],
    ['a.mp3', 'audio/mpeg'],
    ['a.wma', 'audio/x-ms-wma'],
    ['a.aac', 'audio/aac'],
    ['a.m4a', 'audio/mp4'],
    ['METS.xml', 'application/xml'],
    ['mets.xsd', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('mimeForName(%s) = %s', (name, mime) => {
    expect(mimeForName(name)).toBe(mime);
  });
  it('the allowed table covers every TT05 content format', () => {
    const exts = new Set(ALLOWED_FORMATS.flatMap((f) => f.extensions));
    for (const ext of 'pdf docx doc odt rtf txt csv xlsx xls ods pptx ppt odp htm html jpg gif tif tiff png mpg mp4 avi wmv mov mp3 wma aac'.split(
      ' ',
    ))
      expect(exts.has(ext), ext).toBe(true);
    for (const f of ALLOWED_FORMATS) expect(f.puid).toMatch(/^(x-)?fmt\/\d+$/);
  });
});
