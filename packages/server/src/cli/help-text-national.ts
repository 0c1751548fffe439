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
};
