import type { Finding } from '../findings.js';
import { fromUtf8 } from '../ports/bytes.js';
import { FindingLog } from './codes.js';
import { normalizeDigest } from './digests.js';
import { checkFixity, checkManifest, checkVersion, isPlainObject } from './inventory-blocks.js';

export interface OcflUser {
  name: string;
  address?: string;
}

export interface OcflVersion {
  /** RFC 3339 date-time. */
  created: string;
  /** digest → logical paths */
  state: Record<string, string[]>;
  message?: string;
  user?: OcflUser;
}

/** An OCFL inventory (spec 3.5). Digest keys are kept exactly as written. */
export interface Inventory {
  id: string;
  type: string;
  digestAlgorithm: string;
  head: string;
  contentDirectory?: string;
  /** digest → content paths */
  manifest: Record<string, string[]>;
  versions: Record<string, OcflVersion>;
  /** algorithm → digest → content paths */
  fixity?: Record<string, Record<string, string[]>>;
}

export type OcflSpecVersion = '1.0' | '1.1';

export interface ParseInventoryOptions {
  /** Spec version the inventory must declare in `type` (root inventory: from the object's declaration). */
  specVersion?: OcflSpecVersion;
  /** Version directory holding this inventory (its `head` must be that version); absent for the root. */
  versionDir?: string;
  /** Path used on findings, e.g. `v2/inventory.json`. */
  path?: string;
}

export interface ParsedInventory {
  /** Present when the bytes are a JSON object; best-effort values when `findings` hold errors. */
  inventory?: Inventory;
  findings: Finding[];
  /** Spec version named by `type` (falls back to the requested one). */
  specVersion: OcflSpecVersion;
  /** The version sequence v1…vN found in `versions` (stops at the first gap). */
  versionNames: string[];
  /** content path → normalised digest, for paths that passed the path checks */
  manifestFiles: Map<string, string>;
}

const TYPE_PATTERN = /^https:\/\/ocfl\.io\/(1\.[01])\/spec\/#inventory$/;
const TOP_KEYS = new Set(['id', 'type', 'digestAlgorithm', 'head', 'contentDirectory', 'manifest', 'versions', 'fixity']);

/** Parses and checks an inventory.json, reporting every structural problem with OCFL's E/W codes. */
export function parseInventory(bytes: Uint8Array, options: ParseInventoryOptions = {}): ParsedInventory {
  const log = new FindingLog(options.path ?? 'inventory.json');
  const result: ParsedInventory = {
    findings: log.findings,
    specVersion: options.specVersion ?? '1.1',
    versionNames: [],
    manifestFiles: new Map(),
  };
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    log.error('E033', 'Tệp inventory không phải là JSON hợp lệ');
    return result;
  }
  if (!isPlainObject(json)) {
    log.error('E033', 'Tệp inventory không phải là một đối tượng JSON');
    return result;
  }
  for (const key of Object.keys(json)) {
    if (!TOP_KEYS.has(key)) log.error('E102', 'Inventory có khóa không được quy định', key);
  }
  const inv: Inventory = { id: '', type: '', digestAlgorithm: 'sha512', head: '', manifest: {}, versions: {} };
  checkHeader(log, json, inv, options, result);

  const { versions } = json;
  if (versions === undefined) log.error('E041', 'Inventory thiếu khối versions');
  else if (!isPlainObject(versions)) log.error('E044', 'Khối versions không phải là đối tượng JSON');
  else result.versionNames = checkSequence(log, Object.keys(versions));

  const ctx = {
    versionNames: new Set(isPlainObject(versions) ? Object.keys(versions) : []),
    contentDirectory: inv.contentDirectory ?? 'content',
  };
  if (json.manifest === undefined) log.error('E041', 'Inventory thiếu khối manifest');
  else {
    const m = checkManifest(log, json.manifest, inv.digestAlgorithm, ctx);
    inv.manifest = m.manifest;
    result.manifestFiles = m.files;
  }
  if (isPlainObject(versions)) {
    const manifestDigests = new Set(Object.keys(inv.manifest));
    for (const [name, block] of Object.entries(versions)) {
      inv.versions[name] = checkVersion(log, name, block, inv.digestAlgorithm, manifestDigests);
    }
    checkDigestsUsed(log, inv);
  }
  checkHead(log, json.head, result.versionNames, options.versionDir);
  if (typeof json.head === 'string') inv.head = json.head;
  if ('fixity' in json) inv.fixity = checkFixity(log, json.fixity, result.manifestFiles, result.specVersion);
  result.inventory = inv;
  return result;
}

