// A deterministic, realistic Vietnamese archival description for the search bench: fonds of
// provincial and ministerial bodies, files of ~25 documents, document titles built from TT05
// document types, agencies, subjects, places and years.

export const TYPES = [
  ['01', 'Nghị quyết', 'NQ'],
  ['02', 'Quyết định', 'QĐ'],
  ['03', 'Chỉ thị', 'CT'],
  ['05', 'Quy định', 'QyĐ'],
  ['07', 'Thông báo', 'TB'],
  ['08', 'Hướng dẫn', 'HD'],
  ['10', 'Kế hoạch', 'KH'],
  ['12', 'Đề án', 'ĐA'],
  ['14', 'Báo cáo', 'BC'],
  ['15', 'Tờ trình', 'TTr'],
  ['20', 'Biên bản', 'BB'],
  ['21', 'Hợp đồng', 'HĐ'],
  ['22', 'Công văn', 'CV'],
  ['23', 'Công điện', 'CĐ'],
  ['26', 'Giấy mời', 'GM'],
  ['30', 'Bản đồ', 'BĐ'],
];
export const AGENCIES = [
  'Ủy ban nhân dân tỉnh',
  'Hội đồng nhân dân tỉnh',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Kế hoạch và Đầu tư',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Ban Quản lý dự án',
  'Bộ Nội vụ',
  'Cục Văn thư và Lưu trữ nhà nước',
  'Ủy ban nhân dân huyện',
];
export const SUBJECTS = [
  'thành lập',
  'phê duyệt quy hoạch',
  'bổ nhiệm cán bộ',
  'giao đất',
  'thu hồi đất',
  'xây dựng cầu',
  'sửa chữa đường giao thông',
  'phòng chống lụt bão',
  'khen thưởng',
  'kỷ luật cán bộ',
  'tuyển dụng công chức',
  'điều chỉnh địa giới hành chính',
  'phân bổ ngân sách',
  'quyết toán ngân sách',
  'bảo tồn di tích',
  'chỉnh lý tài liệu lưu trữ',
  'số hóa tài liệu',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'đầu tư xây dựng trường học',
  'tiêm chủng mở rộng',
  'phòng chống dịch bệnh',
  'xóa đói giảm nghèo',
  'sáp nhập xã',
  'tổ chức bộ máy',
];
export const PLACES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Thành phố Hồ Chí Minh',
  'Cần Thơ',
  'Huế',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Nghệ An',
  'Hà Tĩnh',
  'Thanh Hóa',
  'Nam Định',
  'Thái Bình',
  'Ninh Bình',
  'Hải Dương',
  'Bắc Ninh',
  'Lạng Sơn',
  'Cao Bằng',
  'Hà Giang',
  'Lào Cai',
  'Điện Biên',
  'Sơn La',
  'Hòa Bình',
  'Đắk Lắk',
  'Gia Lai',
  'Kon Tum',
  'Lâm Đồng',
  'Đồng Nai',
  'Bình Dương',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Vĩnh Long',
  'An Giang',
  'Kiên Giang',
  'Cà Mau',
  'Bạc Liêu',
  'Sóc Trăng',
  'Trà Vinh',
  'Đồng Tháp',
  'Tây Ninh',
  'Bình Phước',
  'Quảng Bình',
  'Quảng Trị',
  'Quảng Ninh',
  'Tuyên Quang',
  'Yên Bái',
];
export const MEDIA = ['paper', 'paper', 'paper', 'film', 'digital'];

/** Mulberry32: the same catalogue on every run and engine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (r, list) => list[Math.floor(r() * list.length)];

const T = '2026-03-01T08:00:00.000+07:00';
const pad = (n, w) => String(n).padStart(w, '0');
const modeOf = (r) => {
  const x = r();
  return x < 0.7 ? '01' : x < 0.9 ? '02' : '03';
};

export const DOCS_PER_FILE = 25;
export const FONDS_COUNT = 40;

/** Fonds (with unit and holding), then files each followed by its documents, generated lazily. */
export function* description(docs, seed = 20260301) {
  const r = rng(seed);
  const fondsList = [];
  for (let i = 0; i < FONDS_COUNT; i++) {
    const place = PLACES[i % PLACES.length];
    const code = `P${pad(i + 1, 3)}`;
    fondsList.push({ code, place });
    yield {
      kind: 'fonds',
      value: {
        code,
        name: `Phông Ủy ban nhân dân tỉnh ${place}`,
        kind: 'fonds',
        status: 'closed',
        unitId: `U${pad(i % 12, 2)}`,
        fields: {},
        legacy: {},
        createdAt: T,
        updatedAt: T,
      },
    };
    yield {
      kind: 'holding',
      value: {
        id: `h${code}`,
        fondsCode: code,
        fileCode: null,
        medium: MEDIA[i % MEDIA.length],
        shelfMetres: 10,
        store: null,
        shelf: null,
        box: null,
        condition: '01',
        createdAt: T,
        updatedAt: T,
      },
    };
  }
  const files = Math.ceil(docs / DOCS_PER_FILE);
  let made = 0;
  for (let f = 0; f < files; f++) {
    const fonds = pick(r, fondsList);
    const year = 1975 + Math.floor(r() * 51);
    const place = r() < 0.6 ? fonds.place : pick(r, PLACES);
    const subject = pick(r, SUBJECTS);
    const fileCode = `${fonds.code}.${year}.${pad(f + 1, 6)}`;
    const fileMode = r() < 0.9 ? '01' : modeOf(r);
    const title = `Hồ sơ về việc ${subject} ${place} năm ${year}`;
    yield {
      kind: 'file',
      value: {
        code: fileCode,
        fondsCode: fonds.code,
        title,
        fields: { title, mode: fileMode, startDate: `01/01/${year}`, endDate: `31/12/${year}`, keyword: subject },
        legacy: {},
        createdAt: T,
        updatedAt: T,
      },
    };
    for (let d = 1; d <= DOCS_PER_FILE && made < docs; d++, made++) {
      const [typeName, typeLabel, abbr] = pick(r, TYPES);
      const agency = pick(r, AGENCIES);
      const agencyFull = agency.endsWith('tỉnh') || agency.endsWith('huyện') ? `${agency} ${place}` : `${agency} tỉnh ${place}`;
      const docSubject = r() < 0.7 ? subject : pick(r, SUBJECTS);
      const subjectText = `${typeLabel} số ${1 + Math.floor(r() * 900)}/${abbr} của ${agencyFull} về việc ${docSubject} năm ${year}`;
      yield {
        kind: 'document',
        value: {
          id: `${fileCode}.${pad(d, 7)}`,
          fileCode,
          ordinal: d,
          kind: 'doc',
          fields: {
            subject: subjectText,
            typeName,
            organName: agencyFull,
            issuedDate: `${pad(1 + Math.floor(r() * 28), 2)}/${pad(1 + Math.floor(r() * 12), 2)}/${year}`,
            mode: modeOf(r),
          },
          legacy: {},
          createdAt: T,
          updatedAt: T,
        },
      };
    }
  }
}
