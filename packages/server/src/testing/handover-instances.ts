import { isoVietnam } from '@duphong/core';
import { join } from 'node:path';
import type { Context } from '../ports/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { makeSourceFolder } from './homes.js';
import { startNationalInstance, type NationalInstance } from './national-instances.js';

/*
 * Two (or more) DuPhong instances on loopback for the handover tests, built on
 * startNationalInstance: each with its own id and Ed25519 key, each listing the others in
 * `national.peers` with their public keys (as operators exchange them), each holding a token of an
 * account allowed to receive handovers. `stop`/`start` keep the port.
 */
export interface TestInstance extends NationalInstance {
  id: string;
  base: string;
  /** A token of an account on this instance allowed to receive handovers. */
  token: string;
}

/** Start `ids` (SQLite, or each in its own PostgreSQL schema), each trusting the others. */
export async function startInstances(
  ids: string[],
  options: { engine?: 'sqlite' | 'postgres' } = {},
): Promise<{ instances: Map<string, TestInstance>; remove: () => Promise<void> }> {
  const started: NationalInstance[] = [];
  for (const id of ids) started.push(await startNationalInstance({ instanceId: id, name: `Hệ thống ${id}`, ...options }));
  const instances = new Map<string, TestInstance>();
  for (const instance of started) {
    instance.configure((n) => {
      n.peers = started.filter((o) => o !== instance).map((o) => o.asPeer());
    });
    const token = await instance.tokenFor('archivist', ['handovers.receive', 'handovers.read']);
    instances.set(instance.instanceId, Object.assign(instance, { id: instance.instanceId, base: instance.url, token }));
  }
  return {
    instances,
    async remove() {
      for (const i of started) await i.close();
    },
  };
}

/** A fonds with `files` catalogue files, each ingested from a small folder of Vietnamese-named documents. */
export async function seedFonds(ctx: Context, code: string, files: number, root: string): Promise<string[]> {
  const now = isoVietnam(ctx.clock.now());
  await ctx.catalogue.records.putFonds({
    code,
    name: `Phông ${code}`,
    kind: 'fonds',
    status: 'closed',
    unitId: null,
    fields: {},
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  const codes: string[] = [];
  for (let i = 1; i <= files; i++) {
    const fileCode = `${code}.${String(i).padStart(3, '0')}`;
    await ctx.catalogue.records.putFile({
      code: fileCode,
      fondsCode: code,
      title: `Hồ sơ số ${i} của ${code}`,
      fields: {},
      legacy: {},
      createdAt: now,
      updatedAt: now,
    });
    const folder = makeSourceFolder(join(root, fileCode), {
      'Quyết định số 15-QĐ.pdf': `Quyết định ${fileCode}`,
      'Biên bản họp.txt': `Biên bản họp Ủy ban nhân dân, hồ sơ ${fileCode}`,
      'Tờ trình/trang 01.tif': 3_000 + i,
    });
    await ingestFolder(ctx, { folder, fileCode, title: `Hồ sơ số ${i} của ${code}` });
    codes.push(fileCode);
  }
  return codes;
}
