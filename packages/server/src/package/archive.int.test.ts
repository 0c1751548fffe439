// Hostile archives: each must be refused with the right DP-PKG-… finding naming the entry, and
// nothing may be written anywhere (validation reads entries as streams, never extracts).
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePackage } from './validate.js';

const temp = mkdtempSync(join(tmpdir(), 'pkg-bad-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function zipOf(files: Array<{ name: string; data?: Buffer; mode?: number; compress?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) {
    if (f.name.endsWith('/')) zip.addEmptyDirectory(f.name);
    else zip.addBuffer(f.data ?? Buffer.from('x'), f.name, { mode: f.mode, compress: f.compress ?? true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Replace a (same-length) byte sequence everywhere: local and central headers both hold the name. */
function patch(buf: Buffer, from: string, to: string | Buffer): Buffer {
  const a = Buffer.from(from);
  const b = typeof to === 'string' ? Buffer.from(to) : to;
  expect(b.length).toBe(a.length);
  let i = buf.indexOf(a);
  expect(i).toBeGreaterThanOrEqual(0);
  while (i >= 0) {
    b.copy(buf, i);
    i = buf.indexOf(a, i + 1);
  }
  return buf;
}

/** Set general-purpose flag bit 0 (encrypted) on every local and central header. */
function markEncrypted(buf: Buffer): Buffer {
  for (let i = 0; i + 4 <= buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50) buf.writeUInt16LE(buf.readUInt16LE(i + 6) | 1, i + 6);
    else if (sig === 0x02014b50) buf.writeUInt16LE(buf.readUInt16LE(i + 8) | 1, i + 8);
  }
  return buf;
}

async function tarOf(entries: Array<{ name: string; type?: 'file' | 'symlink' | 'link' | 'directory'; linkname?: string; data?: string }>) {
  const pack = tar.pack();
  for (const e of entries) {
    if (e.type === 'symlink' || e.type === 'link') pack.entry({ name: e.name, type: e.type, linkname: e.linkname ?? '/etc/passwd' });
    else if (e.type === 'directory') pack.entry({ name: e.name, type: 'directory' });
    else pack.entry({ name: e.name }, e.data ?? 'x');
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

function snapshot(): string[] {
  return readdirSync(temp).sort();
}

async function refused(file: string, bytes: Buffer, code: string, entry?: string, limits?: Parameters<typeof validatePackage>[1]) {
  const path = join(temp, file);
  writeFileSync(path, bytes);
  const before = snapshot();
  const v = await validatePackage(path, limits);
  expect(v.report.valid).toBe(false);
  const hit = v.phases.archive.find((f) => f.code === code);
  expect(hit, JSON.stringify(v.phases.archive)).toBeDefined();
  expect(hit!.severity).toBe('error');
  if (entry !== undefined) expect(hit!.path).toBe(entry);
  // Refused before any later phase ran, and nothing was written anywhere.
  expect(v.phases.structure).toEqual([]);
  expect(snapshot()).toEqual(before);
  expect(existsSync(join(dirname(temp), 'evil'))).toBe(false);
  expect(existsSync(join(temp, 'evil'))).toBe(false);
  return v;
}

describe('bad-archive corpus', () => {
  it('zip-slip ../evil', async () => {
    const zip = patch(await zipOf([{ name: 'pkg/METS.xml' }, { name: 'aa/evil' }]), 'aa/evil', '../evil');
    await refused('slip.zip', zip, 'DP-PKG-PATH-TRAVERSAL', '../evil');
  });

  it('nested traversal pkg/../../evil', async () => {
    const zip = patch(await zipOf([{ name: 'pkg/aa/aa/evil' }]), 'pkg/aa/aa/evil', 'pkg/../../evil');
    const v = await refused('slip2.zip', zip, 'DP-PKG-PATH-TRAVERSAL');
    expect(v.phases.archive[0]!.message).toMatch(/zip-slip/);
  });

  it('absolute path', async () => {
    const zip = patch(await zipOf([{ name: 'xetc/passwd' }]), 'xetc/passwd', '/etc/passwd');
    await refused('abs.zip', zip, 'DP-PKG-PATH-ABSOLUTE', '/etc/passwd');
  });

  it('Windows drive path and backslashes', async () => {
    await refused('drive.zip', patch(await zipOf([{ name: 'CC/evil' }]), 'CC/evil', 'C:/evil'), 'DP-PKG-PATH-ABSOLUTE', 'C:/evil');
    await refused('bs.zip', patch(await zipOf([{ name: 'pkg/a/evil' }]), 'pkg/a/evil', 'pkg\\a\\evil'), 'DP-PKG-PATH-BACKSLASH');
  });

  it('NUL in a name', async () => {
    await refused('nul.zip', patch(await zipOf([{ name: 'pkg/evilX.txt' }]), 'evilX', Buffer.from('evil\0')), 'DP-PKG-PATH-NUL');
  });

  it('symlink entry', async () => {
    const zip = await zipOf([
      { name: 'pkg/METS.xml' },
      { name: 'pkg/link', data: Buffer.from('/etc/passwd'), mode: 0o120777, compress: false },
    ]);
    await refused('symlink.zip', zip, 'DP-PKG-LINK', 'pkg/link');
  });

  it('NFC/NFD duplicate names', async () => {
    const zip = await zipOf([{ name: 'pkg/h\u00f4 s\u01a1.txt' }, { name: 'pkg/ho\u0302 so\u031b.txt' }]);
    const v = await refused('nfd.zip', zip, 'DP-PKG-DUPLICATE');
    expect(v.phases.archive[0]!.message).toMatch(/NFC/);
  });

  it('exact duplicate names', async () => {
    const zip = patch(await zipOf([{ name: 'pkg/a.txt' }, { name: 'pkg/b.txt' }]), 'pkg/b.txt', 'pkg/a.txt');
    await refused('dup.zip', zip, 'DP-PKG-DUPLICATE', 'pkg/a.txt');
  });

  it('encrypted entry', async () => {
    const zip = markEncrypted(await zipOf([{ name: 'pkg/METS.xml' }]));
    await refused('enc.zip', zip, 'DP-PKG-ENCRYPTED', 'pkg/METS.xml');
  });

  it('truncated / corrupt zip', async () => {
    const good = await zipOf([
      { name: 'pkg/METS.xml', data: Buffer.alloc(5000, 7) },
      { name: 'pkg/b.bin', data: Buffer.alloc(5000, 3) },
    ]);
    await refused('trunc.zip', good.subarray(0, Math.floor(good.length / 2)), 'DP-PKG-CORRUPT', 'trunc.zip');
    const garbage = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 0xff)]);
    await refused('garbage.zip', garbage, 'DP-PKG-CORRUPT');
  });

  it('zip bomb: compression ratio', async () => {
    const zip = await zipOf([{ name: 'pkg/METS.xml' }, { name: 'pkg/zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(100 * 1024);
    await refused('bomb.zip', zip, 'DP-PKG-BOMB-RATIO', 'pkg/zeros.bin');
  });

  it('zip bomb: total size and entry count limits (configurable)', async () => {
    const files = Array.from({ length: 20 }, (_, i) => ({ name: `pkg/f${i}.bin`, data: Buffer.alloc(1000, i), compress: false }));
    const zip = await zipOf(files);
    await refused('total.zip', zip, 'DP-PKG-BOMB-SIZE', undefined, { limits: { maxTotalBytes: 5000 } });
    await refused('count.zip', zip, 'DP-PKG-BOMB-COUNT', undefined, { limits: { maxEntries: 10 } });
  });

  it('tar: symlink, hard link, ../ and absolute names', async () => {
    await refused(
      'sym.tar',
      await tarOf([
        { name: 'pkg/', type: 'directory' },
        { name: 'pkg/l', type: 'symlink' },
      ]),
      'DP-PKG-LINK',
      'pkg/l',
    );
    await refused('hard.tar', await tarOf([{ name: 'pkg/a' }, { name: 'pkg/h', type: 'link', linkname: 'pkg/a' }]), 'DP-PKG-LINK', 'pkg/h');
    await refused('slip.tar', await tarOf([{ name: 'pkg/a' }, { name: '../evil' }]), 'DP-PKG-PATH-TRAVERSAL', '../evil');
    await refused('abs.tar', await tarOf([{ name: '/evil' }]), 'DP-PKG-PATH-ABSOLUTE', '/evil');
  });

  it('tar.gz bomb and truncated tar.gz', async () => {
    const big = await tarOf([{ name: 'pkg/zeros', data: '\0'.repeat(8 * 1024 * 1024) }]);
    await refused('bomb.tar.gz', gzipSync(big), 'DP-PKG-BOMB-RATIO');
    const small = gzipSync(
      await tarOf([
        { name: 'pkg/METS.xml', data: 'y'.repeat(4000) },
        { name: 'pkg/b', data: 'z'.repeat(4000) },
      ]),
    );
    await refused('trunc.tar.gz', small.subarray(0, small.length - 20), 'DP-PKG-CORRUPT');
  });
});
