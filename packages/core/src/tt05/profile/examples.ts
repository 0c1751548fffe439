import type { DescriptionKind } from './catalogue.js';

/**
 * One valid description of every kind, modelled on the official sample (file H49.64.33.2001.160)
 * without its defects: for tests, documentation and UI placeholders. Every catalogue field is
 * present (pic/media in the appendix I shape; `TT05_EXAMPLE_PIC_SHAPE_II` has the other one).
 */
const FILE_CODE = 'H49.64.33.2001.160';
const ARC_FILE_CODE = `VTLT.${FILE_CODE}`;

const HOSO = {
  title: 'Hồ sơ về hoạt động khoa học và công nghệ năm 2001',
  maintenance: '01',
  mode: '01',
  language: '01',
  startDate: '05/01/2001',
  endDate: '28/12/2001',
  keyword: 'khoa học; công nghệ',
  totalDoc: '137',
  numberOfPaper: '210',
  numberOfPage: '412',
  format: '02',
  inforSign: 'KHCN',
  confidenceLevel: '02',
  paperFileCode: 'VTLT.K1/G2/H3.160',
  riskRecovery: '1',
  riskRecoveryStatus: '01',
  description: 'Người lập hồ sơ: Nguyễn Văn Ánh',
};

const DOC = {
  typeName: '02',
  codeNumber: '15',
  codeNotation: 'QĐ-UBND',
  issuedDate: '12/03/2001',
  organName: 'Ủy ban nhân dân tỉnh',
  subject: 'Quyết định về việc phê duyệt đề tài khoa học cấp tỉnh',
  language: '01',
  numberOfPage: '3',
  inforSign: 'KHCN',
  keyword: 'đề tài',
  mode: '01',
  confidenceLevel: '02',
  autograph: 'Bút phê của Chủ tịch',
  format: '01',
  process: '',
  description: '',
};

const PIC_MEDIA_I = { arcFileCode: ARC_FILE_CODE, docOrdinal: '1' };
const PIC = {
  typePic: '02',
  archivesNumber: 'A-12',
  eventName: 'Lễ khánh thành cầu',
  imageTitle: 'Cắt băng khánh thành',
  photographer: 'Trần Thị Bích',
  photoPlace: 'Hội An',
  photoTime: '02/09/2001',
  colour: '01',
  filmSize: '10x15',
  mode: '01',
  format: '01',
};

export const TT05_EXAMPLE_DESCRIPTIONS: Readonly<Record<DescriptionKind, Readonly<Record<string, string>>>> = {
  'sip-hoso': { fileCode: FILE_CODE, ...HOSO },
  'aip-hoso': { arcFileCode: ARC_FILE_CODE, ...HOSO, startDate: '01/2001', endDate: '2001' },
  'sip-tailieu': {
    fileCode: 'H49.64.33.2024.01.0000001',
    title: 'Văn bản đi năm 2024',
    source: '0',
    totalDoc: '12',
    description: '',
  },
  'aip-tailieu': { arcFileCode: 'VTLT.H49.64.33.2024.01.0000001', title: 'Văn bản đi năm 2024', source: '0', description: '' },
  'sip-doc': {
    docId: `${FILE_CODE}.1`,
    docCode: `${FILE_CODE}.0000001`,
    maintenance: '01',
    ...DOC,
    riskRecovery: '0',
    riskRecoveryStatus: '',
  },
  'aip-doc': { arcFileCode: ARC_FILE_CODE, docCode: `${FILE_CODE}.0000001`, docOrdinal: '1', ...DOC },
  pic: { ...PIC_MEDIA_I, ...PIC },
  media: {
    ...PIC_MEDIA_I,
    typeMedia: '02',
    eventName: 'Hội nghị tổng kết',
    movieTitle: 'Phát biểu khai mạc',
    recorder: 'Lê Văn Cường',
    recordPlace: 'Hội trường tỉnh',
    recordDate: '12/2001',
    language: '01',
    playTime: '00:45:10',
    quality: 'Bình thường',
  },
};

/** An EAD_pic description in the appendix II shape (loose-document packages). */
export const TT05_EXAMPLE_PIC_SHAPE_II: Readonly<Record<string, string>> = {
  arcDocCode: `${ARC_FILE_CODE}.0000001`,
  maintenance: '01',
  ...PIC,
  riskRecovery: '1',
  riskRecoveryStatus: '02',
};
