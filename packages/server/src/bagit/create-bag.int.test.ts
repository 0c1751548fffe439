import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBag } from './create-bag.js';
import { validateBag } from './validate-bag.js';

let tmp = '';
afterEach(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function source(): string {
  tmp = mkdtempSync(join(tmpdir(), 'bagit-create-'));
  const src = join(tmp, 'src');
  mkdirSync(join(src, 'hồ sơ 01'), { recursive: true });
  writeFileSync(join(src, 'hồ sơ 01', 'Quyết định.pdf'), Buffer.alloc(300_000, 7));
  writeFileSync(join(src, 'ghi chú%.txt'), 'tiếng Việt\n');
  writeFileSync(join(src, '.an'), '');
  return src;
}

describe('createBag', () => {
  it('writes a BagIt 1.0 bag that validates clean, and one changed byte makes it invalid', async () => {
    const src = source();
    const bag = join(tmp, 'bag');
    const made = await createBag(src, bag, {
      info: [{ label: 'Source-Organization', value: 'Trung tâm Lưu trữ quốc gia I' }],
      now: new Date('2026-01-02T03:00:00Z'),
    });
    expect(made).toMatchObject({ files: 3, bytes: 300_000 + Buffer.byteLength('tiếng Việt\n') });
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toContain('Bagging-Date: 2026-01-02\n');
    expect(info).toContain(`Payload-Oxum: ${made.bytes}.3\n`);
    expect(info).toContain('Bag-Software-Agent: DuPhong\n');
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toContain('  data/ghi chú%25.txt\n');
    for (const name of ['manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt'])
      expect(readFileSync(join(bag, name), 'utf8').length).toBeGreaterThan(0);
    const clean = await validateBag(bag);
    expect(clean.report).toEqual({ valid: true, errors: [], warnings: [] });

    const file = join(bag, 'data', 'hồ sơ 01', 'Quyết định.pdf');
    const bytes = readFileSync(file);
    bytes[123_456] = bytes[123_456]! ^ 1;
    writeFileSync(file, bytes);
    const broken = await validateBag(bag);
    expect(broken.report.valid).toBe(false);
    expect(broken.report.errors.map((e) => `${e.code}@${e.path}`)).toEqual([
      'DP-BAG-CHECKSUM@data/hồ sơ 01/Quyết định.pdf',
      'DP-BAG-CHECKSUM@data/hồ sơ 01/Quyết định.pdf',
    ]);
  });

  it('refuses a non-empty output folder and a source holding a symlink; a symlink in a bag is a finding', async () => {
    const src = source();
    mkdirSync(join(tmp, 'full'));
    writeFileSync(join(tmp, 'full', 'x'), '');
    await expect(createBag(src, join(tmp, 'full'))).rejects.toMatchObject({ code: 'DP-BAG-OUT-NOT-EMPTY' });
    const bag = join(tmp, 'bag');
    await createBag(src, bag, { algorithms: ['sha512'] });
    symlinkSync('/etc/passwd', join(bag, 'data', 'passwd'));
    const v = await validateBag(bag);
    expect(v.report.errors.map((e) => e.code)).toEqual(['DP-BAG-SYMLINK']);
    symlinkSync('/etc/passwd', join(src, 'link'));
    await expect(createBag(src, join(tmp, 'bag2'))).rejects.toMatchObject({ code: 'DP-BAG-SOURCE-UNSUPPORTED' });
  });

  it('bags a list of files', async () => {
    const src = source();
    const made = await createBag([join(src, 'ghi chú%.txt'), join(src, '.an')], join(tmp, 'bag'), { algorithms: ['sha256'] });
    expect(made.files).toBe(2);
    expect(
      readFileSync(join(tmp, 'bag', 'manifest-sha256.txt'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(2);
  });
});