function checkHeader(
  log: FindingLog,
  json: Record<string, unknown>,
  inv: Inventory,
  options: ParseInventoryOptions,
  result: ParsedInventory,
): void {
  const { id, type, digestAlgorithm, contentDirectory } = json;
  if (id === undefined) log.error('E036', 'Inventory thiếu khóa "id"');
  else if (typeof id !== 'string' || id === '') log.error('E037', 'Định danh (id) phải là chuỗi không rỗng');
  else {
    inv.id = id;
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:.+/.test(id)) log.warn('W005', 'Định danh đối tượng không phải là URI', id);
  }
  if (type === undefined) log.error('E036', 'Inventory thiếu khóa "type"');
  else {
    const match = typeof type === 'string' ? TYPE_PATTERN.exec(type) : null;
    const declared = match?.[1] as OcflSpecVersion | undefined;
    if (typeof type === 'string') inv.type = type;
    if (!declared) log.error('E038', 'Giá trị "type" không phải là URI inventory của một phiên bản OCFL', String(type));
    else if (options.versionDir === undefined && options.specVersion && declared !== options.specVersion) {
      log.error('E038', `Giá trị "type" không khớp với khai báo OCFL ${options.specVersion} của đối tượng`, String(type));
    } else result.specVersion = declared;
  }
  if (digestAlgorithm === undefined) log.error('E036', 'Inventory thiếu khóa "digestAlgorithm"');
  else if (digestAlgorithm === 'sha256') {
    inv.digestAlgorithm = digestAlgorithm;
    log.warn('W004', 'Đối tượng dùng sha256; đặc tả khuyên dùng sha512');
  } else if (digestAlgorithm !== 'sha512')
    log.error('E025', 'Thuật toán băm định địa chỉ phải là sha512 hoặc sha256', String(digestAlgorithm));
  if (contentDirectory !== undefined) {
    if (typeof contentDirectory !== 'string' || contentDirectory === '' || contentDirectory.includes('/')) {
      log.error('E017', 'Tên thư mục nội dung (contentDirectory) không được chứa "/"', String(contentDirectory));
    } else if (contentDirectory === '.' || contentDirectory === '..') {
      log.error('E018', 'Tên thư mục nội dung (contentDirectory) không được là "." hoặc ".."', contentDirectory);
    } else inv.contentDirectory = contentDirectory;
  }
}

/**
 * Version names must run v1, v2, … (or zero-padded v01, v02, … of one width) without gaps.
 * Returns the valid sequence found.
 */
function checkSequence(log: FindingLog, names: string[]): string[] {
  if (names.length === 0) {
    log.error('E008', 'Đối tượng không có phiên bản nào');
    return [];
  }
  const present = new Set(names);
  let width = 0; // 0 = no padding
  if (!present.has('v1')) {
    width = [...Array(9).keys()].map((i) => i + 2).find((w) => present.has(`v${'1'.padStart(w, '0')}`)) ?? -1;
    if (width < 0) {
      log.error('E009', 'Dãy phiên bản không bắt đầu từ v1', names.join(', '));
      return [];
    }
    log.warn('W001', 'Tên thư mục phiên bản có thêm số 0 ở đầu');
  }
  const max = width === 0 ? Number.MAX_SAFE_INTEGER : 10 ** (width - 1) - 1;
  const sequence: string[] = [];
  for (let n = 1; n <= max; n++) {
    const name = `v${String(n).padStart(width, '0')}`;
    if (!present.has(name)) break;
    sequence.push(name);
  }
  if (sequence.length < names.length) {
    if (width > 0 && sequence.length === max) {
      // Padded numbering ran out of digits (v99 → v100): the padding convention is broken.
      log.error('E011', 'Số phiên bản vượt quá độ rộng đệm số 0', names.filter((n) => !sequence.includes(n)).join(', '));
      log.error('E013', 'Phiên bản mới không theo quy ước đặt tên của các phiên bản trước');
    } else log.error('E010', 'Dãy phiên bản bị thiếu hoặc có phiên bản ngoài dãy', names.filter((n) => !sequence.includes(n)).join(', '));
  }
  return sequence;
}

function checkHead(log: FindingLog, head: unknown, sequence: string[], versionDir: string | undefined): void {
  if (head === undefined) {
    log.error('E036', 'Inventory thiếu khóa "head"');
    return;
  }
  const expected = versionDir ?? sequence[sequence.length - 1];
  if (typeof head !== 'string') log.error('E040', 'Giá trị "head" phải là chuỗi tên phiên bản');
  else if (expected !== undefined && head !== expected) {
    log.error('E040', `"head" phải là phiên bản mới nhất (${expected})`, head);
  } else if (versionDir !== undefined && sequence.length > 0 && sequence[sequence.length - 1] !== head) {
    log.error('E040', `"head" không phải là phiên bản cuối trong khối versions`, head);
  }
}

/** E107: every manifest digest must be used by some version's state (E050 checks the reverse). */
function checkDigestsUsed(log: FindingLog, inv: Inventory): void {
  const used = new Set<string>();
  for (const v of Object.values(inv.versions)) for (const d of Object.keys(v.state)) used.add(normalizeDigest(d));
  for (const digest of Object.keys(inv.manifest)) {
    if (!used.has(normalizeDigest(digest))) log.error('E107', 'Giá trị băm trong manifest không được phiên bản nào dùng', digest);
  }
}
