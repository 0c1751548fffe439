/**
 * DATA — ministries, ministerial-level agencies and the national archives bodies. Edit freely;
 * `index.ts` turns rows into units, versions and successions.
 *
 * Only G09 (Bộ Nội vụ) is a confirmed agency identifier (DOMAIN.md §5); every other `agencyCode`
 * is left empty rather than guessed. The 2025 reorganisation of the Government (in force
 * 01/03/2025) is recorded as successions marked `verified: false`: the grouping is well known,
 * but the date and the texts were not checked here.
 */

export interface CentralBodyRow {
  id: string;
  kind: 'ministry' | 'other' | 'national-archive-centre' | 'national-insurance-centre';
  name: string;
  shortName?: string;
  type: string;
  agencyCode?: string;
  parentId?: string;
  /** First day of the first version; default: the seed horizon. */
  validFrom?: string;
  /** Last day, when the body ended. */
  validTo?: string;
  verified?: false;
  source?: string;
  note?: string;
}

export interface CentralSuccessionRow {
  id: string;
  date: string;
  kind: 'merger' | 'split' | 'rename' | 'upgrade';
  from: readonly string[];
  to: readonly string[];
  note: string;
  verified?: false;
  source?: string;
}

/** The Government reorganisation: the first day of the 14 ministries and 3 ministerial-level agencies. */
export const MINISTRY_REFORM_DATE = '2025-03-01';
const ENDED = '2025-02-28';
const BO = 'bộ';
const NGANG_BO = 'cơ quan ngang bộ';

export const CENTRAL_BODIES: readonly CentralBodyRow[] = [
  { id: 'ministry-quoc-phong', kind: 'ministry', name: 'Bộ Quốc phòng', type: BO },
  { id: 'ministry-cong-an', kind: 'ministry', name: 'Bộ Công an', type: BO },
  { id: 'ministry-ngoai-giao', kind: 'ministry', name: 'Bộ Ngoại giao', type: BO },
  {
    id: 'ministry-noi-vu',
    kind: 'ministry',
    name: 'Bộ Nội vụ',
    shortName: 'BNV',
    type: BO,
    agencyCode: 'G09',
    source: 'DOMAIN.md §5 (QĐ 20/2020/QĐ-TTg)',
  },
  { id: 'ministry-tu-phap', kind: 'ministry', name: 'Bộ Tư pháp', type: BO },
  { id: 'ministry-tai-chinh', kind: 'ministry', name: 'Bộ Tài chính', type: BO },
  { id: 'ministry-cong-thuong', kind: 'ministry', name: 'Bộ Công Thương', type: BO },
  { id: 'ministry-xay-dung', kind: 'ministry', name: 'Bộ Xây dựng', type: BO },
  { id: 'ministry-khoa-hoc-va-cong-nghe', kind: 'ministry', name: 'Bộ Khoa học và Công nghệ', type: BO },
  { id: 'ministry-van-hoa-the-thao-va-du-lich', kind: 'ministry', name: 'Bộ Văn hóa, Thể thao và Du lịch', type: BO },
  { id: 'ministry-giao-duc-va-dao-tao', kind: 'ministry', name: 'Bộ Giáo dục và Đào tạo', type: BO },
  { id: 'ministry-y-te', kind: 'ministry', name: 'Bộ Y tế', type: BO },
  { id: 'ministry-ngan-hang-nha-nuoc', kind: 'ministry', name: 'Ngân hàng Nhà nước Việt Nam', type: NGANG_BO },
  { id: 'ministry-thanh-tra-chinh-phu', kind: 'ministry', name: 'Thanh tra Chính phủ', type: NGANG_BO },
  { id: 'ministry-van-phong-chinh-phu', kind: 'ministry', name: 'Văn phòng Chính phủ', type: NGANG_BO },
  // Ended by the 2025 reorganisation.
  { id: 'ministry-ke-hoach-va-dau-tu', kind: 'ministry', name: 'Bộ Kế hoạch và Đầu tư', type: BO, validTo: ENDED },
  { id: 'ministry-giao-thong-van-tai', kind: 'ministry', name: 'Bộ Giao thông vận tải', type: BO, validTo: ENDED },
  { id: 'ministry-tai-nguyen-va-moi-truong', kind: 'ministry', name: 'Bộ Tài nguyên và Môi trường', type: BO, validTo: ENDED },
  {
    id: 'ministry-nong-nghiep-va-phat-trien-nong-thon',
    kind: 'ministry',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    type: BO,
    validTo: ENDED,
  },
  { id: 'ministry-thong-tin-va-truyen-thong', kind: 'ministry', name: 'Bộ Thông tin và Truyền thông', type: BO, validTo: ENDED },
  {
    id: 'ministry-lao-dong-thuong-binh-va-xa-hoi',
    kind: 'ministry',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    type: BO,
    validTo: ENDED,
  },
  { id: 'ministry-uy-ban-dan-toc', kind: 'ministry', name: 'Ủy ban Dân tộc', type: NGANG_BO, validTo: ENDED },
  // Created by it.
  {
    id: 'ministry-nong-nghiep-va-moi-truong',
    kind: 'ministry',
    name: 'Bộ Nông nghiệp và Môi trường',
    type: BO,
    validFrom: MINISTRY_REFORM_DATE,
    verified: false,
    note: 'Ngày thành lập 01/03/2025 chưa đối chiếu văn bản.',
  },
  {
    id: 'ministry-dan-toc-va-ton-giao',
    kind: 'ministry',
    name: 'Bộ Dân tộc và Tôn giáo',
    type: BO,
    validFrom: MINISTRY_REFORM_DATE,
    verified: false,
    note: 'Ngày thành lập 01/03/2025 chưa đối chiếu văn bản.',
  },

  // The national archives bodies (DOMAIN.md §2).
  {
    id: 'archives-department',
    kind: 'other',
    name: 'Cục Văn thư và Lưu trữ nhà nước',
    shortName: 'Cục VTLTNN',
    type: 'cục',
    parentId: 'ministry-noi-vu',
    source: 'DOMAIN.md §2',
  },
  ...(['I', 'II', 'III', 'IV'] as const).map((numeral, i): CentralBodyRow => ({
    id: `national-archive-centre-${i + 1}`,
    kind: 'national-archive-centre',
    name: `Trung tâm Lưu trữ quốc gia ${numeral}`,
    shortName: `TTLTQG ${numeral}`,
    type: 'trung tâm',
    parentId: 'archives-department',
    source: 'DOMAIN.md §2',
    ...(numeral === 'IV' && { note: 'Ngày thành lập không được ghi; lịch sử bắt đầu từ mốc của dữ liệu mẫu.' }),
  })),
  {
    id: 'national-insurance-centre',
    kind: 'national-insurance-centre',
    name: 'Trung tâm Bảo hiểm tài liệu lưu trữ quốc gia',
    type: 'trung tâm',
    parentId: 'archives-department',
    verified: false,
    source: 'DOMAIN.md §2',
    note: 'Chưa xác minh (DOMAIN.md §11): cơ quan nào giữ tài liệu lưu trữ dự phòng quốc gia sau 2025, và tên gọi của trung tâm theo Luật Lưu trữ 2024.',
  },
];

