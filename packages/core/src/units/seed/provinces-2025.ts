/**
 * DATA — the 34 provinces and centrally-run cities from 01/07/2025 (DOMAIN.md §10), their codes
 * from QĐ 19/2025/QĐ-TTg and the former provinces each was formed from (slugs of
 * provinces-before-2025.ts). A row formed from ONE former province is the same unit carrying on
 * (a new version); a row formed from several is a new unit, created by a merger.
 */

export interface Province2025Row {
  /** For new units: the id becomes `province-2025-<slug>`. */
  slug: string;
  name: string;
  shortName?: string;
  type: 'tỉnh' | 'thành phố trực thuộc trung ương';
  adminCode: string;
  formedFrom: readonly string[];
  /** Former province where the new seat (trụ sở) is; its code is the new code. */
  seat?: string;
  note?: string;
}

const TP = 'thành phố trực thuộc trung ương' as const;
const CITY_2026 =
  'Được báo cáo (chưa xác minh) trở thành thành phố trực thuộc trung ương năm 2026; chưa ghi phiên bản mới vì chưa có văn bản và ngày hiệu lực (xem UNVERIFIED_UNIT_REPORTS).';

export const PROVINCES_2025: readonly Province2025Row[] = [
  { slug: 'ha-noi', name: 'Hà Nội', type: TP, adminCode: '01', formedFrom: ['ha-noi'] },
  { slug: 'cao-bang', name: 'Cao Bằng', type: 'tỉnh', adminCode: '04', formedFrom: ['cao-bang'] },
  { slug: 'tuyen-quang', name: 'Tuyên Quang', type: 'tỉnh', adminCode: '08', formedFrom: ['tuyen-quang', 'ha-giang'] },
  { slug: 'dien-bien', name: 'Điện Biên', type: 'tỉnh', adminCode: '11', formedFrom: ['dien-bien'] },
  { slug: 'lai-chau', name: 'Lai Châu', type: 'tỉnh', adminCode: '12', formedFrom: ['lai-chau'] },
  { slug: 'son-la', name: 'Sơn La', type: 'tỉnh', adminCode: '14', formedFrom: ['son-la'] },
  { slug: 'lao-cai', name: 'Lào Cai', type: 'tỉnh', adminCode: '15', formedFrom: ['lao-cai', 'yen-bai'], seat: 'yen-bai' },
  { slug: 'thai-nguyen', name: 'Thái Nguyên', type: 'tỉnh', adminCode: '19', formedFrom: ['thai-nguyen', 'bac-kan'] },
  { slug: 'lang-son', name: 'Lạng Sơn', type: 'tỉnh', adminCode: '20', formedFrom: ['lang-son'] },
  { slug: 'quang-ninh', name: 'Quảng Ninh', type: 'tỉnh', adminCode: '22', formedFrom: ['quang-ninh'], note: CITY_2026 },
  {
    slug: 'bac-ninh',
    name: 'Bắc Ninh',
    type: 'tỉnh',
    adminCode: '24',
    formedFrom: ['bac-ninh', 'bac-giang'],
    seat: 'bac-giang',
    note: CITY_2026,
  },
  { slug: 'phu-tho', name: 'Phú Thọ', type: 'tỉnh', adminCode: '25', formedFrom: ['phu-tho', 'vinh-phuc', 'hoa-binh'] },
  { slug: 'hai-phong', name: 'Hải Phòng', type: TP, adminCode: '31', formedFrom: ['hai-phong', 'hai-duong'] },
  { slug: 'hung-yen', name: 'Hưng Yên', type: 'tỉnh', adminCode: '33', formedFrom: ['hung-yen', 'thai-binh'] },
  { slug: 'ninh-binh', name: 'Ninh Bình', type: 'tỉnh', adminCode: '37', formedFrom: ['ninh-binh', 'ha-nam', 'nam-dinh'] },
  { slug: 'thanh-hoa', name: 'Thanh Hóa', type: 'tỉnh', adminCode: '38', formedFrom: ['thanh-hoa'] },
  { slug: 'nghe-an', name: 'Nghệ An', type: 'tỉnh', adminCode: '40', formedFrom: ['nghe-an'] },
  { slug: 'ha-tinh', name: 'Hà Tĩnh', type: 'tỉnh', adminCode: '42', formedFrom: ['ha-tinh'] },
  { slug: 'quang-tri', name: 'Quảng Trị', type: 'tỉnh', adminCode: '44', formedFrom: ['quang-tri', 'quang-binh'], seat: 'quang-binh' },
  { slug: 'hue', name: 'Huế', type: TP, adminCode: '46', formedFrom: ['thua-thien-hue'] },
  { slug: 'da-nang', name: 'Đà Nẵng', type: TP, adminCode: '48', formedFrom: ['da-nang', 'quang-nam'] },
  { slug: 'quang-ngai', name: 'Quảng Ngãi', type: 'tỉnh', adminCode: '51', formedFrom: ['quang-ngai', 'kon-tum'] },
  { slug: 'gia-lai', name: 'Gia Lai', type: 'tỉnh', adminCode: '52', formedFrom: ['gia-lai', 'binh-dinh'], seat: 'binh-dinh' },
  { slug: 'khanh-hoa', name: 'Khánh Hòa', type: 'tỉnh', adminCode: '56', formedFrom: ['khanh-hoa', 'ninh-thuan'] },
  { slug: 'dak-lak', name: 'Đắk Lắk', type: 'tỉnh', adminCode: '66', formedFrom: ['dak-lak', 'phu-yen'] },
  { slug: 'lam-dong', name: 'Lâm Đồng', type: 'tỉnh', adminCode: '68', formedFrom: ['lam-dong', 'dak-nong', 'binh-thuan'] },
  { slug: 'dong-nai', name: 'Đồng Nai', type: 'tỉnh', adminCode: '75', formedFrom: ['dong-nai', 'binh-phuoc'], note: CITY_2026 },
  {
    slug: 'ho-chi-minh',
    name: 'Hồ Chí Minh',
    shortName: 'TP.HCM',
    type: TP,
    adminCode: '79',
    formedFrom: ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'],
  },
  { slug: 'tay-ninh', name: 'Tây Ninh', type: 'tỉnh', adminCode: '80', formedFrom: ['tay-ninh', 'long-an'], seat: 'long-an' },
  { slug: 'dong-thap', name: 'Đồng Tháp', type: 'tỉnh', adminCode: '82', formedFrom: ['dong-thap', 'tien-giang'], seat: 'tien-giang' },
  { slug: 'vinh-long', name: 'Vĩnh Long', type: 'tỉnh', adminCode: '86', formedFrom: ['vinh-long', 'ben-tre', 'tra-vinh'] },
  { slug: 'an-giang', name: 'An Giang', type: 'tỉnh', adminCode: '91', formedFrom: ['an-giang', 'kien-giang'], seat: 'kien-giang' },
  { slug: 'can-tho', name: 'Cần Thơ', type: TP, adminCode: '92', formedFrom: ['can-tho', 'soc-trang', 'hau-giang'] },
  { slug: 'ca-mau', name: 'Cà Mau', type: 'tỉnh', adminCode: '96', formedFrom: ['ca-mau', 'bac-lieu'] },
];

/** Reports DOMAIN.md marks (unverified): kept as data, never turned into versions until confirmed. */
export const UNVERIFIED_UNIT_REPORTS: ReadonlyArray<{ unitId: string; claim: string; year: number; verified: false; source: string }> = [
  ...['dong-nai', 'quang-ninh', 'bac-ninh'].map((slug) => ({
    unitId: slug === 'quang-ninh' ? 'province-quang-ninh' : `province-2025-${slug}`,
    claim: 'trở thành thành phố trực thuộc trung ương',
    year: 2026,
    verified: false as const,
    source: 'DOMAIN.md §10 (unverified)',
  })),
];
