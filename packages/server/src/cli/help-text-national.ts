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
};
