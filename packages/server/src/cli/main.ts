// Only types here: `--help` prints without loading @duphong/core, zod or the config (start-up).
import type { Output, Lang } from './output.js';
import { takeRemoteFlags } from './remote/target.js';

type Command = (args: string[], out: Output) => Promise<number>;

/**
 * Each command's module is imported only when that command runs: `copies` or `search` must not
 * pay for exceljs, the AWS SDK, Fastify, XML parsers or sharp (issue 8, start-up ≤ 3× `node -e 0`).
 */
const COMMANDS: Record<string, Command> = {
  init: async (args, out) => (await import('./commands/init.js')).runInit(args, out),
  site: async (args, out) => (await import('./commands/site.js')).runSite(args, out),
  ingest: async (args, out) => (await import('./commands/ingest.js')).runIngest(args, out),
  copies: async (args, out) => (await import('./commands/copies.js')).runCopies(args, out),
  audit: async (args, out) => (await import('./commands/audit.js')).runAudit(args, out),
  rebuild: async (args, out) => (await import('./commands/rebuild.js')).runRebuild(args, out),
  ocfl: async (args, out) => (await import('./commands/ocfl.js')).runOcfl(args, out),
  jobs: async (args, out) => (await import('./commands/jobs.js')).runJobs(args, out),
  package: async (args, out) => (await import('./commands/package.js')).runPackage(args, out),
  export: async (args, out) => (await import('./commands/export.js')).runExport(args, out),
  aip: async (args, out) => (await import('./commands/aip.js')).runAip(args, out),
  format: async (args, out) => (await import('./commands/format.js')).runFormat(args, out),
  bagit: async (args, out) => (await import('./commands/bagit.js')).runBagit(args, out),
  'backup-list': async (args, out) => (await import('./commands/backup-list.js')).runBackupList(args, out),
  search: async (args, out) => (await import('./commands/search.js')).runSearch(args, out),
  catalog: async (args, out) => (await import('./commands/catalog.js')).runCatalog(args, out),
  serve: async (args, out) => (await import('./commands/serve.js')).runServe(args, out),
};

const HELP_VI = `DuPhong — lưu trữ dự phòng

Cách dùng: duphong <lệnh> [tùy chọn]   (mọi lệnh nhận --home DIR, --json, --lang vi|en)

  init [--no-sites]                     tạo thư mục dữ liệu, danh mục và ba site bac, trung, nam
  serve [--port 8080] [--host 127.0.0.1] chạy API HTTP, giao diện web và tác vụ nền
  site add NAME --kind fs|s3 …          thêm site lưu trữ
  site list                             liệt kê site
  ingest FOLDER --file CODE [--title T] tạo hoặc cập nhật bản sao dự phòng của hồ sơ
  copies CODE                           trạng thái các bản sao của hồ sơ
  search TỪ-KHÓA [--limit N] [--fonds C] [--year Y|Y1-Y2] [--type 02] [--mode 01,02] …
                                        tìm hồ sơ, tài liệu (không dấu cũng được: "da nang" thấy "Đà Nẵng")
  audit [--site NAME] [--all] [--no-repair]  kiểm tra toàn vẹn và sửa chữa
  rebuild --from-site NAME              dựng lại danh mục từ một site
  ocfl validate PATH                    kiểm tra đối tượng hoặc gốc lưu trữ OCFL
  package validate PATH                 kiểm tra gói E-ARK CSIP / TT05 (thư mục, zip, tar)
  ingest SIP.zip|THƯ-MỤC-SIP            tiếp nhận gói SIP_hoso / SIP_tailieu (TT05) thành gói AIP
  export aip CODE --out DIR             xuất bản sao mới nhất thành gói AIP_hoso (ZIP, TT05)
  export dip CODE --out DIR --requester R --purpose P   xuất gói DIP cho một yêu cầu khai thác
  aip upgrade CODE…|--all               chuyển bản sao bố cục cũ sang gói AIP_hoso (thêm phiên bản mới)
  format identify TỆP...                nhận dạng định dạng (PUID PRONOM, MIME, thuộc danh mục TT05?)
  bagit validate PATH [--profile FILE]  kiểm tra túi BagIt 1.0 (RFC 8493), tùy chọn theo BagIt-Profile
  bagit create SRC --out DIR            tạo túi BagIt 1.0 (sha256 + sha512) từ một thư mục
  catalog import TỆP [--fonds MÃ] [--dry-run] [--allow-partial] [--map "Cột=trường"]  nhập mục lục hồ sơ (.xlsx/.csv)
  catalog export --fonds MÃ --out TỆP.xlsx|.csv  xuất mục lục hồ sơ của một phông
  jobs list|run                         xem hoặc chạy ngay các tác vụ nền (sao chép bản sao đang chờ, kiểm tra)
  backup-list create|add|submit|approve|return|show|export …  danh mục tài liệu lưu trữ dự phòng hằng năm

Mã thoát: 0 xong · 1 lỗi nội bộ · 2 yêu cầu sai · 3 phát hiện hư hỏng · 4 tạm thời không thể (thử lại sau)
`;

const HELP_EN = `DuPhong — backup archiving

Usage: duphong <command> [options]   (every command takes --home DIR, --json, --lang vi|en)

  init, serve, site add|list, ingest, copies, audit, rebuild, ocfl validate, package validate,
  ingest SIP.zip|SIP-folder, export aip|dip CODE --out DIR, aip upgrade CODE…|--all,
  format identify FILE... — see docs/cli.md and docs/packages.md
  bagit validate|create — see docs/cli.md and docs/bagit.md
  backup-list create|add|submit|approve|return|show|export — see docs/selection.md
  search QUERY [--limit N] [--fonds C] [--year Y|Y1-Y2] [--mode 01,02] … — see docs/search.md
  catalog import FILE [--fonds CODE] [--dry-run] [--allow-partial] [--map "Column=field"],
  catalog export --fonds CODE --out FILE.xlsx|.csv — see docs/catalog-import.md

Exit codes: 0 done · 1 internal error · 2 bad request · 3 integrity problem · 4 not possible now (retry)
`;

function peekLang(args: string[]): Lang {
  const i = args.indexOf('--lang');
  const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'vi';
}

function peekHome(args: string[]): string | undefined {
  const i = args.indexOf('--home');
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--home='))?.slice(7);
}

export async function main(args: string[]): Promise<number> {
  const lang = peekLang(args);
  // --server/--token or DUPHONG_SERVER: the command runs against that server's API (cli/remote/).
  const { argv, target } = takeRemoteFlags(args, process.env);
  if (target) return (await import('./remote/run.js')).runRemote(target, argv, lang);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(lang === 'en' ? HELP_EN : HELP_VI);
    return name ? 0 : 2;
  }
  const [{ resolveHome }, { fileLogger }, { requestError }, { Output }] = await Promise.all([
    import('../config/config.js'),
    import('../app/log.js'),
    import('../errors.js'),
    import('./output.js'),
  ]);
  const out = new Output(argv.includes('--json'), lang);
  const log = fileLogger(resolveHome(peekHome(argv)));
  try {
    const command = COMMANDS[name];
    if (!command)
      throw requestError(
        'DP-USAGE',
        `Lệnh không tồn tại: "${name}". Xem "duphong --help".`,
        `Unknown command "${name}". See "duphong --help".`,
      );
    return await command(rest, out);
  } catch (error) {
    log.error('command failed', { command: name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return out.failure(error, log.file);
  }
}
