// Identification of real files made on this machine at test time: Python's standard library
// (PNG, GIF, PDF and PDF/A, ODT, XLSX), yazl (DOCX as Office writes it, with data descriptors) and
// Node itself (UTF-8 text and CSV). No fixtures are checked in, so nothing here can go stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyFile, WINDOW } from './identify-file.js';

const dir = mkdtempSync(join(tmpdir(), 'dp-formats-'));
const maker = fileURLToPath(new URL('./make-real-files.py', import.meta.url));
const codes = (r: { findings?: Array<{ code: string }> }) => (r.findings ?? []).map((f) => f.code);

async function docx(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<Relationships/>'), '_rels/.rels');
  zip.addBuffer(Buffer.from('<w:document><w:body><w:p><w:r><w:t>Hồ sơ</w:t></w:r></w:p></w:body></w:document>'), 'word/document.xml');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  execFileSync('python3', [maker, dir]);
  writeFileSync(join(dir, 'letter.docx'), await docx());
  const rows = Array.from({ length: 8000 }, (_, i) => `HS-${i};Báo cáo tổng kết năm ${2000 + (i % 25)};Hà Nội`).join('\n');
  writeFileSync(join(dir, 'index.csv'), rows); // > 2 × 64 KiB: head and tail both read
  writeFileSync(join(dir, 'readme.txt'), 'Lưu trữ dự phòng\n');
  writeFileSync(join(dir, 'page.htm'), '<!DOCTYPE html>\n<html lang="vi"><head><title>Mục lục</title></head><body></body></html>\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('identifyFile on real files', () => {
  it.each([
    ['scan.png', 'fmt/11', 'image/png', 'signature'],
    ['scan-srgb.png', 'fmt/12', 'image/png', 'signature'],
    ['icon.gif', 'fmt/4', 'image/gif', 'signature'],
    ['report.pdf', 'fmt/18', 'application/pdf', 'signature'],
    ['scan-pdfa.pdf', 'fmt/477', 'application/pdf', 'signature'],
    ['minutes.odt', 'fmt/1756', 'application/vnd.oasis.opendocument.text', 'container'],
    ['budget.xlsx', 'fmt/214', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'container'],
    ['letter.docx', 'fmt/412', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'container'],
    ['index.csv', 'x-fmt/18', 'text/csv', 'extension'],
    ['readme.txt', 'x-fmt/111', 'text/plain', 'signature'],
    ['page.htm', 'fmt/471', 'text/html', 'signature'],
  ])('%s → %s', async (name, puid, mime, basis) => {
    const r = await identifyFile(join(dir, name));
    expect(r).toMatchObject({ puid, mime, basis, allowed: true });
    expect(r.findings).toBeUndefined();
  });
  it('the files that test the windows are bigger than both windows', () => {
    for (const name of ['scan-pdfa.pdf', 'budget.xlsx', 'index.csv']) expect(statSync(join(dir, name)).size).toBeGreaterThan(2 * WINDOW);
  });
  it('a PNG named .jpg: the signature wins, with a warning', async () => {
    const r = await identifyFile(join(dir, 'looks-like.jpg'));
    expect(r).toMatchObject({ puid: 'fmt/11', mime: 'image/png' });
    expect(codes(r)).toEqual(['DP-FMT-EXT-MISMATCH']);
  });
  it('random bytes: unknown', async () => {
    const r = await identifyFile(join(dir, 'noise.bin'));
    expect(r).toMatchObject({ puid: null, mime: 'application/octet-stream', allowed: false });
    expect(codes(r)).toEqual(['DP-FMT-UNKNOWN']);
  });
  it('an empty file: unknown', async () => {
    writeFileSync(join(dir, 'empty.pdf'), '');
    expect(codes(await identifyFile(join(dir, 'empty.pdf')))).toEqual(['DP-FMT-UNKNOWN']);
  });
  it('a missing file rejects', async () => {
    await expect(identifyFile(join(dir, 'nope.pdf'))).rejects.toThrow(/ENOENT/);
  });
});
