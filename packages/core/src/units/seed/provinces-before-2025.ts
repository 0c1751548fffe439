/**
 * DATA — the 63 provinces and centrally-run cities in force until 30/06/2025, with their
 * two-digit codes from the list of QĐ 124/2004/QĐ-TTg (Hà Tây, 28, merged into Hà Nội in 2008, is
 * not here). Edit freely; `index.ts` turns rows into units and versions.
 *
 * The codes of the 34 provinces of 2025 are the codes of the old province where the new seat
 * is, so 34 of these codes are cross-checked by DOMAIN.md §10 (among them the seven that
 * changed meaning: 15 was Yên Bái, 24 Bắc Giang, 44 Quảng Bình, 52 Bình Định, 80 Long An,
 * 82 Tiền Giang, 91 Kiên Giang). The other 29 are from the published QĐ 124/2004 list.
 */

export interface FormerProvinceRow {
  /** Becomes the unit id `province-<slug>`. */
  slug: string;
  name: string;
  shortName?: string;
  type: 'tỉnh' | 'thành phố trực thuộc trung ương';
  adminCode: string;
  /** Electronic agency identifier of the provincial People's Committee, where one is known. */
  agencyCode?: string;
  verified?: false;
  note?: string;
}

const TP = 'thành phố trực thuộc trung ương' as const;

