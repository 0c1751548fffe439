// `duphong handover send|list|show` through the real CLI (CONTRACT.md): the province's CLI hands a
// fonds to the centre's running server; --json has the contract's fields; a re-run sends nothing;
// an unreachable receiver exits 4 and a refused token 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duphong } from '../../../../e2e/cli.js';
import { startInstances, seedFonds, type TestInstance } from '../testing/handover-instances.js';
import { tempDir } from '../testing/homes.js';

describe('duphong handover (CLI)', () => {
  let remove: () => Promise<void>;
  let province: TestInstance;
  let centre: TestInstance;
  const src = tempDir('duphong-handover-cli-');

  beforeAll(async () => {
    const started = await startInstances(['tinh-lao-cai', 'trung-uong']);
    remove = started.remove;
    province = started.instances.get('tinh-lao-cai')!;
    centre = started.instances.get('trung-uong')!;
    await seedFonds(province.ctx, 'LC01', 2, src.path);
    await province.stop(); // the CLI opens the province's home itself
  }, 120_000);
  afterAll(async () => {
    await remove();
    src.remove();
  });

  it('sends the fonds (--json as CONTRACT.md says), lists and shows it; a re-run sends nothing', async () => {
    const send = ['handover', 'send', '--fonds', 'LC01', '--to', centre.base, '--token', centre.token, '--home', province.home];
    const first = await duphong([...send, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json).toMatchObject({ objects: 2, sent: 2, skipped: 0, accepted: 2, refused: 0, receipt: { signedBy: 'trung-uong' } });
    const id = (first.json as { handover: string }).handover;
    const again = await duphong(send);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Bàn giao ${id}: 2 hồ sơ, gửi 0, bên nhận đã có 2; được nhận 2, bị từ chối 0`);
    const list = await duphong(['handover', 'list', '--home', province.home]);
    expect(list.stdout).toContain(id);
    expect(list.stdout).toContain('hoàn tất');
    const show = await duphong(['handover', 'show', id, '--home', province.home, '--json']);
    expect(show.json).toMatchObject({ id, direction: 'out', peer: 'trung-uong', status: 'complete', statistics: { files: 2 } });
  }, 120_000);

  it('exit 4 when the receiver is unreachable, exit 2 when its token is refused', async () => {
    const down = await duphong([
      'handover',
      'send',
      '--fonds',
      'LC01',
      '--to',
      'http://127.0.0.1:9',
      '--token',
      'x',
      '--home',
      province.home,
    ]);
    expect(down.code).toBe(4);
    expect(down.stderr).toContain('DP-HANDOVER-PEER-UNREACHABLE');
    const refused = await duphong([
      'handover',
      'send',
      '--fonds',
      'LC01',
      '--to',
      centre.base,
      '--token',
      'dp_sai',
      '--home',
      province.home,
    ]);
    expect(refused.code).toBe(2);
  }, 60_000);
});
