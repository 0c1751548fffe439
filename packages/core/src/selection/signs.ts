import { foldVietnamese } from '../records/fold.js';

/**
 * At-risk signs (DOMAIN.md §4, Lào Cai plan). Codes are accent-folded Vietnamese slugs, as
 * inspections already store them (`mun`, `gion`, `mo-chu`). The list is not an official one
 * (DOMAIN.md §11), so unknown codes are kept and shown verbatim, never dropped.
 */
export interface RiskSign {
  code: string;
  carrier: 'physical' | 'electronic';
  vi: string;
  en: string;
}

export const RISK_SIGNS: readonly RiskSign[] = [
  { code: 'nhat-mau', carrier: 'physical', vi: 'nhạt màu', en: 'faded' },
  { code: 'doi-mau', carrier: 'physical', vi: 'đổi màu', en: 'discoloured' },
  { code: 'rach', carrier: 'physical', vi: 'rách', en: 'torn' },
  { code: 'thung-lo', carrier: 'physical', vi: 'thủng lỗ', en: 'holed' },
  { code: 'mun', carrier: 'physical', vi: 'mủn', en: 'rotting' },
  { code: 'gion', carrier: 'physical', vi: 'giòn', en: 'brittle' },
  { code: 'mo-chu', carrier: 'physical', vi: 'mờ chữ', en: 'faded writing' },
  { code: 'cong-nghe-loi-thoi', carrier: 'electronic', vi: 'công nghệ tạo lập đã lỗi thời', en: 'obsolete creation technology' },
  { code: 'sap-bi-thay-the', carrier: 'electronic', vi: 'công nghệ tạo lập có khả năng bị thay thế', en: 'likely to be replaced' },
  { code: 'nguy-co-khong-su-dung', carrier: 'electronic', vi: 'có nguy cơ không sử dụng được', en: 'risk of being unusable' },
  { code: 'nguy-co-khong-xac-thuc', carrier: 'electronic', vi: 'có nguy cơ không xác thực được', en: 'risk of not being authenticatable' },
];

const BY_CODE = new Map(RISK_SIGNS.map((s) => [s.code, s]));
const BY_FOLDED_LABEL = new Map(RISK_SIGNS.flatMap((s) => [[foldVietnamese(s.vi), s] as const, [foldVietnamese(s.en), s] as const]));

/** The sign a recorded value stands for: its code, or its Vietnamese/English label in any spelling. */
export function riskSign(value: string): RiskSign | undefined {
  const folded = foldVietnamese(value);
  return BY_CODE.get(folded.replace(/ /g, '-')) ?? BY_FOLDED_LABEL.get(folded);
}

/** Canonical codes of the known signs among `values`, in list order, without repeats. */
export function knownSignCodes(values: readonly string[]): string[] {
  const found = new Set(values.map((v) => riskSign(v)?.code).filter((c): c is string => c !== undefined));
  return RISK_SIGNS.filter((s) => found.has(s.code)).map((s) => s.code);
}

/** "mủn, giòn, mờ chữ (còn đọc được)" — how a list shows the signs of one entry. */
export function describeSigns(codes: readonly string[], readable: boolean | null, lang: 'vi' | 'en' = 'vi'): string {
  const words = codes.map((c) => {
    const sign = riskSign(c);
    const label = sign ? sign[lang] : c;
    if (c !== 'mo-chu' || readable === null) return label;
    const note = lang === 'vi' ? (readable ? 'còn đọc được' : 'không đọc được') : readable ? 'still readable' : 'unreadable';
    return `${label} (${note})`;
  });
  return words.join(', ');
}