export const FORMER_PROVINCES: readonly FormerProvinceRow[] = [
  { slug: 'ha-noi', name: 'Hà Nội', type: TP, adminCode: '01' },
  { slug: 'ha-giang', name: 'Hà Giang', type: 'tỉnh', adminCode: '02' },
  { slug: 'cao-bang', name: 'Cao Bằng', type: 'tỉnh', adminCode: '04' },
  { slug: 'bac-kan', name: 'Bắc Kạn', type: 'tỉnh', adminCode: '06' },
  { slug: 'tuyen-quang', name: 'Tuyên Quang', type: 'tỉnh', adminCode: '08' },
  { slug: 'lao-cai', name: 'Lào Cai', type: 'tỉnh', adminCode: '10' },
  { slug: 'dien-bien', name: 'Điện Biên', type: 'tỉnh', adminCode: '11' },
  { slug: 'lai-chau', name: 'Lai Châu', type: 'tỉnh', adminCode: '12' },
  { slug: 'son-la', name: 'Sơn La', type: 'tỉnh', adminCode: '14' },
  { slug: 'yen-bai', name: 'Yên Bái', type: 'tỉnh', adminCode: '15' },
  { slug: 'hoa-binh', name: 'Hòa Bình', type: 'tỉnh', adminCode: '17' },
  { slug: 'thai-nguyen', name: 'Thái Nguyên', type: 'tỉnh', adminCode: '19' },
  { slug: 'lang-son', name: 'Lạng Sơn', type: 'tỉnh', adminCode: '20' },
  {
    slug: 'quang-ninh',
    name: 'Quảng Ninh',
    type: 'tỉnh',
    adminCode: '22',
    agencyCode: 'H49',
    verified: false,
    note: 'Mã định danh H49 (UBND tỉnh) lấy từ QĐ 3739/QĐ-UBND ngày 03/11/2016 của UBND tỉnh Quảng Ninh, qua trang bên thứ ba; chưa đối chiếu phụ lục QĐ 20/2020/QĐ-TTg.',
  },
  { slug: 'bac-giang', name: 'Bắc Giang', type: 'tỉnh', adminCode: '24' },
  { slug: 'phu-tho', name: 'Phú Thọ', type: 'tỉnh', adminCode: '25' },
  { slug: 'vinh-phuc', name: 'Vĩnh Phúc', type: 'tỉnh', adminCode: '26' },
  { slug: 'bac-ninh', name: 'Bắc Ninh', type: 'tỉnh', adminCode: '27' },
  { slug: 'hai-duong', name: 'Hải Dương', type: 'tỉnh', adminCode: '30' },
  { slug: 'hai-phong', name: 'Hải Phòng', type: TP, adminCode: '31' },
  { slug: 'hung-yen', name: 'Hưng Yên', type: 'tỉnh', adminCode: '33' },
  { slug: 'thai-binh', name: 'Thái Bình', type: 'tỉnh', adminCode: '34' },
  { slug: 'ha-nam', name: 'Hà Nam', type: 'tỉnh', adminCode: '35' },
  { slug: 'nam-dinh', name: 'Nam Định', type: 'tỉnh', adminCode: '36' },
  { slug: 'ninh-binh', name: 'Ninh Bình', type: 'tỉnh', adminCode: '37' },
  { slug: 'thanh-hoa', name: 'Thanh Hóa', type: 'tỉnh', adminCode: '38' },
  { slug: 'nghe-an', name: 'Nghệ An', type: 'tỉnh', adminCode: '40' },
  { slug: 'ha-tinh', name: 'Hà Tĩnh', type: 'tỉnh', adminCode: '42' },
  { slug: 'quang-binh', name: 'Quảng Bình', type: 'tỉnh', adminCode: '44' },
  { slug: 'quang-tri', name: 'Quảng Trị', type: 'tỉnh', adminCode: '45' },
  // Thừa Thiên Huế: tỉnh until 31/12/2024, then thành phố Huế (see THUA_THIEN_HUE_2025 in index.ts).
  { slug: 'thua-thien-hue', name: 'Thừa Thiên Huế', type: 'tỉnh', adminCode: '46' },
  { slug: 'da-nang', name: 'Đà Nẵng', type: TP, adminCode: '48' },
  { slug: 'quang-nam', name: 'Quảng Nam', type: 'tỉnh', adminCode: '49' },
  { slug: 'quang-ngai', name: 'Quảng Ngãi', type: 'tỉnh', adminCode: '51' },
  { slug: 'binh-dinh', name: 'Bình Định', type: 'tỉnh', adminCode: '52' },
  { slug: 'phu-yen', name: 'Phú Yên', type: 'tỉnh', adminCode: '54' },
  { slug: 'khanh-hoa', name: 'Khánh Hòa', type: 'tỉnh', adminCode: '56' },
  { slug: 'ninh-thuan', name: 'Ninh Thuận', type: 'tỉnh', adminCode: '58' },
  { slug: 'binh-thuan', name: 'Bình Thuận', type: 'tỉnh', adminCode: '60' },
  { slug: 'kon-tum', name: 'Kon Tum', type: 'tỉnh', adminCode: '62' },
  { slug: 'gia-lai', name: 'Gia Lai', type: 'tỉnh', adminCode: '64' },
  { slug: 'dak-lak', name: 'Đắk Lắk', type: 'tỉnh', adminCode: '66' },
  { slug: 'dak-nong', name: 'Đắk Nông', type: 'tỉnh', adminCode: '67' },
  { slug: 'lam-dong', name: 'Lâm Đồng', type: 'tỉnh', adminCode: '68' },
  { slug: 'binh-phuoc', name: 'Bình Phước', type: 'tỉnh', adminCode: '70' },
  { slug: 'tay-ninh', name: 'Tây Ninh', type: 'tỉnh', adminCode: '72' },
  { slug: 'binh-duong', name: 'Bình Dương', type: 'tỉnh', adminCode: '74' },
  { slug: 'dong-nai', name: 'Đồng Nai', type: 'tỉnh', adminCode: '75' },
  { slug: 'ba-ria-vung-tau', name: 'Bà Rịa - Vũng Tàu', type: 'tỉnh', adminCode: '77' },
  { slug: 'ho-chi-minh', name: 'Hồ Chí Minh', shortName: 'TP.HCM', type: TP, adminCode: '79' },
  { slug: 'long-an', name: 'Long An', type: 'tỉnh', adminCode: '80' },
  { slug: 'tien-giang', name: 'Tiền Giang', type: 'tỉnh', adminCode: '82' },
  { slug: 'ben-tre', name: 'Bến Tre', type: 'tỉnh', adminCode: '83' },
  { slug: 'tra-vinh', name: 'Trà Vinh', type: 'tỉnh', adminCode: '84' },
  { slug: 'vinh-long', name: 'Vĩnh Long', type: 'tỉnh', adminCode: '86' },
  { slug: 'dong-thap', name: 'Đồng Tháp', type: 'tỉnh', adminCode: '87' },
  { slug: 'an-giang', name: 'An Giang', type: 'tỉnh', adminCode: '89' },
  { slug: 'kien-giang', name: 'Kiên Giang', type: 'tỉnh', adminCode: '91' },
  { slug: 'can-tho', name: 'Cần Thơ', type: TP, adminCode: '92' },
  { slug: 'hau-giang', name: 'Hậu Giang', type: 'tỉnh', adminCode: '93' },
  { slug: 'soc-trang', name: 'Sóc Trăng', type: 'tỉnh', adminCode: '94' },
  { slug: 'bac-lieu', name: 'Bạc Liêu', type: 'tỉnh', adminCode: '95' },
  { slug: 'ca-mau', name: 'Cà Mau', type: 'tỉnh', adminCode: '96' },
];
