import type { CodeListId } from '../tt05/profile/code-lists.js';

/**
 * Data the TT05 code lists lack: English labels (ours, for the English UI — not official), and the
 * lists DuPhong needs for selection (DOMAIN.md §2, §4) that no circular codes yet. Those codes are
 * DuPhong's own, provisional until the central authority publishes its lists; they are data, so a
 * published list replaces them as a new version.
 */

export const TT05_ENGLISH_LABELS: Readonly<Record<CodeListId, { name: string; labels: readonly string[] }>> = {
  typeName: {
    name: 'Document type',
    labels: [
      'Resolution',
      'Decision',
      'Directive',
      'Rules',
      'Regulation',
      'Communiqué',
      'Notice',
      'Guidance',
      'Programme',
      'Plan',
      'Working plan',
      'Scheme',
      'Project',
      'Report',
      'Submission',
      'Power of attorney',
      'Transmittal slip',
      'Forwarding slip',
      'Notification slip',
      'Minutes',
      'Contract',
      'Official letter',
      'Official dispatch',
      'Memorandum of understanding',
      'Agreement',
      'Invitation',
      'Letter of introduction',
      'Leave permit',
      'Official correspondence',
      'Map',
      'Technical drawing',
      'Other',
    ],
  },
  language: {
    name: 'Language',
    labels: [
      'Vietnamese',
      'English',
      'French',
      'Russian',
      'Chinese',
      'Vietnamese – English',
      'Vietnamese – Russian',
      'Vietnamese – French',
      'Han Nom',
      'Vietnamese – Chinese',
      'Other',
    ],
  },
  maintenance: { name: 'Retention period', labels: ['Permanent', '70 years', '50 years', '30 years', '20 years', '10 years', 'Other'] },
  mode: { name: 'Access level', labels: ['Public', 'Conditional use', 'Secret'] },
  confidenceLevel: { name: 'Confidence level', labels: ['Born digital', 'Digitised', 'Hybrid'] },
  format: { name: 'Physical condition', labels: ['Good', 'Normal', 'Damaged'] },
  riskRecovery: { name: 'Backup regime', labels: ['No', 'Yes'] },
  riskRecoveryStatus: { name: 'Backup status', labels: ['Backed up', 'Not yet backed up'] },
  source: { name: 'Origin', labels: ['Outgoing document', 'Incoming document'] },
  typePic: { name: 'Negative or photo', labels: ['Negative', 'Photo'] },
  colour: { name: 'Colour', labels: ['Colour', 'Black and white'] },
  typeMedia: { name: 'Audio or video', labels: ['Audio recording', 'Video recording'] },
};

export interface ExtraListSeed {
  id: string;
  nameVi: string;
  nameEn: string;
  authority: string;
  source: string;
  validFrom: string;
  items: ReadonlyArray<readonly [code: string, labelVi: string, labelEn: string]>;
}

// Codes and labels follow DOMAIN.md (§2, §4): a developers' reference, never shown to users.
const PROVISIONAL = 'Mã do DuPhong đặt tạm (chưa có danh mục chính thức)';

export const EXTRA_CODE_LISTS: readonly ExtraListSeed[] = [
  {
    id: 'carrier',
    nameVi: 'Vật mang tin',
    nameEn: 'Carrier (medium)',
    authority: 'QĐ 71/QĐ-TTg (2023); QĐ 76/QĐ-TTg (2026)',
    source: PROVISIONAL,
    validFrom: '2026-01-12',
    items: [
      ['01', 'Giấy', 'Paper'],
      ['02', 'Phim', 'Film'],
      ['03', 'Ảnh', 'Photo'],
      ['04', 'Băng, đĩa', 'Tape or disc'],
      ['05', 'Mộc bản', 'Woodblock'],
      ['06', 'Điện tử', 'Digital'],
    ],
  },
  {
    id: 'damageSign',
    nameVi: 'Dấu hiệu hư hỏng của tài liệu giấy và vật mang tin khác',
    nameEn: 'Signs of damage (paper and other carriers)',
    authority: 'QĐ 76/QĐ-TTg (2026)',
    source: PROVISIONAL,
    validFrom: '2026-01-12',
    items: [
      ['01', 'Nhạt màu', 'Faded'],
      ['02', 'Đổi màu', 'Discoloured'],
      ['03', 'Rách', 'Torn'],
      ['04', 'Thủng lỗ', 'Holed'],
      ['05', 'Mủn', 'Rotting'],
      ['06', 'Giòn', 'Brittle'],
      ['07', 'Mờ chữ', 'Faded writing'],
    ],
  },
  {
    id: 'electronicRisk',
    nameVi: 'Nguy cơ đối với tài liệu điện tử',
    nameEn: 'Risks to electronic records',
    authority: 'QĐ 76/QĐ-TTg (2026)',
    source: PROVISIONAL,
    validFrom: '2026-01-12',
    items: [
      ['01', 'Công nghệ tạo lập đã lạc hậu', 'Creation technology obsolete'],
      ['02', 'Công nghệ tạo lập có khả năng bị thay thế', 'Creation technology likely to be replaced'],
      ['03', 'Có nguy cơ không sử dụng được', 'Risk of becoming unusable'],
      ['04', 'Có nguy cơ không xác thực được', 'Risk of not being authenticatable'],
    ],
  },
];
