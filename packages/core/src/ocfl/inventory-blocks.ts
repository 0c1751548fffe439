import type { FindingLog } from './codes.js';
import { isDigestFormatValid, isKnownDigestAlgorithm, normalizeDigest } from './digests.js';
import { conflictingPaths, pathProblem } from './paths.js';
import type { OcflUser, OcflVersion } from './inventory.js';

/** Checks of the manifest, fixity and versions blocks; each returns the usable part of its block. */

type Json = unknown;

export function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: Json): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

export interface ContentPathContext {
  versionNames: ReadonlySet<string>;
  contentDirectory: string;
}

/** E100/E099 form checks, then E042: a content path is `<version>/<contentDirectory>/…`. */
function checkContentPath(log: FindingLog, path: string, ctx: ContentPathContext | undefined): boolean {
  const problem = pathProblem(path);
  if (problem === 'slash') log.error('E100', 'Đường dẫn nội dung bắt đầu hoặc kết thúc bằng "/"', path);
  if (problem === 'element') log.error('E099', 'Đường dẫn nội dung có thành phần ".", ".." hoặc rỗng', path);
  if (problem) return false;
  if (!ctx) return true;
  const [version, dir, ...rest] = path.split('/');
  if (version === undefined || !ctx.versionNames.has(version) || dir !== ctx.contentDirectory || rest.length === 0) {
    log.error('E042', 'Đường dẫn nội dung không nằm trong thư mục nội dung của một phiên bản', path);
    return false;
  }
  return true;
}

export interface ManifestResult {
  manifest: Record<string, string[]>;
  /** content path → normalised digest */
  files: Map<string, string>;
}

export function checkManifest(log: FindingLog, value: Json, algorithm: string, ctx: ContentPathContext): ManifestResult {
  const manifest: Record<string, string[]> = {};
  const files = new Map<string, string>();
  if (!isPlainObject(value)) {
    log.error('E041', 'Khối manifest không phải là đối tượng JSON');
    return { manifest, files };
  }
  const seen = new Set<string>();
  for (const [digest, paths] of Object.entries(value)) {
    const list = stringList(paths);
    if (!isDigestFormatValid(algorithm, digest)) log.error('E025', `Giá trị băm ${algorithm} sai định dạng trong manifest`, digest);
    if (!list) {
      log.error('E092', 'Giá trị của một mục manifest phải là mảng đường dẫn', digest);
      continue;
    }
    const norm = normalizeDigest(digest);
    if (seen.has(norm)) log.error('E096', 'Giá trị băm xuất hiện nhiều lần trong manifest (không phân biệt hoa thường)', digest);
    seen.add(norm);
    manifest[digest] = list;
    for (const path of list) {
      if (files.has(path)) log.error('E101', 'Đường dẫn nội dung xuất hiện nhiều lần trong manifest', path);
      if (checkContentPath(log, path, ctx)) files.set(path, norm);
    }
  }
  for (const path of conflictingPaths(files.keys())) {
    log.error('E101', 'Đường dẫn nội dung vừa là tệp vừa là thư mục của đường dẫn khác', path);
  }
  return { manifest, files };
}

