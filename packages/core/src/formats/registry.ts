/**
 * The formats DuPhong can name, with their PRONOM identifiers (PUIDs). `allowed` marks the content
 * formats of Circular 05/2025 (TT05-PACKAGES.md "Content formats and MIME types"). Names and versions
 * are PRONOM's own; docs/formats.md says where each PUID was checked.
 */
export interface FormatEntry {
  puid: string;
  name: string;
  version?: string;
  mime: string;
  /** Lower-case, without the dot; the first is the usual one. */
  extensions: readonly string[];
  /** One of the content formats TT05 allows. */
  allowed: boolean;
}

const PDF = 'Acrobat PDF 1.x - Portable Document Format';
const PDFA = 'Acrobat PDF/A - Portable Document Format';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const ODP = 'application/vnd.oasis.opendocument.presentation';
const OOXML = 'application/vnd.openxmlformats-officedocument';
const HTML = 'Hypertext Markup Language';
const JFIF = 'JPEG File Interchange Format';
const EXIF = 'Exchangeable Image File Format (Compressed)';
const PNG = 'Portable Network Graphics';

type Row = [puid: string, name: string, version: string | undefined, mime: string, extensions: string, allowed?: boolean];

const ROWS: Row[] = [
  // PDF 1.0–1.7, 2.0 and PDF/A
  ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((v, i): Row => [
    `fmt/${14 + i}`,
    PDF.replace('1.x', v),
    v,
    'application/pdf',
    'pdf',
  ]),
  ['fmt/276', PDF.replace('1.x', '1.7'), '1.7', 'application/pdf', 'pdf'],
  ['fmt/1129', 'PDF 2.0 - Portable Document Format', '2.0', 'application/pdf', 'pdf'],
  ['fmt/95', PDFA, '1a', 'application/pdf', 'pdf'],
  ['fmt/354', PDFA, '1b', 'application/pdf', 'pdf'],
  ['fmt/476', PDFA, '2a', 'application/pdf', 'pdf'],
  ['fmt/477', PDFA, '2b', 'application/pdf', 'pdf'],
  ['fmt/478', PDFA, '2u', 'application/pdf', 'pdf'],
  ['fmt/479', PDFA, '3a', 'application/pdf', 'pdf'],
  ['fmt/480', PDFA, '3b', 'application/pdf', 'pdf'],
  ['fmt/481', PDFA, '3u', 'application/pdf', 'pdf'],
  // Text documents
  ['fmt/412', 'Microsoft Word for Windows', '2007 onwards', `${OOXML}.wordprocessingml.document`, 'docx'],
  ['fmt/40', 'Microsoft Word Document', '97-2003', 'application/msword', 'doc'],
  ['fmt/136', 'OpenDocument Text', '1.0', ODT, 'odt ott'],
  ['fmt/290', 'OpenDocument Text', '1.1', ODT, 'odt ott'],
  ['fmt/291', 'OpenDocument Text', '1.2', ODT, 'odt ott'],
  ['fmt/1756', 'OpenDocument Text', '1.3', ODT, 'odt ott'],
  ['fmt/45', 'Rich Text Format', '1.0-1.4', 'application/rtf', 'rtf'],
  ['fmt/50', 'Rich Text Format', '1.5-1.6', 'application/rtf', 'rtf'],
  ['fmt/52', 'Rich Text Format', '1.7', 'application/rtf', 'rtf'],
  ['fmt/53', 'Rich Text Format', '1.8', 'application/rtf', 'rtf'],
  ['fmt/355', 'Rich Text Format', '1.9', 'application/rtf', 'rtf'],
  ['x-fmt/111', 'Plain Text File', undefined, 'text/plain', 'txt'],
  // Spreadsheets
  ['x-fmt/18', 'Comma Separated Values', undefined, 'text/csv', 'csv'],
  ['fmt/214', 'Microsoft Excel for Windows', '2007 onwards', `${OOXML}.spreadsheetml.sheet`, 'xlsx'],
  ['fmt/61', 'Microsoft Excel 97 Workbook (xls)', '8', 'application/vnd.ms-excel', 'xls'],
  ['fmt/59', 'Microsoft Excel 5.0/95 Workbook (xls)', '5.0/95', 'application/vnd.ms-excel', 'xls'],
  ['fmt/137', 'OpenDocument Spreadsheet', '1.0', ODS, 'ods ots'],
  ['fmt/294', 'OpenDocument Spreadsheet', '1.1', ODS, 'ods ots'],
  ['fmt/295', 'OpenDocument Spreadsheet', '1.2', ODS, 'ods ots'],
  // Presentations and HTML
  ['fmt/215', 'Microsoft Powerpoint for Windows', '2007 onwards', `${OOXML}.presentationml.presentation`, 'pptx'],
  ['fmt/126', 'Microsoft Powerpoint Presentation', '97-2003', 'application/vnd.ms-powerpoint', 'ppt'],
  ['fmt/138', 'OpenDocument Presentation', '1.0', ODP, 'odp otp'],
  ['fmt/292', 'OpenDocument Presentation', '1.1', ODP, 'odp otp'],
  ['fmt/293', 'OpenDocument Presentation', '1.2', ODP, 'odp otp'],
  ['fmt/96', HTML, undefined, 'text/html', 'htm html'],
  ['fmt/97', HTML, '2.0', 'text/html', 'htm html'],
  ['fmt/98', HTML, '3.2', 'text/html', 'htm html'],
  ['fmt/99', HTML, '4.0', 'text/html', 'htm html'],
  ['fmt/100', HTML, '4.01', 'text/html', 'htm html'],
  ['fmt/471', HTML, '5', 'text/html', 'htm html'],
  ['fmt/102', 'Extensible Hypertext Markup Language', '1.0', 'application/xhtml+xml', 'htm html xhtml'],
  ['fmt/103', 'Extensible Hypertext Markup Language', '1.1', 'application/xhtml+xml', 'htm html xhtml'],
  // Images
  ['fmt/41', 'Raw JPEG Stream', undefined, 'image/jpeg', 'jpg jpeg jpe'],
  ['fmt/42', JFIF, '1.00', 'image/jpeg', 'jpg jpeg jpe'],
  ['fmt/43', JFIF, '1.01', 'image/jpeg', 'jpg jpeg jpe'],
  ['fmt/44', JFIF, '1.02', 'image/jpeg', 'jpg jpeg jpe'],
  ['x-fmt/398', EXIF, '2.0', 'image/jpeg', 'jpg jpeg'],
  ['x-fmt/390', EXIF, '2.1', 'image/jpeg', 'jpg jpeg'],
  ['x-fmt/391', EXIF, '2.2', 'image/jpeg', 'jpg jpeg'],
  ['fmt/645', EXIF, '2.2.1', 'image/jpeg', 'jpg jpeg'],
  ['fmt/1507', EXIF, '2.3.x', 'image/jpeg', 'jpg jpeg'],
  ['fmt/3', 'Graphics Interchange Format', '87a', 'image/gif', 'gif'],
  ['fmt/4', 'Graphics Interchange Format', '89a', 'image/gif', 'gif'],
  ['fmt/353', 'Tagged Image File Format', undefined, 'image/tiff', 'tif tiff'],
  ['fmt/11', PNG, '1.0', 'image/png', 'png'],
  ['fmt/12', PNG, '1.1', 'image/png', 'png'],
  ['fmt/13', PNG, '1.2', 'image/png', 'png'],
  // Video
  ['x-fmt/385', 'MPEG-1 Program Stream', undefined, 'video/mpeg', 'mpg mpeg'],
  ['x-fmt/386', 'MPEG-2 Program Stream', undefined, 'video/mpeg', 'mpg mpeg'],
  ['fmt/649', 'MPEG-1 Elementary Stream', undefined, 'video/mpeg', 'm1v mpg mpeg'],
  ['fmt/640', 'MPEG-2 Elementary Stream', undefined, 'video/mpeg', 'm2v mpg mpeg'],
  ['fmt/199', 'MPEG-4 Media File', undefined, 'video/mp4', 'mp4 m4v m4a'],
  ['fmt/5', 'Audio/Video Interleaved Format', undefined, 'video/x-msvideo', 'avi'],
  ['fmt/133', 'Windows Media Video', undefined, 'video/x-ms-wmv', 'wmv'],
  ['x-fmt/384', 'Quicktime', undefined, 'video/quicktime', 'mov qt'],
  // Audio
  ['fmt/134', 'MPEG 1/2 Audio Layer 3', undefined, 'audio/mpeg', 'mp3'],
  ['fmt/132', 'Windows Media Audio', undefined, 'audio/x-ms-wma', 'wma'],
  ['fmt/1812', 'Audio Data Transport Stream', undefined, 'audio/aac', 'aac adts'],
  // Known but not a TT05 content format: named so the finding can say what the file is.
  ['fmt/131', 'Advanced Systems Format', undefined, 'application/vnd.ms-asf', 'asf', false],
  ['x-fmt/263', 'ZIP Format', undefined, 'application/zip', 'zip', false],
  ['fmt/111', 'OLE2 Compound Document Format', undefined, 'application/x-ole-storage', '', false],
  ['fmt/101', 'Extensible Markup Language', '1.0', 'application/xml', 'xml', false],
  ['x-fmt/280', 'XML Schema Definition', undefined, 'application/octet-stream', 'xsd', false],
];

/** M4A (AAC in an MPEG-4 file): PRONOM's fmt/199 covers it; the MIME type is the audio one. */
export const M4A_MIME = 'audio/mp4';

export const FORMATS: readonly FormatEntry[] = ROWS.map(([puid, name, version, mime, extensions, allowed]) => ({
  puid,
  name,
  ...(version === undefined ? {} : { version }),
  mime,
  extensions: extensions.split(' ').filter(Boolean),
  allowed: allowed ?? true,
}));

/** The TT05 content formats, as data (for docs, UI and PREMIS). */
export const ALLOWED_FORMATS: readonly FormatEntry[] = FORMATS.filter((f) => f.allowed);

const BY_PUID = new Map(FORMATS.map((f) => [f.puid, f]));

export function formatByPuid(puid: string): FormatEntry | undefined {
  return BY_PUID.get(puid);
}
