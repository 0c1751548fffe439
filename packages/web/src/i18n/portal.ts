import { defineMessages } from '../i18n.js';

/** The national portal (#/cong-tra-cuu): public search across the instances the centre harvests. */
export const portalMessages = defineMessages({
  vi: {
    title: 'Cổng tra cứu tài liệu lưu trữ',
    intro:
      'Tra cứu hồ sơ lưu trữ của các tỉnh, bộ, ngành đã kết nối với trung ương. Kết quả dẫn về trang hồ sơ tại cơ quan đang giữ, nơi quy định việc khai thác. Không cần đăng nhập: chỉ hiển thị hồ sơ công khai.',
    label: 'Từ khóa',
    placeholder: 'Ví dụ: thành lập tỉnh, ha noi 1975',
    submit: 'Tìm',
    province: 'Tỉnh, bộ, ngành',
    fonds: 'Phông',
    clear: 'Bỏ lọc',
    total: 'Tìm thấy {n} hồ sơ',
    totalCapped: 'Tìm thấy hơn {n} hồ sơ — thêm từ khóa hoặc chọn tỉnh, phông để thu hẹp; số liệu bên cạnh tính trên {n} kết quả đầu',
    empty: 'Không có hồ sơ nào khớp.',
    holder: 'Nơi giữ',
    dates: 'Thời gian',
    access: 'Chế độ sử dụng',
    open: 'Xem tại nơi giữ',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: 'Trang {n}',
  },
  en: {
    title: 'Archives search portal',
    intro:
      'Search the archival files of the provinces and ministries connected to the centre. Each result links to the record page of the archive that holds it, whose rules govern access. No sign-in needed: public records only.',
    label: 'Search terms',
    placeholder: 'e.g. thành lập tỉnh, ha noi 1975',
    submit: 'Search',
    province: 'Province, ministry',
    fonds: 'Fonds',
    clear: 'Clear filters',
    total: '{n} files found',
    totalCapped: 'More than {n} files found — add words or pick a province or fonds; the counts beside are over the first {n}',
    empty: 'No file matches.',
    holder: 'Held by',
    dates: 'Dates',
    access: 'Access',
    open: 'View where it is held',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {n}',
  },
});
