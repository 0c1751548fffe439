import { isInitialised, openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { startServer } from '../../http/server.js';
import { JobRunner } from '../../jobs/runner.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';
import { initHome } from './init.js';

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw requestError('DP-USAGE', `Cổng không hợp lệ: "${raw}" (cần số nguyên 0–65535).`, `Invalid port "${raw}" (0–65535).`);
  return port;
}

/**
 * Stops on SIGINT/SIGTERM (or when `signal` aborts). A second signal during shutdown stops at
 * once: the journal makes that safe, and an audit in progress can take long.
 */
function stopSignals(out: Output, signal?: AbortSignal): { stopped: Promise<void>; dispose(): void } {
  let stopping = false;
  let resolve: () => void = () => {};
  const stopped = new Promise<void>((r) => (resolve = r));
  const onSignal = () => {
    if (stopping) {
      out.progress(
        'Dừng ngay theo yêu cầu; thao tác ghi dở dang sẽ được hoàn tất hoặc hoàn tác ở lần chạy sau.',
        'Stopping now; unfinished writes are resumed or rolled back on the next start.',
      );
      process.exit(130);
    }
    stopping = true;
    resolve();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  signal?.addEventListener('abort', onSignal, { once: true });
  if (signal?.aborted) onSignal();
  return {
    stopped,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      signal?.removeEventListener('abort', onSignal);
    },
  };
}

/** duphong serve: HTTP API + web UI + background jobs, until SIGINT/SIGTERM. `options.signal` lets tests stop it. */
export async function runServe(args: string[], out: Output, options: { signal?: AbortSignal } = {}): Promise<number> {
  const { values } = parse(args, { port: { type: 'string' }, host: { type: 'string' } });
  const home = resolveHome(values.home);
  const portFlag = values.port !== undefined ? parsePort(values.port) : undefined;
  if (!isInitialised(home)) {
    await initHome(home, true);
    out.progress(
      `Đã khởi tạo thư mục dữ liệu mới tại ${home} (ba site thử nghiệm bac, trung, nam).`,
      `Initialised a new home at ${home} (three trial sites bac, trung, nam).`,
    );
  }
  const ctx = await openContext(home);
  const host = values.host ?? ctx.config.server.host;
  const runner = new JobRunner(ctx);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer(ctx, { host, port: portFlag ?? ctx.config.server.port });
    await runner.start();
  } catch (error) {
    await runner.stop();
    await server?.close();
    await ctx.close();
    throw error;
  }

  const signals = stopSignals(out, options.signal);
  const api = `${server.url}api`;
  const openapi = `${api}/openapi.json`;
  out.result({ home, url: server.url, api, openapi });
  out.say(
    `DuPhong đang chạy tại ${server.url} (API: ${api}, OpenAPI: ${openapi})`,
    `DuPhong is running at ${server.url} (API: ${api}, OpenAPI: ${openapi})`,
  );
  if ((await ctx.catalogue.accounts.countUsers()) === 0)
    out.progress(
      `Chưa có tài khoản nào: người đầu tiên mở ${server.url} sẽ tạo tài khoản quản trị hệ thống (hoặc chạy: duphong user add TÊN --role system-admin --all).`,
      `No account yet: the first visitor of ${server.url} creates the system administrator (or run: duphong user add NAME --role system-admin --all).`,
    );
  if (process.env.DUPHONG_ALLOW_REMOTE !== undefined)
    out.progress(
      'Lưu ý: DUPHONG_ALLOW_REMOTE không còn tác dụng; mọi yêu cầu đều phải đăng nhập (xem docs/security.md).',
      'Note: DUPHONG_ALLOW_REMOTE no longer has any effect; every request must sign in (see docs/security.md).',
    );
  out.progress('Nhấn Ctrl+C để dừng.', 'Press Ctrl+C to stop.');

  try {
    await signals.stopped;
    out.progress('Đang dừng: chờ tác vụ nền đang chạy kết thúc…', 'Stopping: waiting for the running background job…');
    await runner.stop();
    await server.close();
    await ctx.close();
  } finally {
    signals.dispose();
  }
  out.progress('DuPhong đã dừng.', 'DuPhong stopped.');
  return 0;
}
