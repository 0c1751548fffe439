/**
 * The METS 1.12 document DuPhong writes and reads for TT05 packages (E-ARK CSIP 2.0.4 profile).
 * A plain model: `writeMets` turns it into XML in the schema's element order, `readMets` turns
 * XML back into it, and `readMets(writeMets(x))` gives `x` back.
 */
export const METS_NAMESPACE = 'http://www.loc.gov/METS/';
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const CSIP_NAMESPACE = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
export const SIP_NAMESPACE = 'https://DILCIS.eu/XML/METS/SIPExtensionMETS';

/** PROFILE values TT05 prescribes (root of a SIP and every rep1 → CSIP; root of an AIP → the RA.ee IP profile). */
export const CSIP_PROFILE_URL = 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml';
export const AIP_PROFILE_URL = 'http://www.ra.ee/METS/v01/IP.xml';
export const DIP_PROFILE_URL = 'https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml';

export interface MetsNote {
  text: string;
  /** csip:NOTETYPE, e.g. IDENTIFICATIONCODE or SOFTWARE VERSION. */
  noteType?: string;
}

export interface MetsAgent {
  role: string;
  type: string;
  otherType?: string;
  name: string;
  notes: MetsNote[];
}

export interface MetsHeader {
  createDate: string;
  lastModDate?: string;
  recordStatus?: string;
  /** csip:OAISPACKAGETYPE: SIP · AIP · DIP. */
  oaisPackageType?: string;
  agents: MetsAgent[];
  altRecordIds: Array<{ type: string; value: string }>;
}

export interface MetsMdRef {
  href: string;
  mdType: string;
  otherMdType?: string;
  mdTypeVersion?: string;
  mimeType?: string;
  size?: number;
  created?: string;
  checksum?: string;
  checksumType?: string;
}

export interface MetsMdSec {
  id: string;
  created?: string;
  status?: string;
  ref: MetsMdRef;
}

export interface MetsAmdSec {
  id: string;
  /** digiprovMD entries (PREMIS files in an AIP; none in a TT05 SIP's empty amdSec). */
  digiprov: MetsMdSec[];
}

export interface MetsFile {
  id: string;
  mimeType: string;
  size: number;
  created: string;
  checksum: string;
  checksumType: string;
  href: string;
  admIds?: string[];
}

export interface MetsFileGroup {
  id?: string;
  use: string;
  files: MetsFile[];
}

export interface MetsDiv {
  id: string;
  label: string;
  type?: string;
  dmdIds?: string[];
  admIds?: string[];
  fptrs: string[];
  mptrs: Array<{ href: string; title?: string }>;
  divs: MetsDiv[];
}

export interface MetsStructMap {
  id: string;
  type: string;
  label: string;
  root: MetsDiv;
}

export interface MetsDocument {
  objid: string;
  label?: string;
  type: string;
  profile: string;
  /** csip:CONTENTINFORMATIONTYPE (MIXED in TT05). */
  contentInformationType?: string;
  /** xsi:schemaLocation as written: namespace/location pairs. */
  schemaLocation: Array<{ namespace: string; location: string }>;
  header: MetsHeader;
  dmdSecs: MetsMdSec[];
  amdSecs: MetsAmdSec[];
  fileSec?: { id: string; groups: MetsFileGroup[] };
  structMap: MetsStructMap;
}

/** Where the schemas of a package are, seen from a METS at `depth` folders below the package root. */
export function tt05SchemaLocation(depth: number): MetsDocument['schemaLocation'] {
  const up = '../'.repeat(depth);
  return [
    { namespace: METS_NAMESPACE, location: `${up}schemas/mets1_12.xsd` },
    { namespace: XLINK_NAMESPACE, location: `${up}schemas/xlink.xsd` },
    { namespace: CSIP_NAMESPACE, location: `${up}schemas/DILCISExtensionMETS.xsd` },
    { namespace: SIP_NAMESPACE, location: `${up}schemas/DILCISExtensionSIPMETS.xsd` },
  ];
}

export function emptyDiv(id: string, label: string): MetsDiv {
  return { id, label, fptrs: [], mptrs: [], divs: [] };
}