const REFORM = 'Tổ chức lại Chính phủ từ 01/03/2025';
export const CENTRAL_SUCCESSIONS: readonly CentralSuccessionRow[] = (
  [
    {
      id: 'ministries-2025-tai-chinh',
      from: ['ministry-tai-chinh', 'ministry-ke-hoach-va-dau-tu'],
      to: ['ministry-tai-chinh'],
      note: `${REFORM}: Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính.`,
    },
    {
      id: 'ministries-2025-xay-dung',
      from: ['ministry-xay-dung', 'ministry-giao-thong-van-tai'],
      to: ['ministry-xay-dung'],
      note: `${REFORM}: Bộ Giao thông vận tải hợp nhất vào Bộ Xây dựng.`,
    },
    {
      id: 'ministries-2025-nong-nghiep-va-moi-truong',
      from: ['ministry-nong-nghiep-va-phat-trien-nong-thon', 'ministry-tai-nguyen-va-moi-truong'],
      to: ['ministry-nong-nghiep-va-moi-truong'],
      note: `${REFORM}: Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài nguyên và Môi trường hợp nhất thành Bộ Nông nghiệp và Môi trường.`,
    },
    {
      id: 'ministries-2025-khoa-hoc-va-cong-nghe',
      from: ['ministry-khoa-hoc-va-cong-nghe', 'ministry-thong-tin-va-truyen-thong'],
      to: ['ministry-khoa-hoc-va-cong-nghe'],
      note: `${REFORM}: Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ.`,
    },
    {
      id: 'ministries-2025-noi-vu',
      from: ['ministry-noi-vu', 'ministry-lao-dong-thuong-binh-va-xa-hoi'],
      to: ['ministry-noi-vu'],
      note: `${REFORM}: Bộ Lao động - Thương binh và Xã hội hợp nhất vào Bộ Nội vụ (một số lĩnh vực chuyển sang bộ khác; khi tổng hợp, tính vào Bộ Nội vụ).`,
    },
    {
      id: 'ministries-2025-dan-toc-va-ton-giao',
      kind: 'upgrade' as const,
      from: ['ministry-uy-ban-dan-toc'],
      to: ['ministry-dan-toc-va-ton-giao'],
      note: `${REFORM}: Bộ Dân tộc và Tôn giáo thành lập trên cơ sở Ủy ban Dân tộc.`,
    },
  ] as Array<Omit<CentralSuccessionRow, 'date' | 'kind'> & { kind?: CentralSuccessionRow['kind'] }>
).map((s) => ({ kind: 'merger' as const, ...s, date: MINISTRY_REFORM_DATE, verified: false as const }));