export function checkFixity(
  log: FindingLog,
  value: Json,
  manifestFiles: ReadonlyMap<string, string>,
  specVersion: string,
): Record<string, Record<string, string[]>> {
  const fixity: Record<string, Record<string, string[]>> = {};
  if (!isPlainObject(value)) {
    // 1.0 folds "not an object" into E056; 1.1 gave it its own code.
    log.error(specVersion === '1.0' ? 'E056' : 'E111', 'Khối fixity không phải là đối tượng JSON');
    return fixity;
  }
  for (const [algorithm, block] of Object.entries(value)) {
    if (!isKnownDigestAlgorithm(algorithm)) {
      log.error('E056', 'Thuật toán băm không có trong danh mục của OCFL', algorithm);
      continue;
    }
    if (!isPlainObject(block)) {
      log.error('E057', 'Khối fixity của thuật toán không phải là đối tượng JSON', algorithm);
      continue;
    }
    const seen = new Set<string>();
    const kept: Record<string, string[]> = {};
    for (const [digest, paths] of Object.entries(block)) {
      const list = stringList(paths);
      if (!isDigestFormatValid(algorithm, digest)) log.error('E057', `Giá trị băm ${algorithm} sai định dạng trong fixity`, digest);
      if (!list) {
        log.error('E057', 'Giá trị của một mục fixity phải là mảng đường dẫn', digest);
        continue;
      }
      const norm = normalizeDigest(digest);
      if (seen.has(norm)) log.error('E097', `Giá trị băm ${algorithm} xuất hiện nhiều lần trong fixity`, digest);
      seen.add(norm);
      kept[digest] = list;
      for (const path of list) {
        if (checkContentPath(log, path, undefined) && !manifestFiles.has(path)) {
          log.error('E057', 'Đường dẫn trong fixity không có trong manifest', path);
        }
      }
    }
    fixity[algorithm] = kept;
  }
  return fixity;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const VERSION_KEYS = new Set(['created', 'state', 'message', 'user']);

/** One version block: created, state (digest → logical paths), message, user. */
export function checkVersion(
  log: FindingLog,
  name: string,
  value: Json,
  algorithm: string,
  manifestDigests: ReadonlySet<string>,
): OcflVersion {
  const version: OcflVersion = { created: '', state: {} };
  if (!isPlainObject(value)) {
    log.error('E047', 'Mô tả phiên bản không phải là đối tượng JSON', name);
    return version;
  }
  for (const key of Object.keys(value)) {
    if (!VERSION_KEYS.has(key)) log.error('E102', `Khóa không được quy định trong phiên bản ${name}`, key);
  }
  const { created, state, message, user } = value;
  if (created === undefined) log.error('E048', `Phiên bản ${name} thiếu khóa "created"`);
  else if (typeof created !== 'string' || !RFC3339.test(created)) {
    log.error('E049', `Thời điểm tạo của phiên bản ${name} không theo RFC 3339`, String(created));
  } else version.created = created;
  if (state === undefined) log.error('E048', `Phiên bản ${name} thiếu khóa "state"`);
  else version.state = checkState(log, name, state, algorithm, manifestDigests);
  if (message === undefined) log.warn('W007', `Phiên bản ${name} không có lời nhắn (message)`);
  else if (typeof message !== 'string') log.error('E094', `Lời nhắn của phiên bản ${name} phải là chuỗi`);
  else version.message = message;
  if (user === undefined) log.warn('W007', `Phiên bản ${name} không ghi người thực hiện (user)`);
  else {
    const checked = checkUser(log, name, user);
    if (checked) version.user = checked;
  }
  return version;
}

function checkUser(log: FindingLog, name: string, user: Json): OcflUser | undefined {
  if (!isPlainObject(user) || typeof user.name !== 'string') {
    log.error('E054', `Người thực hiện của phiên bản ${name} phải có tên (name)`);
    return undefined;
  }
  const { address } = user;
  if (address === undefined) {
    log.warn('W008', `Người thực hiện của phiên bản ${name} không có địa chỉ (address)`);
    return { name: user.name };
  }
  if (typeof address !== 'string') {
    log.error('E054', `Địa chỉ người thực hiện của phiên bản ${name} phải là chuỗi`);
    return { name: user.name };
  }
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\S/.test(address)) {
    log.warn('W009', `Địa chỉ người thực hiện của phiên bản ${name} không phải là URI`, address);
  }
  return { name: user.name, address };
}

function checkState(
  log: FindingLog,
  name: string,
  value: Json,
  algorithm: string,
  manifestDigests: ReadonlySet<string>,
): Record<string, string[]> {
  const state: Record<string, string[]> = {};
  if (!isPlainObject(value)) {
    log.error('E050', `Khối state của phiên bản ${name} không phải là đối tượng JSON`);
    return state;
  }
  const logical = new Set<string>();
  for (const [digest, paths] of Object.entries(value)) {
    const list = stringList(paths);
    if (!isDigestFormatValid(algorithm, digest)) log.error('E050', `Giá trị băm sai định dạng trong state của ${name}`, digest);
    // The exact key must be in the manifest: JSON keys are case sensitive.
    else if (!manifestDigests.has(digest)) log.error('E050', `Giá trị băm trong state của ${name} không có trong manifest`, digest);
    if (!list) {
      log.error('E051', `Giá trị state của ${name} phải là mảng đường dẫn logic`, digest);
      continue;
    }
    state[digest] = list;
    for (const path of list) {
      if (logical.has(path)) log.error('E095', `Đường dẫn logic lặp lại trong phiên bản ${name}`, path);
      logical.add(path);
      const problem = pathProblem(path);
      if (problem === 'slash') log.error('E053', `Đường dẫn logic bắt đầu hoặc kết thúc bằng "/" (${name})`, path);
      if (problem === 'element') log.error('E052', `Đường dẫn logic có thành phần ".", ".." hoặc rỗng (${name})`, path);
    }
  }
  for (const path of conflictingPaths(logical)) {
    log.error('E095', `Đường dẫn logic vừa là tệp vừa là thư mục trong phiên bản ${name}`, path);
  }
  return state;
}
