// The link between instances as docs/national.md describes it, with the real CLI and servers: each
// instance shows its identity and keys; the centre and a province know each other.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { link, prepareInstance, start, stop, trust } from './national-instances.js';

describe('linking two instances (docs/national.md)', () => {
  const tmp = tempDir('duphong-national-setup-');
  const stops: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const s of stops) await s();
    tmp.remove();
  });

  it('each instance is configured with the other and serves its own identity', async () => {
    const centre = await prepareInstance(tmp.path, { id: 'trung-uong', name: 'Trung ương', unit: 'national' });
    const province = await prepareInstance(tmp.path, { id: 'tinh-lao-cai', name: 'Lào Cai', unit: 'province-2025-lao-cai' });
    await link(province, centre, { role: 'archivist', actions: ['catalogue.read'] });
    await trust(centre, province);
    for (const i of [centre, province]) {
      await start(i);
      stops.push(() => stop(i));
    }
    const who = (await (await fetch(`${province.url}/api/instance`)).json()) as { instanceId: string; keys: Array<{ publicKey: string }> };
    expect(who.instanceId).toBe('tinh-lao-cai');
    expect(who.keys.map((k) => k.publicKey)).toContain(province.publicKey);
    expect(await stop(province)).toBe(0);
  });
});
