/**
 * The E-ARK CSIP 2.0.4 requirements DuPhong checks, by their official IDs (CSIPSTR1–16 from the
 * specification's folder-structure chapter, CSIP1–CSIP119 from the METS profile
 * `E-ARK-CSIP.xml`). `level` is the profile's REQLEVEL; `group` is the METS section the rule
 * belongs to (the upstream validator's schematron files), used to group findings.
 */
export type CsipLevel = 'MUST' | 'SHOULD' | 'MAY';
export type CsipGroup = 'structure' | 'metsRootElement' | 'metsHdr' | 'dmdSec' | 'amdSec' | 'fileSec' | 'structMap';

export interface CsipRequirement {
  id: string;
  level: CsipLevel;
  group: CsipGroup;
  vi: string;
  en: string;
}

type Row = [id: string, level: CsipLevel, group: CsipGroup, vi: string, en: string];

const ROWS: Row[] = [
  [
    'CSIPSTR1',
    'MUST',
    'structure',
    'Gói phải nằm trong đúng một thư mục gốc (tệp nén phải giải ra đúng một thư mục)',
    'The package must be within a single root folder (an archive must unpack to one folder)',
  ],
  ['CSIPSTR2', 'SHOULD', 'structure', 'Tên thư mục gốc nên trùng với mets/@OBJID', 'The root folder should be named after mets/@OBJID'],
  [
    'CSIPSTR3',
    'MAY',
    'structure',
    'Gói có thể được nén (ZIP, TAR); gói này là thư mục chưa nén',
    'The package may be archived (ZIP, TAR); this one is an unpacked folder',
  ],
  ['CSIPSTR4', 'MUST', 'structure', 'Thư mục gốc phải có tệp METS.xml', 'The root folder must contain METS.xml'],
  ['CSIPSTR5', 'SHOULD', 'structure', 'Thư mục gốc nên có thư mục metadata', 'The root folder should contain a metadata folder'],
  [
    'CSIPSTR6',
    'SHOULD',
    'structure',
    'Siêu dữ liệu bảo quản nên nằm trong metadata/preservation',
    'Preservation metadata should be in metadata/preservation',
  ],
  [
    'CSIPSTR7',
    'SHOULD',
    'structure',
    'Siêu dữ liệu mô tả nên nằm trong metadata/descriptive',
    'Descriptive metadata should be in metadata/descriptive',
  ],
  [
    'CSIPSTR8',
    'MAY',
    'structure',
    'Siêu dữ liệu khác có thể nằm trong thư mục con khác của metadata (không có)',
    'Other metadata may be in further metadata sub-folders (none present)',
  ],
  [
    'CSIPSTR9',
    'SHOULD',
    'structure',
    'Thư mục gốc nên có thư mục representations',
    'The root folder should contain a representations folder',
  ],
  [
    'CSIPSTR10',
    'SHOULD',
    'structure',
    'Thư mục representations nên có một thư mục con cho mỗi biểu diễn',
    'representations should hold one sub-folder per representation',
  ],
  ['CSIPSTR11', 'SHOULD', 'structure', 'Thư mục biểu diễn nên có thư mục data', 'A representation folder should contain a data folder'],
  ['CSIPSTR12', 'SHOULD', 'structure', 'Thư mục biểu diễn nên có tệp METS.xml', 'A representation folder should contain METS.xml'],
  [
    'CSIPSTR13',
    'SHOULD',
    'structure',
    'Thư mục biểu diễn nên có thư mục metadata',
    'A representation folder should contain a metadata folder',
  ],
  ['CSIPSTR14', 'MAY', 'structure', 'Gói có thể có thêm thư mục con', 'The package may have additional sub-folders'],
  [
    'CSIPSTR15',
    'SHOULD',
    'structure',
    'Lược đồ XML nên nằm trong thư mục schemas (gốc hoặc biểu diễn)',
    'XML schemas should be in a schemas folder (root or representation)',
  ],
  [
    'CSIPSTR16',
    'SHOULD',
    'structure',
    'Tài liệu kèm theo nên nằm trong thư mục documentation (gốc hoặc biểu diễn)',
    'Documentation should be in a documentation folder (root or representation)',
  ],

  ['CSIP1', 'MUST', 'metsRootElement', 'Thiếu mets/@OBJID (mã định danh gói)', 'mets/@OBJID (package identifier) is missing'],
  [
    'CSIP2',
    'MUST',
    'metsRootElement',
    'mets/@TYPE thiếu hoặc không thuộc bộ từ vựng Content Category',
    'mets/@TYPE is missing or not in the content-category vocabulary',
  ],
  ['CSIP3', 'SHOULD', 'metsRootElement', 'TYPE="Other" thì phải có csip:OTHERTYPE', 'TYPE="Other" requires csip:OTHERTYPE'],
  [
    'CSIP4',
    'SHOULD',
    'metsRootElement',
    'csip:CONTENTINFORMATIONTYPE thiếu (bắt buộc ở METS biểu diễn) hoặc không thuộc bộ từ vựng',
    'csip:CONTENTINFORMATIONTYPE missing (mandatory in representation METS) or not in the vocabulary',
  ],
  [
    'CSIP5',
    'MAY',
    'metsRootElement',
    'CONTENTINFORMATIONTYPE="OTHER" thì phải có csip:OTHERCONTENTINFORMATIONTYPE',
    'CONTENTINFORMATIONTYPE="OTHER" requires csip:OTHERCONTENTINFORMATIONTYPE',
  ],
  ['CSIP6', 'MUST', 'metsRootElement', 'Thiếu mets/@PROFILE', 'mets/@PROFILE is missing'],
  ['CSIP17', 'SHOULD', 'metsRootElement', 'Không có dmdSec (siêu dữ liệu mô tả)', 'No dmdSec (descriptive metadata)'],
  ['CSIP31', 'SHOULD', 'metsRootElement', 'Không có amdSec (siêu dữ liệu quản trị)', 'No amdSec (administrative metadata)'],
  ['CSIP58', 'SHOULD', 'metsRootElement', 'Không có fileSec', 'No fileSec'],
  ['CSIP80', 'MUST', 'metsRootElement', 'Thiếu structMap', 'structMap is missing'],
  ['CSIP117', 'MUST', 'metsRootElement', 'Thiếu metsHdr', 'metsHdr is missing'],

  ['CSIP7', 'MUST', 'metsHdr', 'Thiếu metsHdr/@CREATEDATE', 'metsHdr/@CREATEDATE is missing'],
  ['CSIP8', 'SHOULD', 'metsHdr', 'Thiếu metsHdr/@LASTMODDATE', 'metsHdr/@LASTMODDATE is missing'],
  [
    'CSIP9',
    'MUST',
    'metsHdr',
    'metsHdr/@csip:OAISPACKAGETYPE thiếu hoặc không thuộc SIP/AIP/DIP/AIU/AIC',
    'metsHdr/@csip:OAISPACKAGETYPE missing or not SIP/AIP/DIP/AIU/AIC',
  ],
  ['CSIP10', 'MUST', 'metsHdr', 'metsHdr phải có agent', 'metsHdr must have an agent'],
  ['CSIP11', 'MUST', 'metsHdr', 'Phải có agent ROLE="CREATOR"', 'An agent with ROLE="CREATOR" is required'],
  ['CSIP12', 'MUST', 'metsHdr', 'agent CREATOR phải có TYPE="OTHER"', 'The CREATOR agent must have TYPE="OTHER"'],
  ['CSIP13', 'MUST', 'metsHdr', 'agent CREATOR phải có OTHERTYPE="SOFTWARE"', 'The CREATOR agent must have OTHERTYPE="SOFTWARE"'],
  ['CSIP14', 'MUST', 'metsHdr', 'agent CREATOR phải có name (tên phần mềm)', 'The CREATOR agent must have a name (the software)'],
  ['CSIP15', 'MUST', 'metsHdr', 'agent CREATOR phải có note (phiên bản phần mềm)', 'The CREATOR agent must have a note (software version)'],
  [
    'CSIP16',
    'MUST',
    'metsHdr',
    'note của agent CREATOR phải có csip:NOTETYPE="SOFTWARE VERSION"',
    'The CREATOR agent note must have csip:NOTETYPE="SOFTWARE VERSION"',
  ],

  ['CSIP18', 'MUST', 'dmdSec', 'Thiếu dmdSec/@ID', 'dmdSec/@ID is missing'],
  ['CSIP19', 'MUST', 'dmdSec', 'Thiếu dmdSec/@CREATED', 'dmdSec/@CREATED is missing'],
  [
    'CSIP20',
    'SHOULD',
    'dmdSec',
    'dmdSec/@STATUS thiếu hoặc không là CURRENT/SUPERSEDED',
    'dmdSec/@STATUS missing or not CURRENT/SUPERSEDED',
  ],
  ['CSIP21', 'SHOULD', 'dmdSec', 'dmdSec nên trỏ tới tệp bằng mdRef', 'dmdSec should reference its file with mdRef'],
  ['CSIP22', 'MUST', 'dmdSec', 'dmdSec/mdRef/@LOCTYPE phải là "URL"', 'dmdSec/mdRef/@LOCTYPE must be "URL"'],
  ['CSIP23', 'MUST', 'dmdSec', 'dmdSec/mdRef/@xlink:type phải là "simple"', 'dmdSec/mdRef/@xlink:type must be "simple"'],
  ['CSIP24', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@xlink:href', 'dmdSec/mdRef/@xlink:href is missing'],
  ['CSIP25', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@MDTYPE', 'dmdSec/mdRef/@MDTYPE is missing'],
  ['CSIP26', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@MIMETYPE', 'dmdSec/mdRef/@MIMETYPE is missing'],
  ['CSIP27', 'MUST', 'dmdSec', 'dmdSec/mdRef/@SIZE thiếu hoặc không phải số nguyên', 'dmdSec/mdRef/@SIZE missing or not an integer'],
  ['CSIP28', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@CREATED', 'dmdSec/mdRef/@CREATED is missing'],
  ['CSIP29', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@CHECKSUM', 'dmdSec/mdRef/@CHECKSUM is missing'],
  ['CSIP30', 'MUST', 'dmdSec', 'Thiếu dmdSec/mdRef/@CHECKSUMTYPE', 'dmdSec/mdRef/@CHECKSUMTYPE is missing'],

  ['CSIP33', 'MUST', 'amdSec', 'Thiếu digiprovMD/@ID', 'digiprovMD/@ID is missing'],
  [
    'CSIP34',
    'SHOULD',
    'amdSec',
    'digiprovMD/@STATUS thiếu hoặc không là CURRENT/SUPERSEDED',
    'digiprovMD/@STATUS missing or not CURRENT/SUPERSEDED',
  ],
  ['CSIP35', 'SHOULD', 'amdSec', 'digiprovMD nên trỏ tới tệp bằng mdRef', 'digiprovMD should reference its file with mdRef'],
  ['CSIP36', 'MUST', 'amdSec', 'digiprovMD/mdRef/@LOCTYPE phải là "URL"', 'digiprovMD/mdRef/@LOCTYPE must be "URL"'],
  ['CSIP37', 'MUST', 'amdSec', 'digiprovMD/mdRef/@xlink:type phải là "simple"', 'digiprovMD/mdRef/@xlink:type must be "simple"'],
  ['CSIP38', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@xlink:href', 'digiprovMD/mdRef/@xlink:href is missing'],
  ['CSIP39', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@MDTYPE', 'digiprovMD/mdRef/@MDTYPE is missing'],
  ['CSIP40', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@MIMETYPE', 'digiprovMD/mdRef/@MIMETYPE is missing'],
  [
    'CSIP41',
    'MUST',
    'amdSec',
    'digiprovMD/mdRef/@SIZE thiếu hoặc không phải số nguyên',
    'digiprovMD/mdRef/@SIZE missing or not an integer',
  ],
  ['CSIP42', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@CREATED', 'digiprovMD/mdRef/@CREATED is missing'],
  ['CSIP43', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@CHECKSUM', 'digiprovMD/mdRef/@CHECKSUM is missing'],
  ['CSIP44', 'MUST', 'amdSec', 'Thiếu digiprovMD/mdRef/@CHECKSUMTYPE', 'digiprovMD/mdRef/@CHECKSUMTYPE is missing'],
  ['CSIP46', 'MUST', 'amdSec', 'Thiếu rightsMD/@ID', 'rightsMD/@ID is missing'],
  [
    'CSIP47',
    'SHOULD',
    'amdSec',
    'rightsMD/@STATUS thiếu hoặc không là CURRENT/SUPERSEDED',
    'rightsMD/@STATUS missing or not CURRENT/SUPERSEDED',
  ],
  ['CSIP48', 'SHOULD', 'amdSec', 'rightsMD nên trỏ tới tệp bằng mdRef', 'rightsMD should reference its file with mdRef'],
  ['CSIP49', 'MUST', 'amdSec', 'rightsMD/mdRef/@LOCTYPE phải là "URL"', 'rightsMD/mdRef/@LOCTYPE must be "URL"'],
  ['CSIP50', 'MUST', 'amdSec', 'rightsMD/mdRef/@xlink:type phải là "simple"', 'rightsMD/mdRef/@xlink:type must be "simple"'],
  ['CSIP51', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@xlink:href', 'rightsMD/mdRef/@xlink:href is missing'],
  ['CSIP52', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@MDTYPE', 'rightsMD/mdRef/@MDTYPE is missing'],
  ['CSIP53', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@MIMETYPE', 'rightsMD/mdRef/@MIMETYPE is missing'],
  ['CSIP54', 'MUST', 'amdSec', 'rightsMD/mdRef/@SIZE thiếu hoặc không phải số nguyên', 'rightsMD/mdRef/@SIZE missing or not an integer'],
  ['CSIP55', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@CREATED', 'rightsMD/mdRef/@CREATED is missing'],
  ['CSIP56', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@CHECKSUM', 'rightsMD/mdRef/@CHECKSUM is missing'],
  ['CSIP57', 'MUST', 'amdSec', 'Thiếu rightsMD/mdRef/@CHECKSUMTYPE', 'rightsMD/mdRef/@CHECKSUMTYPE is missing'],

  ['CSIP59', 'MUST', 'fileSec', 'Thiếu fileSec/@ID', 'fileSec/@ID is missing'],
  ['CSIP64', 'MUST', 'fileSec', 'Thiếu fileGrp/@USE', 'fileGrp/@USE is missing'],
  ['CSIP65', 'MUST', 'fileSec', 'Thiếu fileGrp/@ID', 'fileGrp/@ID is missing'],
  ['CSIP66', 'MUST', 'fileSec', 'fileGrp phải có ít nhất một file', 'A fileGrp must contain at least one file'],
  ['CSIP67', 'MUST', 'fileSec', 'Thiếu file/@ID', 'file/@ID is missing'],
  ['CSIP68', 'MUST', 'fileSec', 'Thiếu file/@MIMETYPE', 'file/@MIMETYPE is missing'],
  ['CSIP69', 'MUST', 'fileSec', 'file/@SIZE thiếu hoặc không phải số nguyên', 'file/@SIZE missing or not an integer'],
  ['CSIP70', 'MUST', 'fileSec', 'Thiếu file/@CREATED', 'file/@CREATED is missing'],
  ['CSIP71', 'MUST', 'fileSec', 'Thiếu file/@CHECKSUM', 'file/@CHECKSUM is missing'],
  ['CSIP72', 'MUST', 'fileSec', 'Thiếu file/@CHECKSUMTYPE', 'file/@CHECKSUMTYPE is missing'],
  ['CSIP73', 'MAY', 'fileSec', 'file có OWNERID (mã do chủ sở hữu cấp)', 'file carries an OWNERID (owner-supplied identifier)'],
  ['CSIP76', 'MUST', 'fileSec', 'file phải có FLocat', 'file must have an FLocat'],
  ['CSIP77', 'MUST', 'fileSec', 'FLocat/@LOCTYPE phải là "URL"', 'FLocat/@LOCTYPE must be "URL"'],
  ['CSIP78', 'MUST', 'fileSec', 'FLocat/@xlink:type phải là "simple"', 'FLocat/@xlink:type must be "simple"'],
  ['CSIP79', 'MUST', 'fileSec', 'Thiếu FLocat/@xlink:href', 'FLocat/@xlink:href is missing'],
  [
    'CSIP114',
    'MUST',
    'fileSec',
    'METS gói phải có fileGrp USE="Representations…"',
    'The package METS must have a fileGrp with USE="Representations…"',
  ],

  ['CSIP81', 'MUST', 'structMap', 'structMap CSIP phải có TYPE="PHYSICAL"', 'The CSIP structMap must have TYPE="PHYSICAL"'],
  ['CSIP82', 'MUST', 'structMap', 'Phải có đúng một structMap LABEL="CSIP"', 'Exactly one structMap with LABEL="CSIP" is required'],
  ['CSIP83', 'MUST', 'structMap', 'Thiếu structMap/@ID', 'structMap/@ID is missing'],
  ['CSIP84', 'MUST', 'structMap', 'structMap CSIP phải có đúng một div', 'The CSIP structMap must have exactly one div'],
  ['CSIP85', 'MUST', 'structMap', 'Thiếu div/@ID của structMap', 'The structMap div/@ID is missing'],
  ['CSIP86', 'MUST', 'structMap', 'div chính phải có LABEL bằng mets/@OBJID', 'The main div @LABEL must equal mets/@OBJID'],
  [
    'CSIP88',
    'MUST',
    'structMap',
    'Có siêu dữ liệu thì phải có đúng một div LABEL="Metadata"',
    'With metadata present there must be exactly one div LABEL="Metadata"',
  ],
  ['CSIP89', 'MUST', 'structMap', 'Thiếu @ID của div Metadata', 'The Metadata div @ID is missing'],
  [
    'CSIP91',
    'SHOULD',
    'structMap',
    'div Metadata nên liệt kê mọi ID trong amdSec (ADMID)',
    'The Metadata div should list every amdSec ID in ADMID',
  ],
  ['CSIP92', 'SHOULD', 'structMap', 'div Metadata nên liệt kê mọi dmdSec (DMDID)', 'The Metadata div should list every dmdSec in DMDID'],
  ['CSIP93', 'SHOULD', 'structMap', 'Nhiều hơn một div LABEL="Documentation"', 'More than one div LABEL="Documentation"'],
  ['CSIP94', 'MUST', 'structMap', 'Thiếu @ID của div Documentation', 'The Documentation div @ID is missing'],
  [
    'CSIP96',
    'MUST',
    'structMap',
    'div Documentation phải có một fptr cho mỗi fileGrp Documentation',
    'The Documentation div needs one fptr per Documentation fileGrp',
  ],
  [
    'CSIP116',
    'MUST',
    'structMap',
    'fptr của div Documentation phải trỏ tới ID một fileGrp Documentation',
    'A Documentation fptr must point at a Documentation fileGrp ID',
  ],
  ['CSIP97', 'SHOULD', 'structMap', 'Nhiều hơn một div LABEL="Schemas"', 'More than one div LABEL="Schemas"'],
  ['CSIP98', 'MUST', 'structMap', 'Thiếu @ID của div Schemas', 'The Schemas div @ID is missing'],
  [
    'CSIP100',
    'MUST',
    'structMap',
    'div Schemas phải có một fptr cho mỗi fileGrp Schemas',
    'The Schemas div needs one fptr per Schemas fileGrp',
  ],
  [
    'CSIP118',
    'MUST',
    'structMap',
    'fptr của div Schemas phải trỏ tới ID một fileGrp Schemas',
    'A Schemas fptr must point at a Schemas fileGrp ID',
  ],
  ['CSIP102', 'MUST', 'structMap', 'Thiếu @ID của div Representations', 'The Representations div @ID is missing'],
  ['CSIP104', 'MUST', 'structMap', 'div Representations phải có fptr', 'The Representations div must have an fptr'],
  ['CSIP119', 'MUST', 'structMap', 'fptr của div Representations phải có FILEID', 'A Representations fptr must have FILEID'],
  ['CSIP106', 'MUST', 'structMap', 'Thiếu @ID của div biểu diễn', 'A representation div @ID is missing'],
  [
    'CSIP109',
    'MUST',
    'structMap',
    'div biểu diễn phải có đúng một mptr tới METS của biểu diễn',
    'A representation div must have exactly one mptr to its METS',
  ],
  ['CSIP110', 'MUST', 'structMap', 'Thiếu mptr/@xlink:href', 'mptr/@xlink:href is missing'],
  ['CSIP111', 'MUST', 'structMap', 'mptr/@xlink:type phải là "simple"', 'mptr/@xlink:type must be "simple"'],
  ['CSIP112', 'MUST', 'structMap', 'mptr/@LOCTYPE phải là "URL"', 'mptr/@LOCTYPE must be "URL"'],
];

export const CSIP_REQUIREMENTS: ReadonlyMap<string, CsipRequirement> = new Map(
  ROWS.map(([id, level, group, vi, en]) => [id, { id, level, group, vi, en }]),
);

export function csipRequirement(id: string): CsipRequirement {
  const req = CSIP_REQUIREMENTS.get(id);
  if (!req) throw new Error(`Unknown CSIP requirement ${id}`);
  return req;
}

/** Controlled vocabularies of CSIP 2.0.4 (spec-data/vocabs). */
export const CSIP_CONTENT_CATEGORIES: ReadonlySet<string> = new Set([
  'Textual works – Print',
  'Textual works – Digital',
  'Textual works – Electronic Serials',
  'Digital Musical Composition (score-based representations)',
  'Photographs – Print',
  'Photographs – Digital',
  'Other Graphic Images – Print',
  'Other Graphic Images – Digital',
  'Microforms',
  'Audio – On Tangible Medium (digital or analog)',
  'Audio – Media-independent (digital)',
  'Motion Pictures – Digital and Physical Media',
  'Video – File-based and Physical Media',
  'Software',
  'Datasets',
  'Geospatial Data',
  'Databases',
  'Websites',
  'Collection',
  'Event',
  'Interactive resource',
  'Physical object',
  'Service',
  'Mixed',
  'Other',
]);

export const CSIP_CONTENT_INFORMATION_TYPES: ReadonlySet<string> = new Set([
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citscarchival_v1_0',
  'citserms_v2_1',
  'citspremis_v1_0',
  'citsehpj_v1_0',
  'citsehcr_v1_0',
  'citssiard_v1_0',
  'citsgeospatial_v3_0',
  'MIXED',
  'OTHER',
]);

export const CSIP_OAIS_PACKAGE_TYPES: ReadonlySet<string> = new Set(['SIP', 'AIP', 'DIP', 'AIU', 'AIC']);
export const CSIP_STATUS: ReadonlySet<string> = new Set(['CURRENT', 'SUPERSEDED']);
