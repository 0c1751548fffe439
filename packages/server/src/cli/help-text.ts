// Help of each command, Vietnamese first, English complete. Data only (no imports but the
// programme's commands beside it): `--help` prints without loading @duphong/core, zod or the
// config (start-up time, issue 8).

import { PROGRAMME_HELP } from './help-text-programme.js';
import { NATIONAL_HELP } from './help-text-national.js';

export interface CommandHelp {
  /** One line for `duphong --help`. */
  summary: { vi: string; en: string };
  /** Sub-commands it takes (`site add|list`), for "did you mean" and the per-command help. */
  subcommands?: readonly string[];
  /** What `duphong <command> --help` prints: usage lines and options. */
  usage: { vi: string; en: string };
}

export const COMMON_HELP = {
  vi: 'Mọi lệnh nhận: --home THƯ-MỤC (thư mục dữ liệu), --json (kết quả JSON), --lang vi|en, --help',
  en: 'Every command takes: --home DIR (data folder), --json (JSON output), --lang vi|en, --help',
};

export const HELP: Record<string, CommandHelp> = {
  init: {
    summary: {
      vi: 'tạo thư mục dữ liệu, danh mục và ba site bac, trung, nam',
      en: 'create the data folder, catalogue and sites bac, trung, nam',
    },
    usage: {
      vi: 'duphong init [--no-sites]\n  --no-sites   không tạo ba site mặc định (thêm sau bằng "duphong site add")',
      en: 'duphong init [--no-sites]\n  --no-sites   do not create the three default sites (add them with "duphong site add")',
    },
  },
  serve: {
    summary: { vi: 'chạy API HTTP, giao diện web và tác vụ nền', en: 'run the HTTP API, the web UI and background jobs' },
    usage: {
      vi: 'duphong serve [--port 8080] [--host 127.0.0.1]\n  --port CỔNG   cổng nghe (mặc định 8080)\n  --host ĐỊA-CHỈ địa chỉ nghe (mặc định 127.0.0.1)',
      en: 'duphong serve [--port 8080] [--host 127.0.0.1]\n  --port PORT   port to listen on (default 8080)\n  --host ADDR   address to listen on (default 127.0.0.1)',
    },
  },
  site: {
    summary: { vi: 'thêm hoặc liệt kê site lưu trữ', en: 'add or list storage sites' },
    subcommands: ['add', 'list'],
    usage: {
      vi: [
        'duphong site add TÊN --kind fs --path THƯ-MỤC --region bac|trung|nam [--medium disk|tape|optical|object]',
        'duphong site add TÊN --kind s3 --endpoint URL --bucket B [--prefix P] [--s3-region R] --region bac|trung|nam',
        'duphong site list            liệt kê site, dung lượng đã dùng và tình trạng trực tuyến',
      ].join('\n'),
      en: [
        'duphong site add NAME --kind fs --path DIR --region bac|trung|nam [--medium disk|tape|optical|object]',
        'duphong site add NAME --kind s3 --endpoint URL --bucket B [--prefix P] [--s3-region R] --region bac|trung|nam',
        'duphong site list            list sites, space used and whether they are online',
      ].join('\n'),
    },
  },
  ingest: {
    summary: { vi: 'tạo bản sao dự phòng từ thư mục hoặc gói SIP', en: 'make a backup copy from a folder or a SIP' },
    usage: {
      vi: [
        'duphong ingest THƯ-MỤC --file MÃ-HỒ-SƠ [--title TIÊU-ĐỀ]   tạo hoặc cập nhật bản sao dự phòng của hồ sơ',
        'duphong ingest SIP.zip|THƯ-MỤC-SIP                       tiếp nhận gói SIP_hoso / SIP_tailieu (TT05) thành gói AIP',
        '  --replace   chấp nhận phiên bản mới BỎ tài liệu của phiên bản hiện có (không có cờ này thì bị từ chối, chưa ghi gì)',
      ].join('\n'),
      en: [
        'duphong ingest FOLDER --file FILE-CODE [--title TITLE]   make or update the backup copy of a file',
        'duphong ingest SIP.zip|SIP-FOLDER                        take in a SIP_hoso / SIP_tailieu (TT05) package as an AIP',
        '  --replace   accept a new version that DROPS documents of the current one (refused without it, nothing written)',
      ].join('\n'),
    },
  },
  copies: {
    summary: { vi: 'trạng thái các bản sao của một hồ sơ', en: 'state of the copies of a file' },
    usage: { vi: 'duphong copies MÃ-HỒ-SƠ', en: 'duphong copies FILE-CODE' },
  },
  audit: {
    summary: { vi: 'kiểm tra toàn vẹn các bản sao và sửa chữa', en: 'verify copies and repair them' },
    usage: {
      vi: [
        'duphong audit [--site TÊN] [--all] [--no-repair]',
        'duphong audit --status      độ phủ kiểm tra theo chu kỳ, lần tới đến hạn',
        '  --site TÊN    chỉ kiểm tra một site',
        '  --all         kiểm tra mọi bản sao, kể cả chưa đến hạn',
        '  --no-repair   chỉ báo cáo, không sửa bản sao hư hỏng',
      ].join('\n'),
      en: [
        'duphong audit [--site NAME] [--all] [--no-repair]',
        'duphong audit --status      audit coverage of the period, next copy due',
        '  --site NAME   audit one site only',
        '  --all         audit every copy, due or not',
        '  --no-repair   report only, do not repair damaged copies',
      ].join('\n'),
    },
  },
  rebuild: {
    summary: { vi: 'dựng lại danh mục từ một site', en: 'rebuild the catalogue from a site' },
    usage: { vi: 'duphong rebuild --from-site TÊN', en: 'duphong rebuild --from-site NAME' },
  },
  ocfl: {
    summary: { vi: 'kiểm tra đối tượng hoặc gốc lưu trữ OCFL', en: 'validate an OCFL object or storage root' },
    subcommands: ['validate'],
    usage: { vi: 'duphong ocfl validate ĐƯỜNG-DẪN', en: 'duphong ocfl validate PATH' },
  },
  package: {
    summary: { vi: 'kiểm tra gói E-ARK CSIP / TT05', en: 'validate an E-ARK CSIP / TT05 package' },
    subcommands: ['validate'],
    usage: {
      vi: 'duphong package validate ĐƯỜNG-DẪN   (thư mục, .zip hoặc .tar)',
      en: 'duphong package validate PATH   (folder, .zip or .tar)',
    },
  },
  export: {
    summary: { vi: 'xuất gói AIP hoặc DIP của một hồ sơ', en: 'export the AIP or a DIP of a file' },
    subcommands: ['aip', 'dip'],
    usage: {
      vi: [
        'duphong export aip MÃ-HỒ-SƠ --out THƯ-MỤC   xuất bản sao mới nhất thành gói AIP_hoso (ZIP, TT05), tên tệp theo mã hồ sơ',
        'duphong export dip MÃ-HỒ-SƠ --out THƯ-MỤC --requester NGƯỜI --purpose MỤC-ĐÍCH [--include-secret]',
        '                                           xuất gói DIP cho một yêu cầu khai thác',
      ].join('\n'),
      en: [
        'duphong export aip FILE-CODE --out DIR   export the newest copy as an AIP_hoso zip (TT05), named by file code',
        'duphong export dip FILE-CODE --out DIR --requester WHO --purpose WHY [--include-secret]',
        '                                        export a DIP for one access request',
      ].join('\n'),
    },
  },
  aip: {
    summary: { vi: 'chuyển bản sao bố cục cũ sang gói AIP_hoso', en: 'upgrade old-layout copies to AIP_hoso' },
    subcommands: ['upgrade'],
    usage: {
      vi: 'duphong aip upgrade MÃ-HỒ-SƠ…|--all   (thêm một phiên bản mới)',
      en: 'duphong aip upgrade FILE-CODE…|--all   (adds a new version)',
    },
  },
  format: {
    summary: { vi: 'nhận dạng định dạng tệp (PRONOM, MIME, TT05)', en: 'identify file formats (PRONOM, MIME, TT05)' },
    subcommands: ['identify'],
    usage: { vi: 'duphong format identify TỆP…', en: 'duphong format identify FILE…' },
  },
  bagit: {
    summary: { vi: 'kiểm tra hoặc tạo túi BagIt 1.0', en: 'validate or create BagIt 1.0 bags' },
    subcommands: ['validate', 'create'],
    usage: {
      vi: 'duphong bagit validate ĐƯỜNG-DẪN [--profile TỆP]\nduphong bagit create NGUỒN --out THƯ-MỤC [--algorithms sha256,sha512]',
      en: 'duphong bagit validate PATH [--profile FILE]\nduphong bagit create SRC --out DIR [--algorithms sha256,sha512]',
    },
  },
  search: {
    summary: { vi: 'tìm hồ sơ, tài liệu (không dấu cũng được)', en: 'search files and documents (accents optional)' },
    usage: {
      vi: [
        'duphong search TỪ-KHÓA [--limit N] [--offset N] [--kind file|document] [--unit MÃ] [--fonds MÃ]',
        '               [--year Y|Y1-Y2] [--type 02] [--medium M] [--mode 01,02] [--backup none|pending|ok|damaged]',
        '  "da nang" tìm thấy "Đà Nẵng".',
      ].join('\n'),
      en: [
        'duphong search QUERY [--limit N] [--offset N] [--kind file|document] [--unit ID] [--fonds CODE]',
        '             [--year Y|Y1-Y2] [--type 02] [--medium M] [--mode 01,02] [--backup none|pending|ok|damaged]',
        '  "da nang" finds "Đà Nẵng".',
      ].join('\n'),
    },
  },
  catalog: {
    summary: { vi: 'nhập hoặc xuất mục lục hồ sơ (.xlsx/.csv)', en: 'import or export a file list (.xlsx/.csv)' },
    subcommands: ['import', 'export'],
    usage: {
      vi: [
        'duphong catalog import TỆP [--fonds MÃ] [--unit MÃ] [--dry-run] [--allow-partial] [--map "Cột=trường"] [--max-size N]',
        '  --dry-run        chỉ kiểm tra, không ghi; --allow-partial ghi các dòng hợp lệ dù có dòng lỗi',
        'duphong catalog export --fonds MÃ --out TỆP.xlsx|.csv',
      ].join('\n'),
      en: [
        'duphong catalog import FILE [--fonds CODE] [--unit ID] [--dry-run] [--allow-partial] [--map "Column=field"] [--max-size N]',
        '  --dry-run        check only, write nothing; --allow-partial writes the valid rows despite bad ones',
        'duphong catalog export --fonds CODE --out FILE.xlsx|.csv',
      ].join('\n'),
    },
  },
  jobs: {
    summary: { vi: 'xem hoặc chạy ngay các tác vụ nền', en: 'list or run background jobs now' },
    subcommands: ['list', 'run'],
    usage: {
      vi: 'duphong jobs list [--status queued|running|done|failed]\nduphong jobs run       chạy ngay các tác vụ đang chờ (sao chép, kiểm tra)',
      en: 'duphong jobs list [--status queued|running|done|failed]\nduphong jobs run       run queued jobs now (replication, audits)',
    },
  },
  unit: {
    summary: {
      vi: 'liệt kê và xem đơn vị (tỉnh, bộ, cơ quan) và lịch sử của chúng',
      en: 'list and show units (provinces, ministries, agencies) and their history',
    },
    subcommands: ['list', 'show'],
    usage: {
      vi: [
        'duphong unit list [--at DD/MM/YYYY] [--kind LOẠI] [--all]   mã và tên các đơn vị có hiệu lực vào ngày đó (mặc định hôm nay)',
        '  --kind   ministry, province, commune, historical-archive, transferring-agency, …',
        '  --all    mọi đơn vị, kể cả đơn vị đã hợp nhất hoặc giải thể',
        'duphong unit show MÃ-ĐƠN-VỊ                             các phiên bản (tên, mã, cấp trên) và sáp nhập',
      ].join('\n'),
      en: [
        'duphong unit list [--at DD/MM/YYYY] [--kind KIND] [--all]   ids and names of units in force on that day (default today)',
        '  --kind   ministry, province, commune, historical-archive, transferring-agency, …',
        '  --all    every unit, including merged or dissolved ones',
        'duphong unit show UNIT-ID                               its versions (name, codes, parent) and successions',
      ].join('\n'),
    },
  },
  user: {
    summary: { vi: 'tài khoản người dùng: tạo, liệt kê, đặt lại mật khẩu, khóa', en: 'user accounts: add, list, reset password, disable' },
    subcommands: ['add', 'list', 'reset-password', 'disable', 'token'],
    usage: {
      vi: [
        'duphong user add TÊN --role VAI-TRÒ [--role …] [--unit MÃ-ĐƠN-VỊ …|--all] [--name HỌ-TÊN] [--password-stdin]',
        '  vai trò: system-admin (quản trị hệ thống), archive-admin (quản trị lưu trữ), archivist (lưu trữ viên),',
        '           digitiser (cán bộ số hóa), inspector (kiểm tra viên), reader (độc giả)',
        '  mật khẩu: hỏi khi chạy, hoặc đọc từ stdin với --password-stdin (ít nhất 10 ký tự)',
        'duphong user list',
        'duphong user reset-password TÊN [--password-stdin]',
        'duphong user disable TÊN',
        'duphong user token TÊN --action QUYỀN [--action …] [--days 365] [--label NHÃN]',
        '  mã truy cập API cho tài khoản (in một lần), ví dụ cho hệ thống tỉnh liên thông với trung ương',
      ].join('\n'),
      en: [
        'duphong user add NAME --role ROLE [--role …] [--unit UNIT-ID …|--all] [--name FULL-NAME] [--password-stdin]',
        '  roles: system-admin, archive-admin, archivist, digitiser, inspector, reader',
        '  password: asked for, or read from stdin with --password-stdin (at least 10 characters)',
        'duphong user list',
        'duphong user reset-password NAME [--password-stdin]',
        'duphong user disable NAME',
        'duphong user token NAME --action ACTION [--action …] [--days 365] [--label LABEL]',
        '  an API token for the account (printed once), e.g. for a province instance linked to the centre',
      ].join('\n'),
    },
  },
  inspection: {
    summary: {
      vi: 'ghi và xem các lần kiểm tra tình trạng (dấu hiệu hư hỏng)',
      en: 'record and list condition inspections (damage signs)',
    },
    subcommands: ['add', 'list'],
    usage: {
      vi: [
        'duphong inspection add MÃ-HỒ-SƠ --date DD/MM/YYYY --signs MÃ,… [--by NGƯỜI] [--unreadable] [--note GHI-CHÚ] [--kind file|document|fonds]',
        '  --signs    mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk), ví dụ: rach,mo-chu',
        'duphong inspection list MÃ-HỒ-SƠ [--kind file|document|fonds]',
      ].join('\n'),
      en: [
        'duphong inspection add FILE-CODE --date DD/MM/YYYY --signs CODE,… [--by WHO] [--unreadable] [--note NOTE] [--kind file|document|fonds]',
        '  --signs    damage sign codes (code lists damageSign / electronicRisk), e.g. rach,mo-chu',
        'duphong inspection list FILE-CODE [--kind file|document|fonds]',
      ].join('\n'),
    },
  },
  ...PROGRAMME_HELP,
  ...NATIONAL_HELP,
  'backup-list': {
    summary: { vi: 'danh mục tài liệu lưu trữ dự phòng hằng năm', en: 'the yearly list of records to back up' },
    subcommands: ['create', 'add', 'remove', 'submit', 'approve', 'return', 'reopen', 'show', 'export', 'recognize', 'refresh'],
    usage: {
      vi: [
        'duphong backup-list create --unit MÃ-ĐƠN-VỊ --year NĂM --by NGƯỜI        tạo danh mục dự thảo (mã đơn vị: "duphong unit list")',
        'duphong backup-list add ID MÃ… [--kind file|document|fonds] [--note G] --by NGƯỜI   thêm hồ sơ, tài liệu',
        'duphong backup-list add ID --propose [--fonds MÃ] --by NGƯỜI              đề xuất mọi hồ sơ của đơn vị đủ điều kiện',
        '  Đủ điều kiện: có quyết định công nhận giá trị đặc biệt ("backup-list recognize") hoặc',
        '  hồ sơ bảo quản vĩnh viễn có lần kiểm tra ghi dấu hiệu hư hỏng ("duphong inspection add").',
        'duphong backup-list remove ID MÃ… --by NGƯỜI',
        'duphong backup-list submit|return|reopen ID --by NGƯỜI [--note G]        trình, trả lại (cần lý do), mở lại',
        'duphong backup-list approve ID --by NGƯỜI --decision SỐ-QĐ --date DD/MM/YYYY',
        'duphong backup-list show [ID] [--unit MÃ] [--year NĂM] [--status draft|submitted|approved|returned]',
        'duphong backup-list export ID --format xlsx|docx --out TỆP [--unit-name TÊN] [--approver CƠ-QUAN]',
        'duphong backup-list recognize MÃ --decision SỐ-QĐ --date DD/MM/YYYY --issuer CƠ-QUAN [--note G]',
        'duphong backup-list refresh                                              tính lại riskRecoveryStatus',
        'Quy trình: dự thảo → đã trình → đã phê duyệt / trả lại (xem hướng dẫn "Lựa chọn tài liệu dự phòng" trong tài liệu kèm theo).',
      ].join('\n'),
      en: [
        'duphong backup-list create --unit UNIT-ID --year YEAR --by WHO           create a draft list (unit ids: "duphong unit list")',
        'duphong backup-list add ID CODE… [--kind file|document|fonds] [--note N] --by WHO   add files, documents',
        'duphong backup-list add ID --propose [--fonds CODE] --by WHO             propose every eligible record of the unit',
        '  Eligible: a recognition of special value ("backup-list recognize") or a permanent file',
        '  whose inspection records damage signs ("duphong inspection add").',
        'duphong backup-list remove ID CODE… --by WHO',
        'duphong backup-list submit|return|reopen ID --by WHO [--note N]           submit, return (reason needed), reopen',
        'duphong backup-list approve ID --by WHO --decision NUMBER --date DD/MM/YYYY',
        'duphong backup-list show [ID] [--unit ID] [--year YEAR] [--status draft|submitted|approved|returned]',
        'duphong backup-list export ID --format xlsx|docx --out FILE [--unit-name NAME] [--approver BODY]',
        'duphong backup-list recognize CODE --decision NUMBER --date DD/MM/YYYY --issuer BODY [--note N]',
        'duphong backup-list refresh                                               recompute riskRecoveryStatus',
        'Workflow: draft → submitted → approved / returned (see the "Selection for backup" guide in the documentation).',
      ].join('\n'),
    },
  },
};
