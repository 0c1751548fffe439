import { EXIT } from '../../errors.js';
import { harvestAll, harvestStatus } from '../../usecases/harvest.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { withContext } from '../with-context.js';

/**
 * `duphong harvest [--peer ID] [--status]`: the national portal's OAI-PMH harvest of the peers
 * configured with "harvest": true (decision 0027). One peer failing does not stop the others; the
 * exit code is the worst failure's (4 when a peer could not be reached: it resumes next time).
 */
export async function runHarvest(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, { peer: { type: 'string' }, status: { type: 'boolean', default: false } });
  return withContext(values.home, async (ctx) => {
    if (values.status) {
      const status = await harvestStatus(ctx);
      out.result(status);
      const rows = status.peers.map((p) => [
        p.peer,
        String(p.records),
        p.lastFrom ?? '—',
        p.resuming ? 'có' : 'không',
        p.lastRun ? `${p.lastRun.status} ${p.lastRun.startedAt.slice(0, 16).replace('T', ' ')}` : '—',
      ]);
      out.say(
        rows.length === 0
          ? 'Chưa khai báo hệ thống nào để thu thập ("harvest": true trong national.peers).'
          : table([['Hệ thống', 'Hồ sơ', 'Thu thập từ', 'Đang dở', 'Lần chạy gần nhất'], ...rows]),
        rows.length === 0
          ? 'No peer is configured for harvesting ("harvest": true in national.peers).'
          : table([['Peer', 'Records', 'From', 'Resuming', 'Last run'], ...rows]),
      );
      return 0;
    }
    const result = await harvestAll(ctx, values.peer);
    out.result({
      peers: result.results.map((r) => ({ peer: r.peer, ...r.run, findings: r.findings })),
      failures: result.failures,
    });
    for (const r of result.results) {
      out.say(
        `${r.peer}: ${r.run.pages} trang, ${r.run.records} hồ sơ cập nhật, ${r.run.deleted} xoá, ${r.run.refused} bị từ chối`,
        `${r.peer}: ${r.run.pages} pages, ${r.run.records} records updated, ${r.run.deleted} deleted, ${r.run.refused} refused`,
      );
      for (const f of r.findings) out.progress(`  ${f.code} ${f.path ?? ''} ${f.message}`, `  ${f.code} ${f.path ?? ''} ${f.message}`);
    }
    for (const f of result.failures) out.progress(`Lỗi [${f.code}] ${f.peer}: ${f.message}`, `Error [${f.code}] ${f.peer}: ${f.message}`);
    if (result.results.length === 0 && result.failures.length === 0)
      out.say('Chưa khai báo hệ thống nào để thu thập ("harvest": true trong national.peers).', 'No peer is configured for harvesting.');
    if (result.failures.length === 0) return EXIT.ok;
    return result.failures.some((f) => f.code === 'DP-HARVEST-UNAVAILABLE') ? EXIT.unavailable : EXIT.integrity;
  });
}
