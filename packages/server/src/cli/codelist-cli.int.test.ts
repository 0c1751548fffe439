import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/homes.js';
import { duphongAsync as duphong, linkToUpstream, startNationalInstance, type NationalInstance } from '../testing/national-instances.js';
import { publishCodeListVersion } from '../usecases/codelists.js';

/*
 * `duphong codelist …` through the built CLI: the air-gapped path (bundle written to a file at the
 * centre, pulled from the file at the province), status, a tampered file and a stopped centre.
 */
describe('duphong codelist (CLI)', () => {
  let centre: NationalInstance;
  let province: NationalInstance;
  const files = tempDir('duphong-codelist-cli-');
  const bundleFile = join(files.path, 'goi danh muc.json');

  beforeAll(async () => {
    centre = await startNationalInstance({ instanceId: 'trung-uong', name: 'Cục Văn thư và Lưu trữ nhà nước' });
    province = await startNationalInstance({ instanceId: 'bo-noi-vu', name: 'Lưu trữ Bộ Nội vụ' });
    await linkToUpstream(province, centre);
    await publishCodeListVersion(centre.ctx, 'colour', {
      validFrom: '2026-01-01',
      items: [
        { code: '01', labelVi: 'Màu' },
        { code: '02', labelVi: 'Đen trắng' },
      ],
    });
  });
  afterAll(async () => {
    await province?.close();
    await centre?.close();
    files.remove();
  });

  it('writes the signed bundle to a file at the centre and applies it from the file at the province', async () => {
    const out = await duphong(centre.home, 'codelist', 'bundle', '--out', bundleFile);
    expect(out.code).toBe(0);
    expect(out.json).toMatchObject({ signedBy: 'trung-uong', lists: expect.any(Number), sequence: expect.any(Number) });
    const pulled = await duphong(province.home, 'codelist', 'pull', '--from', bundleFile);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.json).toMatchObject({ outcome: 'applied', upstream: 'trung-uong', applied: [{ listId: 'colour', version: 2 }] });
    const again = await duphong(province.home, 'codelist', 'pull', '--from', bundleFile);
    expect(again.json.outcome).toBe('unchanged');
    const status = await duphong(province.home, 'codelist', 'status');
    expect(status.code).toBe(0);
    expect(status.json.upstream).toMatchObject({ id: 'trung-uong' });
    expect(status.json.shared.map((o: { listId: string }) => o.listId)).toContain('colour');
  });

  it('refuses a tampered file with exit 3 and a Vietnamese message', async () => {
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
    bundle.payload.lists[0].list.nameVi += ' (sửa)';
    const bad = join(files.path, 'goi-sua.json');
    writeFileSync(bad, JSON.stringify(bundle));
    const r = await duphong(province.home, 'codelist', 'pull', '--from', bad);
    expect(r.code).toBe(3);
    expect(r.json.error.code).toBe('DP-SIGNATURE-BAD');
    expect(r.stderr).toContain('Chữ ký');
  });

  it('says the centre cannot be reached (exit 4) when it is down', async () => {
    await centre.stop();
    try {
      const r = await duphong(province.home, 'codelist', 'pull');
      expect(r.code).toBe(4);
      expect(r.json.error.code).toBe('DP-PEER-UNREACHABLE');
    } finally {
      await centre.start();
    }
    const r = await duphong(province.home, 'codelist', 'drift');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ peerId: 'bo-noi-vu', inSync: true });
  });
});
