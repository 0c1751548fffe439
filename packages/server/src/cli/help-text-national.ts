// Help of the national-level commands (keys, handover, harvest, shared code lists); data only.
import type { CommandHelp } from './help-text.js';

export const NATIONAL_HELP: Record<string, CommandHelp> = {
  key: {
    summary: {
      vi: 'khoá ký Ed25519 của hệ thống: xem, đổi khoá (liên thông với trung ương)',
      en: "this instance's Ed25519 signing key: show, rotate (for links with the centre)",
    },
    subcommands: ['show', 'list', 'rotate'],
    usage: {
      vi: [
        'duphong key show          mã hệ thống, khoá hiện hành — gửi khoá công khai này cho hệ thống cấp trên/ngang hàng',
        '                          để họ khai báo trong "national.peers" của cấu hình',
        'duphong key list          mọi khoá đã dùng, ngày tạo, ngày thôi dùng',
        'duphong key rotate        tạo khoá mới; khoá cũ ký xác nhận việc chuyển giao nên hệ thống khác vẫn tin',
        '                          khoá mới mà không cần khai báo lại; khoá cũ được giữ để kiểm tra chữ ký cũ',
      ].join('\n'),
      en: [
        'duphong key show          instance id and current key — send this public key to the centre/peer',
        '                          for their "national.peers" configuration',
        'duphong key list          every key used, when made and when retired',
        'duphong key rotate        make a new key; the old one signs the hand-over, so peers trust the new key',
        '                          without reconfiguration; old keys are kept to check old signatures',
      ].join('\n'),
    },
  },
  national: {
    summary: {
      vi: 'liên thông: hệ thống này là ai, các hệ thống tin cậy (trung ương, tỉnh, bộ) và khoá của họ',
      en: 'national links: who this instance is, the peers it trusts (centre, provinces, ministries) and their keys',
    },
    subcommands: ['show', 'set', 'peer-add', 'peer-remove'],
    usage: {
      vi: [
        'duphong national show                  cấu hình liên thông hiện tại',
        'duphong national set [--id MÃ] [--name TÊN] [--unit ĐƠN-VỊ] [--public-url URL] [--upstream MÃ|--no-upstream]',
        '                                       mã hệ thống (a-z, 0-9, -), tên, đơn vị phục vụ, địa chỉ công khai,',
        '                                       hệ thống cấp trên phát hành bảng mã dùng chung',
        'duphong national peer-add MÃ --url URL --key KHOÁ-CÔNG-KHAI [--key …] [--name TÊN] [--unit ĐƠN-VỊ]',
        '                          [--token MÃ-TRUY-CẬP] [--harvest]',
        '                                       khai báo (hoặc thay) hệ thống tin cậy; khoá nhận qua kênh chính thức,',
        '                                       --token là mã truy cập của tài khoản mình trên hệ thống đó,',
        '                                       --harvest: cổng tra cứu thu thập hệ thống đó qua OAI-PMH',
        'duphong national peer-remove MÃ        bỏ một hệ thống tin cậy',
        'Sau khi đổi cấu hình, khởi động lại "duphong serve".',
      ].join('\n'),
      en: [
        'duphong national show                  the current national configuration',
        'duphong national set [--id ID] [--name NAME] [--unit UNIT] [--public-url URL] [--upstream ID|--no-upstream]',
        '                                       instance id (a-z, 0-9, -), name, unit served, public address,',
        '                                       the upstream that publishes shared code lists',
        'duphong national peer-add ID --url URL --key PUBLIC-KEY [--key …] [--name NAME] [--unit UNIT]',
        '                          [--token TOKEN] [--harvest]',
        '                                       add (or replace) a trusted peer; its key comes by an official channel,',
        "                                       --token is this instance's API token on that peer,",
        '                                       --harvest: the portal harvests that peer by OAI-PMH',
        'duphong national peer-remove ID        remove a trusted peer',
        'Restart "duphong serve" after a change.',
      ].join('\n'),
    },
  },
  codelist: {
    summary: {
      vi: 'danh mục dùng chung từ trung ương: gói đã ký, kéo về, báo cáo lệch, trạng thái',
      en: 'shared code lists from the centre: signed bundle, pull, drift report, status',
    },
    subcommands: ['bundle', 'pull', 'drift', 'status'],
    usage: {
      vi: [
        'duphong codelist bundle [--out TỆP]   gói danh mục dùng chung đã ký của hệ thống này (trung ương phát hành);',
        '                                      --out để mang sang hệ thống không nối mạng',
        'duphong codelist pull [--from TỆP]    kéo gói từ hệ thống cấp trên (national.upstream) hoặc đọc từ TỆP:',
        '                                      kiểm tra chữ ký, mã băm, từ chối gói cũ; áp dụng trọn vẹn hoặc không gì cả',
        'duphong codelist drift                gửi mã băm danh mục ở đây lên cấp trên (báo cáo lệch, đã ký)',
        'duphong codelist status               hệ thống cấp trên, danh mục bị khoá sửa, các lần kéo gần nhất',
      ].join('\n'),
      en: [
        "duphong codelist bundle [--out FILE]  this instance's signed bundle of shared lists (the centre publishes it);",
        '                                      --out to carry it to an offline instance',
        'duphong codelist pull [--from FILE]   pull the bundle from the upstream (national.upstream) or read FILE:',
        '                                      signature, digests, older bundles refused; applied whole or not at all',
        'duphong codelist drift                send the digests of the lists here to the upstream (signed drift report)',
        'duphong codelist status               the upstream, lists locked here, recent pulls',
      ].join('\n'),
    },
  },
  harvest: {
    summary: {
      vi: 'thu thập OAI-PMH hồ sơ của các hệ thống tỉnh, bộ vào cổng tra cứu quốc gia',
      en: "OAI-PMH harvest of the provinces' and ministries' records into the national portal",
    },
    usage: {
      vi: [
        'duphong harvest [--peer MÃ]    thu thập (tăng dần) từ mọi hệ thống có "harvest": true trong national.peers,',
        '                               hoặc chỉ một; lần bị ngắt giữa chừng sẽ tiếp tục từ trang đang dở',
        'duphong harvest --status       số hồ sơ, mốc thu thập, lần chạy gần nhất của từng hệ thống',
        '  mã thoát 4: không kết nối được một hệ thống (lần sau tiếp tục); 3: phản hồi sai, lỗi OAI-PMH',
      ].join('\n'),
      en: [
        'duphong harvest [--peer ID]    harvest (incrementally) every peer with "harvest": true in national.peers,',
        '                               or one; an interrupted list resumes at the page it stopped',
        'duphong harvest --status       records, harvest mark and last run of each peer',
        '  exit 4: a peer could not be reached (resumes next time); 3: bad response, OAI-PMH error',
      ].join('\n'),
    },
  },
  handover: {
    summary: {
      vi: 'bàn giao một phông/công trình/sưu tập cho hệ thống khác (bản kê ký trước, gửi tiếp được, không gửi lại)',
      en: 'hand a fonds/work/collection to another instance (signed manifest first, resumable, nothing sent twice)',
    },
    subcommands: ['send', 'create', 'receive', 'receipt', 'list', 'show'],
    usage: {
      vi: [
        'duphong handover send (--fonds MÃ | --work MÃ | --collection MÃ) --to URL --token TOKEN',
        '                          gửi các gói AIP (túi BagIt) qua HTTP: bản kê đã ký trước, bên nhận báo mục đã có,',
        '                          chỉ gửi mục còn thiếu; chạy lại sau khi gián đoạn sẽ gửi tiếp. --to có thể là mã',
        '                          hệ thống trong "national.peers" (khi đó URL và token lấy từ cấu hình).',
        '                          --parallel N: số túi gửi cùng lúc (mặc định 4, từ 1 đến 32)',
        '                          --json: {handover, objects, sent, skipped, accepted, refused, receipt:{signedBy, at}}',
        'duphong handover create (--fonds MÃ | …) --to MÃ-HỆ-THỐNG --out THƯ-MỤC',
        '                          ghi bản kê và các túi ra đĩa (chuyển giao không nối mạng)',
        'duphong handover receive THƯ-MỤC   bên nhận: kiểm tra, tiếp nhận, ghi biên nhận ký (receipt.json) vào thư mục',
        'duphong handover receipt TỆP       bên gửi: ghi nhận biên nhận từ đĩa',
        'duphong handover list              các lần bàn giao gửi đi và nhận về',
        'duphong handover show MÃ           danh mục thống kê, trạng thái từng mục, biên nhận',
        'Mã thoát: 3 khi có mục bị từ chối; 4 khi không kết nối được bên nhận (không mất gì, chạy lại sau).',
      ].join('\n'),
      en: [
        'duphong handover send (--fonds CODE | --work CODE | --collection CODE) --to URL --token TOKEN',
        '                          send the AIPs (as BagIt bags) over HTTP: the signed manifest first, the receiver',
        '                          says what it holds, only the rest is sent; a re-run after an interruption resumes.',
        '                          --to may be a peer id of "national.peers" (URL and token from the configuration).',
        '                          --parallel N: bags in flight at once (default 4, 1 to 32)',
        '                          --json: {handover, objects, sent, skipped, accepted, refused, receipt:{signedBy, at}}',
        'duphong handover create (--fonds CODE | …) --to PEER-ID --out DIR',
        '                          write the manifest and the bags to a disk (air-gapped transfer)',
        'duphong handover receive DIR       receiver: check, ingest, write the signed receipt (receipt.json) into DIR',
        'duphong handover receipt FILE      sender: record the receipt brought back on a disk',
        'duphong handover list              handovers sent and received',
        'duphong handover show ID           statistics list, state of each item, receipt',
        'Exit 3 when items were refused; 4 when the receiver is unreachable (nothing lost, run again later).',
      ].join('\n'),
    },
  },
};
