import { defineMessages } from '../i18n.js';

/** Catalogue browsing: units → fonds → files. */
export const catalogueMessages = defineMessages({
  vi: {
    'cat.title': 'Mục lục hồ sơ',
    'cat.hint': 'Chọn đơn vị, rồi phông; bấm mã hồ sơ để xem mô tả, tài liệu, bản sao dự phòng và lịch sử.',
    'cat.unit': 'Đơn vị',
    'cat.allUnits': 'Tất cả đơn vị',
    'cat.fonds': 'Phông',
    'cat.chooseFonds': '— chọn phông —',
    'cat.noFonds': 'Chưa có phông nào. Hãy nhập mục lục hồ sơ (bảng tính) ở trang Nhập mục lục.',
    'cat.noFiles': 'Phông này chưa có hồ sơ nào bạn được xem.',
    'cat.fileCount': '{n} hồ sơ',
    'cat.previous': 'Trang trước',
    'cat.next': 'Trang sau',
  },
  en: {
    'cat.title': 'Catalogue',
    'cat.hint': 'Choose a unit, then a fonds; click a file code to see its description, documents, backup copies and history.',
    'cat.unit': 'Unit',
    'cat.allUnits': 'All units',
    'cat.fonds': 'Fonds',
    'cat.chooseFonds': '— choose a fonds —',
    'cat.noFonds': 'No fonds yet. Import a catalogue spreadsheet on the Import page.',
    'cat.noFiles': 'This fonds has no file you may see.',
    'cat.fileCount': '{n} file(s)',
    'cat.previous': 'Previous',
    'cat.next': 'Next',
  },
});
