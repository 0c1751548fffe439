#!/usr/bin/env node
// `node bench/handover.mjs [--quick] [--files N] [--parallel N]`: a handover of N small AIPs
// (default 3,000; quick 150) from one DuPhong instance to another on loopback, N bags in flight
// (default 4, as `duphong handover send`), over the real HTTP API with a signed manifest, each AIP
// as a BagIt bag (tar) that the receiver size-checks while streaming, hashes, unpacks, validates as
// a bag and ingests as its own backup copy on its three sites (written, fsynced, read back and
// re-hashed). Two figures: making the bags (export AIP → bag → tar) and the transfer proper
// (manifest, PUT of every bag, verification and ingest on the receiver, signed receipt). Baseline:
// `rclone copy` of the very same bag folder to another local folder followed by `rclone check`
// (rclone hashes while copying and re-reads both sides) — a copy with no ingest, no signatures and
// no per-item state. Writes bench/results/<yyyy-mm-dd>-handover.json. Needs `npm run build`.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from './lib/duphong.mjs';
import { have, machineInfo, run } from './lib/sys.mjs';
import { higherIsBetter, printTable, writeResults } from './lib/report.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const PARALLEL = Number(argv.includes('--parallel') ? argv[argv.indexOf('--parallel') + 1] : '4');
const FILES = Number(argv.includes('--files') ? argv[argv.indexOf('--files') + 1] : quick ? '150' : '3000');
if (!have('rclone')) {
  process.stderr.write('rclone is needed (sudo bash scripts/install-system-deps.sh)\n');
  process.exit(2);
}
const dist = (rel) => join(REPO, 'packages/server/dist', rel);
const { initHome } = await import(dist('cli/commands/init.js'));
const { openContext } = await import(dist('app/context.js'));
const { buildApp } = await import(dist('http/app.js'));
const { FsInstanceIdentity } = await import(dist('adapters/instance-keys.js'));
const { httpHandoverPeer } = await import(dist('adapters/handover-http.js'));
const { addUser } = await import(dist('usecases/accounts.js'));
const { createToken } = await import(dist('usecases/api-tokens.js'));
const { ingestFolder } = await import(dist('usecases/ingest.js'));
const { prepareHandover, sendHandover } = await import(dist('usecases/handover-send.js'));
const { isoVietnam } = await import('@duphong/core');

/** The receiver's own per-item timings (its log: receive+hash, unpack+bag validation, ingest), averaged. */
function timeSplit(logFile) {
  const sums = { receive: 0, unpack: 0, ingest: 0 };
  let n = 0;
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('handover: item accepted')) continue;
    const { ms } = JSON.parse(line);
    for (const k of Object.keys(sums)) sums[k] += ms[k];
    n++;
  }
  return Object.entries(sums)
    .map(([k, v]) => `${k} ${(v / Math.max(n, 1)).toFixed(0)} ms`)
    .join(', ');
}

