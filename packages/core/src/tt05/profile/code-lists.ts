/**
 * TT05 code lists (DOMAIN.md §5) as data with Vietnamese labels: the UI, reports and the
 * description checks all read them from here. Codes are strings with their leading zero.
 */
export type CodeListId =
  | 'typeName'
  | 'language'
  | 'maintenance'
  | 'mode'
  | 'confidenceLevel'
  | 'format'
  | 'riskRecovery'
  | 'riskRecoveryStatus'
  | 'source'
  | 'typePic'
  | 'colour'
  | 'typeMedia';

export interface CodeEntry {
  code: string;
  label: string;
}

export interface CodeList {
  id: CodeListId;
  /** Vietnamese name of the list. */
  label: string;
  entries: readonly CodeEntry[];
  /** Set when the labels come from a secondary source, not from DOMAIN.md / the circular. */
  note?: string;
}

const entries = (...pairs: Array<[string, string]>): CodeEntry[] => pairs.map(([code, label]) => ({ code, label }));

const TYPE_NAMES = [
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Quy chế',
  'Quy định',
  'Thông cáo',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Kế hoạch',
  'Phương án',
  'Đề án',
  'Dự án',
  'Báo cáo',
  'Tờ trình',
  'Giấy ủy quyền',
  'Phiếu gửi',
  'Phiếu chuyển',
  'Phiếu báo',
  'Biên bản',
  'Hợp đồng',
  'Công văn',
  'Công điện',
  'Bản ghi nhớ',
  'Bản thỏa thuận',
  'Giấy mời',
  'Giấy giới thiệu',
  'Giấy nghỉ phép',
  'Thư công',
  'Bản đồ',
  'Bản vẽ kỹ thuật',
  'Khác',
];

export const TT05_CODE_LISTS: Readonly<Record<CodeListId, CodeList>> = {
  typeName: {
    id: 'typeName',
    label: 'Tên loại tài liệu',
    entries: TYPE_NAMES.map((label, i) => ({ code: String(i + 1).padStart(2, '0'), label })),
  },
  language: {
    id: 'language',
    label: 'Ngôn ngữ',
    entries: entries(
      ['01', 'Tiếng Việt'],
      ['02', 'Tiếng Anh'],
      ['03', 'Tiếng Pháp'],
      ['04', 'Tiếng Nga'],
      ['05', 'Tiếng Trung'],
      ['06', 'Việt – Anh'],
      ['07', 'Việt – Nga'],
      ['08', 'Việt – Pháp'],
      ['09', 'Hán Nôm'],
      ['10', 'Việt – Trung'],
      ['11', 'Khác'],
    ),
  },
  maintenance: {
    id: 'maintenance',
    label: 'Thời hạn bảo quản',
    entries: entries(
      ['01', 'Vĩnh viễn'],
      ['02', '70 năm'],
      ['03', '50 năm'],
      ['04', '30 năm'],
      ['05', '20 năm'],
      ['06', '10 năm'],
      ['07', 'Khác'],
    ),
  },
  mode: {
    id: 'mode',
    label: 'Chế độ sử dụng',
    entries: entries(['01', 'Công khai'], ['02', 'Sử dụng có điều kiện'], ['03', 'Mật']),
  },
  confidenceLevel: {
    id: 'confidenceLevel',
    label: 'Mức độ tin cậy',
    entries: entries(['01', 'Gốc điện tử'], ['02', 'Số hóa'], ['03', 'Hỗn hợp']),
  },
  format: {
    id: 'format',
    label: 'Tình trạng vật lý',
    entries: entries(['01', 'Tốt'], ['02', 'Bình thường'], ['03', 'Hỏng']),
  },
  riskRecovery: {
    id: 'riskRecovery',
    label: 'Chế độ dự phòng',
    entries: entries(['0', 'Không'], ['1', 'Có']),
  },
  riskRecoveryStatus: {
    id: 'riskRecoveryStatus',
    label: 'Tình trạng dự phòng',
    entries: entries(['01', 'Đã dự phòng'], ['02', 'Chưa dự phòng']),
  },
  source: {
    id: 'source',
    label: 'Nguồn gốc',
    entries: entries(['0', 'Văn bản đi'], ['1', 'Văn bản đến']),
  },
  typePic: {
    id: 'typePic',
    label: 'Loại phim âm bản, ảnh',
    entries: entries(['01', 'Phim âm bản'], ['02', 'Ảnh']),
  },
  colour: {
    id: 'colour',
    label: 'Màu sắc',
    entries: entries(['01', 'Màu'], ['02', 'Đen trắng']),
    note: 'DOMAIN.md gives only the codes 01/02; the labels follow a public summary of the circular (unverified)',
  },
  typeMedia: {
    id: 'typeMedia',
    label: 'Loại ghi âm, ghi hình',
    entries: entries(['01', 'Ghi âm'], ['02', 'Ghi hình']),
  },
};

/** The Vietnamese label of a code, or undefined when the code is not in its list. */
export function codeLabel(list: CodeListId, code: string): string | undefined {
  return TT05_CODE_LISTS[list].entries.find((e) => e.code === code)?.label;
}

export function isListedCode(list: CodeListId, code: string): boolean {
  return codeLabel(list, code) !== undefined;
}
