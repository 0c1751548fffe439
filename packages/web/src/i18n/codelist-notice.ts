import { defineMessages } from '../i18n.js';

/** The notice of shared code lists changed since the user last looked (decision 0029). */
export const codeListNoticeMessages = defineMessages({
  vi: {
    title: 'Danh mục dùng chung đã thay đổi từ lần xem trước',
    fromCentre: 'phiên bản {version}, do {origin} ban hành, hiệu lực từ {validFrom}',
    local: 'phiên bản {version} (ban hành tại đây), hiệu lực từ {validFrom}',
    seen: 'Đã xem',
  },
  en: {
    title: 'Shared code lists changed since you last looked',
    fromCentre: 'version {version}, published by {origin}, valid from {validFrom}',
    local: 'version {version} (published here), valid from {validFrom}',
    seen: 'Dismiss',
  },
});
