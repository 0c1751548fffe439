import { utf8 } from '../ports/bytes.js';
import { normalizeDigest } from './digests.js';
import type { Inventory, OcflUser } from './inventory.js';
import { conflictingPaths, pathProblem } from './paths.js';

/** NAMASTE declarations DuPhong writes (OCFL 1.1). */
export const OBJECT_DECLARATION_NAME = '0=ocfl_object_1.1';
export const OBJECT_DECLARATION_BODY = 'ocfl_object_1.1\n';
export const ROOT_DECLARATION_NAME = '0=ocfl_1.1';
export const ROOT_DECLARATION_BODY = 'ocfl_1.1\n';
export const INVENTORY_TYPE = 'https://ocfl.io/1.1/spec/#inventory';

export function objectDeclarationBytes(): Uint8Array {
  return utf8(OBJECT_DECLARATION_BODY);
}

export function rootDeclarationBytes(): Uint8Array {
  return utf8(ROOT_DECLARATION_BODY);
}

export interface NewVersionInput {
  previous?: Inventory;
  id: string;
  /** logical path → sha256 digest and size of the file in the new version */
  state: ReadonlyMap<string, { digest: string; size: number }>;
  created: string;
  message: string;
  user: OcflUser;
}

export interface ContentToWrite {
  digest: string;
  /** relative to the object root, e.g. `v2/content/hồ sơ/trang-01.pdf` */
  contentPath: string;
  /** every logical path of the new version with this content */
  logicalPaths: string[];
}

export interface VersionPlan {
  inventory: Inventory;
  versionName: string;
  contentToWrite: ContentToWrite[];
}

/** Next version name, keeping an existing zero-padding convention (E013). */
function nextVersionName(previous: Inventory | undefined): string {
  if (!previous) return 'v1';
  const m = /^v(\d+)$/.exec(previous.head);
  if (!m || m[1] === undefined) throw new RangeError(`Phiên bản đầu (head) không hợp lệ: ${previous.head}`);
  const next = Number(m[1]) + 1;
  const width = m[1].startsWith('0') ? m[1].length : 0;
  const name = String(next).padStart(width, '0');
  if (width > 0 && name.length > width) throw new RangeError(`Hết số phiên bản với độ rộng ${width}`);
  return `v${name}`;
}

function checkLogicalPaths(paths: string[]): void {
  for (const path of paths) {
    if (path === '' || pathProblem(path)) throw new RangeError(`Đường dẫn logic không hợp lệ: "${path}"`);
  }
  const conflicts = conflictingPaths(paths);
  if (conflicts.length > 0) throw new RangeError(`Đường dẫn logic vừa là tệp vừa là thư mục: ${conflicts.join(', ')}`);
}

/**
 * Plans the next version of an object (pure): the new inventory and the files to write. Forward-delta:
 * content already in the manifest is not written again, and content repeated within the version is
 * written once, under its first logical path (content paths keep the documents' own names).
 */
export function planNewVersion(input: NewVersionInput): VersionPlan {
  const { previous } = input;
  if (previous && previous.digestAlgorithm !== 'sha256') {
    throw new RangeError(`Đối tượng dùng ${previous.digestAlgorithm}; DuPhong chỉ ghi phiên bản sha256`);
  }
  if (previous && previous.id !== input.id) throw new RangeError(`Định danh đối tượng khác: ${previous.id} ≠ ${input.id}`);
  const logicalPaths = [...input.state.keys()].sort();
  checkLogicalPaths(logicalPaths);
  const versionName = nextVersionName(previous);
  const contentDir = previous?.contentDirectory ?? 'content';
  const manifest: Record<string, string[]> = previous ? structuredClone(previous.manifest) : {};
  const known = new Map(Object.keys(manifest).map((d) => [normalizeDigest(d), d]));

  const state: Record<string, string[]> = {};
  const pending = new Map<string, ContentToWrite>();
  for (const logical of logicalPaths) {
    const digest = normalizeDigest(input.state.get(logical)?.digest ?? '');
    if (!/^[0-9a-f]{64}$/.test(digest)) throw new RangeError(`Giá trị sha256 không hợp lệ cho ${logical}`);
    const key = known.get(digest) ?? digest; // keep the manifest's own spelling of an existing digest
    (state[key] ??= []).push(logical);
    if (known.has(digest)) continue;
    const write = pending.get(digest);
    if (write) write.logicalPaths.push(logical);
    else pending.set(digest, { digest, contentPath: `${versionName}/${contentDir}/${logical}`, logicalPaths: [logical] });
  }
  for (const write of pending.values()) manifest[write.digest] = [write.contentPath];

  const inventory: Inventory = {
    id: input.id,
    type: INVENTORY_TYPE,
    digestAlgorithm: 'sha256',
    head: versionName,
    ...(previous?.contentDirectory !== undefined ? { contentDirectory: previous.contentDirectory } : {}),
    manifest,
    versions: {
      ...(previous ? structuredClone(previous.versions) : {}),
      [versionName]: { created: input.created, message: input.message, user: { ...input.user }, state },
    },
    ...(previous?.fixity !== undefined ? { fixity: structuredClone(previous.fixity) } : {}),
  };
  return { inventory, versionName, contentToWrite: [...pending.values()] };
}

/** Sorts object keys recursively (arrays keep their order) so equal inventories serialise equally. */
function sortKeys<T>(record: Record<string, T>, map: (value: T) => unknown = (v) => v): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = map(record[key] as T);
  return out;
}

const sortedPaths = (paths: string[]): string[] => [...paths].sort();

/**
 * Deterministic, pretty (2-space) UTF-8 JSON with a trailing newline: spec key order at the top,
 * digests and version names sorted, path lists sorted.
 */
export function serializeInventory(inv: Inventory): Uint8Array {
  const versions: Record<string, unknown> = {};
  for (const name of Object.keys(inv.versions).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const v = inv.versions[name];
    if (!v) continue;
    versions[name] = {
      created: v.created,
      ...(v.message !== undefined ? { message: v.message } : {}),
      ...(v.user !== undefined
        ? { user: v.user.address !== undefined ? { name: v.user.name, address: v.user.address } : { name: v.user.name } }
        : {}),
      state: sortKeys(v.state, sortedPaths),
    };
  }
  const json = {
    id: inv.id,
    type: inv.type,
    digestAlgorithm: inv.digestAlgorithm,
    head: inv.head,
    ...(inv.contentDirectory !== undefined ? { contentDirectory: inv.contentDirectory } : {}),
    manifest: sortKeys(inv.manifest, sortedPaths),
    versions,
    ...(inv.fixity !== undefined ? { fixity: sortKeys(inv.fixity, (block) => sortKeys(block, sortedPaths)) } : {}),
  };
  return utf8(`${JSON.stringify(json, null, 2)}\n`);
}