const dir = mkdtempSync(join(tmpdir(), 'duphong-bench-handover-'));
const clock = { now: () => new Date() };
const ids = ['tinh-bench', 'trung-uong-bench'];
try {
  const homes = Object.fromEntries(ids.map((id) => [id, join(dir, id)]));
  const keys = {};
  for (const id of ids) {
    await initHome(homes[id], true);
    keys[id] = new FsInstanceIdentity(homes[id], id, clock).current().publicKey;
  }
  for (const id of ids) {
    const file = join(homes[id], 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    config.national = {
      instanceId: id,
      instanceName: id,
      peers: ids.filter((p) => p !== id).map((p) => ({ id: p, url: 'http://127.0.0.1:9', publicKeys: [keys[p]] })),
    };
    writeFileSync(file, JSON.stringify(config));
  }
  const sender = await openContext(homes[ids[0]]);
  const receiver = await openContext(homes[ids[1]]);
  const app = buildApp(receiver, { webRoot: join(dir, 'no-ui') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  const user = await addUser(receiver, {
    username: 'ban-giao',
    displayName: 'ban giao',
    password: 'mật-khẩu-bench-đủ-dài-123',
    roles: ['archivist'],
    units: 'all',
  });
  const { token } = await createToken(
    receiver,
    { userId: user.id, username: user.username, roles: ['archivist'], units: 'all' },
    { name: 'bench', actions: ['handovers.receive'], expiresAt: isoVietnam(new Date(Date.now() + 86_400_000)) },
  );

  process.stderr.write(`ingesting ${FILES} small files on the sender…\n`);
  const seedStart = performance.now();
  const now = isoVietnam(new Date());
  await sender.catalogue.records.putFonds({
    code: 'PB',
    name: 'Phông thử nghiệm',
    kind: 'fonds',
    status: 'closed',
    unitId: null,
    fields: {},
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  // The seed runs PARALLEL folder ingests at once, as the receiver does with PARALLEL bags in flight.
  let nextSeed = 0;
  let seeded = 0;
  const seedOne = async (i) => {
    const code = `PB.${String(i).padStart(5, '0')}`;
    await sender.catalogue.records.putFile({
      code,
      fondsCode: 'PB',
      title: `Hồ sơ ${i}`,
      fields: {},
      legacy: {},
      createdAt: now,
      updatedAt: now,
    });
    const src = join(dir, 'src', code);
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'Quyết định.pdf'), `Quyết định của hồ sơ ${code} `.repeat(200));
    writeFileSync(join(src, 'trang 01.tif'), Buffer.alloc(16_000, i % 251));
    await ingestFolder(sender, { folder: src, fileCode: code, title: `Hồ sơ ${i}` });
    if (++seeded % 100 === 0) process.stderr.write(`  ${seeded}/${FILES}\n`);
  };
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (nextSeed < FILES) await seedOne(nextSeed++);
    }),
  );

  const seedSeconds = (performance.now() - seedStart) / 1000;
  process.stderr.write('making the bags…\n');
  let t = performance.now();
  const prepared = await prepareHandover(sender, { kind: 'fonds', code: 'PB' }, ids[1], (id) =>
    join(homes[ids[0]], 'handovers', 'out', id),
  );
  const bagSeconds = (performance.now() - t) / 1000;
  const bagDir = prepared.dir;
  const bags = readdirSync(bagDir).filter((n) => n.endsWith('.tar'));
  const bytes = bags.reduce((a, n) => a + statSync(join(bagDir, n)).size, 0);

  // rclone first: a complete handover removes the sender's bags.
  process.stderr.write('rclone copy + check of the same bags…\n');
  const dst = join(dir, 'rclone-dst');
  t = performance.now();
  const copy = await run('rclone', ['copy', bagDir, dst, '--include', '*.tar']);
  const check = await run('rclone', ['check', bagDir, dst, '--include', '*.tar']);
  const rcloneSeconds = (performance.now() - t) / 1000;
  if (copy.code !== 0 || check.code !== 0) throw new Error(`rclone failed: ${copy.stderr}${check.stderr}`);

  process.stderr.write(`handing over ${bags.length} bags (${(bytes / 1e6).toFixed(1)} MB)…\n`);
  t = performance.now();
  const result = await sendHandover(sender, { kind: 'fonds', code: 'PB' }, httpHandoverPeer(base, token), undefined, PARALLEL);
  const sendSeconds = (performance.now() - t) / 1000;
  if (result.accepted !== FILES || result.sent !== FILES) throw new Error(`handover incomplete: ${JSON.stringify(result)}`);
  t = performance.now();
  const again = await sendHandover(sender, { kind: 'fonds', code: 'PB' }, httpHandoverPeer(base, token));
  const rerunSeconds = (performance.now() - t) / 1000;
  if (again.sent !== 0) throw new Error('the re-run sent again');

  await app.close();
  await sender.close();
  await receiver.close();
  const split = timeSplit(join(homes[ids[1]], 'logs', 'duphong.log'));
  const mb = bytes / 1e6;
  const rclone = 'rclone copy + rclone check (same bags, local)';
  const results = [
    higherIsBetter(
      `handover transfer, ${FILES} AIPs, ${PARALLEL} in flight, files/s`,
      FILES / sendSeconds,
      'files/s',
      rclone,
      FILES / rcloneSeconds,
    ),
    higherIsBetter(`handover transfer, ${FILES} AIPs, ${PARALLEL} in flight, MB/s`, mb / sendSeconds, 'MB/s', rclone, mb / rcloneSeconds),
    higherIsBetter(`bag making (export AIP, bag, tar), files/s`, FILES / bagSeconds, 'files/s', rclone, FILES / rcloneSeconds),
  ];
  printTable(results, [
    `${FILES} bags, ${mb.toFixed(1)} MB; transfer = manifest + PUT + receiver's check, bag validation, ingest to 3 sites (fsync, read back) + signed receipt`,
    `a re-run that sends nothing took ${rerunSeconds.toFixed(2)} s`,
    `receiver, per AIP on average: ${split}`,
    `for scale: the sender's own folder ingest of the same files (${PARALLEL} at once) ran at ${(FILES / seedSeconds).toFixed(2)} files/s (the receiver ingests each bag the same way)`,
  ]);
  const file = writeResults(join(REPO, 'bench/results'), 'handover', machineInfo(dir), results);
  process.stderr.write(`wrote ${file}\n`);
} catch (error) {
  process.stderr.write(`bench handover failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  else process.stderr.write(`kept ${dir}\n`);
}
