// Runs the built CLI (`npm run build` first): what a person reads is in one language, in words.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const tmp = mkdtempSync(join(tmpdir(), 'cli-words-'));
const home = join(tmp, 'home');
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI output in words', () => {
  it('format identify says each finding once, in the chosen language', () => {
    const pdf = join(tmp, 'cụt.pdf');
    writeFileSync(pdf, `%PDF-1.4\n${'x'.repeat(2000)}\n`);
    const vi = duphong('format', 'identify', pdf);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Không thấy %%EOF trong 1024 byte cuối: tệp PDF có thể bị cắt cụt');
    expect(vi.stdout).not.toContain('no %%EOF');
    expect(vi.stdout).toMatch(/^TỆP +PUID +ĐỊNH DẠNG/m);
    const en = duphong('format', 'identify', pdf, '--lang', 'en');
    expect(en.stdout).toContain('no %%EOF in the last 1024 bytes');
    expect(en.stdout).not.toContain('Không thấy');
  });

  it('site list shows sizes in KB/MB/GB, never a raw byte count; --json keeps the number', () => {
    expect(duphong('init').code).toBe(0);
    const human = duphong('site', 'list');
    expect(human.stdout).toMatch(/^site +loại +vùng +phương tiện +trực tuyến +đối tượng +dung lượng$/m);
    expect(human.stdout).toMatch(/^bac .* 0 B$/m);
    const json = JSON.parse(duphong('site', 'list', '--json').stdout) as Array<{ bytes: number }>;
    expect(typeof json[0]!.bytes).toBe('number');
  });
});
