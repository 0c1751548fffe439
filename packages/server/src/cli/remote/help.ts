import type { Lang } from '../output.js';

/** `duphong --server URL --help`: what runs remotely, and why the token belongs in the environment. */
export const REMOTE_HELP: Record<Lang, string> = {
  vi: `DuPhong — dùng dòng lệnh với một máy chủ từ xa

Cách dùng: DUPHONG_SERVER=https://may-chu DUPHONG_TOKEN=dp_… duphong <lệnh> [tùy chọn]
      hoặc: duphong --server URL [--token MÃ] <lệnh> [tùy chọn]

Nên đặt mã truy cập trong biến môi trường DUPHONG_TOKEN: mã ghi sau --token hiện cho mọi người
dùng của máy này thấy (lệnh ps) và nằm lại trong lịch sử shell. Tạo mã trong giao diện web
(Mã truy cập API) hoặc POST /api/tokens; mã chỉ hiện một lần.

Lệnh dùng được từ xa (cùng tùy chọn, cùng kết quả --json như khi chạy trên máy chủ):
  whoami                               mã truy cập thuộc về ai: vai trò, phạm vi, quyền, ngày hết hạn
  search TỪ-KHÓA [--limit N] [--offset N] [--fonds C] [--year Y|Y1-Y2] [--type 02] [--mode 01,02] …
  copies CODE                          trạng thái các bản sao của hồ sơ
  site list                            liệt kê site
  audit [--site NAME] [--all]          máy chủ chạy kiểm tra toàn vẹn (tự sửa); chờ và in kết quả
  audit --status                       độ bao phủ của việc kiểm tra
Các lệnh khác chỉ chạy trên chính máy chủ. Bỏ đặt DUPHONG_SERVER (hoặc --server "") để chạy tại chỗ.

https dùng kho chứng chỉ CA của Node (Node ≥ 22.15: cả kho của hệ thống); CA riêng của cơ quan:
NODE_EXTRA_CA_CERTS=/đường/dẫn/ca.pem. Xem docs/remote-cli.md.

Mã thoát: 0 xong · 1 lỗi của máy chủ · 2 yêu cầu sai, mã truy cập bị từ chối, không tìm thấy ·
3 phát hiện hư hỏng · 4 máy chủ không truy cập được hoặc đang bận (thử lại sau)
`,
  en: `DuPhong — the command line against a remote server

Usage: DUPHONG_SERVER=https://server DUPHONG_TOKEN=dp_… duphong <command> [options]
   or: duphong --server URL [--token TOKEN] <command> [options]

Prefer the DUPHONG_TOKEN environment variable: a token written after --token is visible to every
user of this machine (ps) and stays in the shell history. Create a token in the web UI (API
tokens) or with POST /api/tokens; it is shown once.

Commands available remotely (same options, same --json as on the server):
  whoami                               whom the token acts as: roles, scope, rights, expiry
  search QUERY [--limit N] [--offset N] [--fonds C] [--year Y|Y1-Y2] [--type 02] [--mode 01,02] …
  copies CODE                          the state of a record's copies
  site list                            the storage sites
  audit [--site NAME] [--all]          the server runs a fixity audit (with repair); waits, prints it
  audit --status                       the audit's coverage
Every other command runs only on the server machine. Unset DUPHONG_SERVER (or --server "") to run locally.

https uses Node's CA store (Node ≥ 22.15: the system's too); an agency's own CA:
NODE_EXTRA_CA_CERTS=/path/to/ca.pem. See docs/remote-cli.md.

Exit codes: 0 done · 1 server error · 2 bad request, token refused, not found ·
3 integrity problem · 4 server unreachable or busy (retry later)
`,
};
