import type { Context } from '../ports/context.js';
import { requestError, unavailableError } from '../errors.js';
import { buildApp, type AppOptions, type DuphongApp } from './app.js';

export interface RunningServer {
  app: DuphongApp;
  /** Base URL with the actual port (useful with port 0), ending in `/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Build the app and listen; socket errors become exit-code errors the CLI can explain. */
export async function startServer(ctx: Context, options: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = buildApp(ctx, options);
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'EADDRINUSE')
      throw unavailableError(
        'DP-PORT-IN-USE',
        `Cổng ${options.port} trên ${options.host} đang được chương trình khác sử dụng: hãy dừng chương trình đó hoặc chọn cổng khác (--port).`,
        `Port ${options.port} on ${options.host} is already in use: stop that program or choose another port (--port).`,
      );
    if (errno === 'EACCES')
      throw requestError(
        'DP-PORT-DENIED',
        `Không có quyền mở cổng ${options.port}: hãy dùng cổng từ 1024 trở lên.`,
        `No permission to open port ${options.port}: use a port ≥ 1024.`,
      );
    if (errno === 'EADDRNOTAVAIL' || errno === 'ENOTFOUND')
      throw requestError(
        'DP-HOST-INVALID',
        `Không thể nghe trên địa chỉ "${options.host}" của máy này.`,
        `Cannot listen on address "${options.host}".`,
      );
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { app, url: `http://${hostForUrl(options.host)}:${port}/`, port, close: () => app.close() };
}
