import { requestError } from '../../errors.js';
import { Output, type Lang } from '../output.js';
import { RemoteClient, isLoopback } from './client.js';
import { remoteAudit } from './audit.js';
import { remoteCopies, remoteSearch, remoteSiteList } from './commands.js';
import { REMOTE_HELP } from './help.js';
import type { RemoteTarget } from './target.js';
import { remoteWhoami } from './whoami.js';

type RemoteCommand = (client: RemoteClient, args: string[], out: Output) => Promise<number>;

/** What runs against a server; `site` only as `site list`. */
const REMOTE: Record<string, RemoteCommand> = {
  search: remoteSearch,
  copies: remoteCopies,
  audit: remoteAudit,
  whoami: remoteWhoami,
  site: (client, args, out) => {
    const [sub, ...rest] = args;
    if (sub === 'list') return remoteSiteList(client, rest, out);
    throw serverOnly(`site ${sub ?? ''}`.trim());
  },
};

const serverOnly = (name: string) =>
  requestError(
    'DP-REMOTE-UNSUPPORTED',
    `Lệnh "duphong ${name}" chỉ chạy được trên chính máy chủ DuPhong, không qua --server/DUPHONG_SERVER. Từ xa dùng được: ${Object.keys(REMOTE).join(', ')} (site: chỉ "site list"). Bỏ đặt DUPHONG_SERVER (hoặc dùng --server "") để chạy trên máy này.`,
    `"duphong ${name}" runs only on the DuPhong server machine, not through --server/DUPHONG_SERVER. Available remotely: ${Object.keys(REMOTE).join(', ')} (site: only "site list"). Unset DUPHONG_SERVER (or pass --server "") to run it on this machine.`,
  );

/** The remote CLI (`--server URL` or DUPHONG_SERVER): the command's answer comes from that server's HTTP API. */
export async function runRemote(target: RemoteTarget, argv: string[], lang: Lang): Promise<number> {
  const out = new Output(argv.includes('--json'), lang);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(REMOTE_HELP[lang]);
    return name ? 0 : 2;
  }
  try {
    if (target.server === undefined)
      throw requestError(
        'DP-USAGE',
        '--token cần --server URL (hoặc DUPHONG_SERVER): mã truy cập chỉ dùng để gọi một máy chủ DuPhong.',
        '--token needs --server URL (or DUPHONG_SERVER): a token is only for calling a DuPhong server.',
      );
    const command = REMOTE[name];
    if (!command) throw serverOnly(name);
    const client = new RemoteClient(target.server, target.token, lang);
    if (target.token && !client.origin.startsWith('https:') && !isLoopback(client.origin))
      out.progress(
        `Cảnh báo: ${client.origin} không dùng https — mã truy cập đi qua mạng không được mã hóa. Hãy đặt máy chủ sau một reverse proxy TLS (docs/remote-cli.md).`,
        `Warning: ${client.origin} is not https — the token crosses the network unencrypted. Put the server behind a TLS reverse proxy (docs/remote-cli.md).`,
      );
    return await command(client, rest, out);
  } catch (error) {
    return out.failure(error);
  }
}
