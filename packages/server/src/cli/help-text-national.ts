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
};
