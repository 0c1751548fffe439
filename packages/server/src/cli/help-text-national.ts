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
        '                          hệ thống trong "national.peers" (khi đó URL và token lấy từ cấu hình)',
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
        '                          --to may be a peer id of "national.peers" (URL and token from the configuration)',
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
