import { utf8, type DigestAlgorithm, type Hasher } from '../ports/bytes.js';

/** Storage layout extension 0004-hashed-n-tuple-storage-layout (ocfl.io/extensions). */
export const LAYOUT_0004_NAME = '0004-hashed-n-tuple-storage-layout';

export interface Layout0004Config {
  extensionName: typeof LAYOUT_0004_NAME;
  digestAlgorithm: DigestAlgorithm;
  tupleSize: number;
  numberOfTuples: number;
  shortObjectRoot: boolean;
}

/** The extension's defaults, which DuPhong writes to `extensions/0004-…/config.json`. */
export const LAYOUT_0004_CONFIG: Readonly<Layout0004Config> = Object.freeze({
  extensionName: LAYOUT_0004_NAME,
  digestAlgorithm: 'sha256',
  tupleSize: 3,
  numberOfTuples: 3,
  shortObjectRoot: false,
});

/** The storage root's `ocfl_layout.json` (spec 4.1: keys extension and description). */
export const OCFL_LAYOUT_JSON: Readonly<{ extension: string; description: string }> = Object.freeze({
  extension: LAYOUT_0004_NAME,
  description: 'Hashed N-tuple storage layout: sha256 of the object id, 3 tuples of 3 characters, then the full digest',
});

/** Path of `config.json` for the layout, relative to the storage root. */
export const LAYOUT_0004_CONFIG_PATH = `extensions/${LAYOUT_0004_NAME}/config.json`;

/** Pretty JSON with a trailing newline, as written to storage. */
export function layoutJsonBytes(value: object): Uint8Array {
  return utf8(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Object root path (relative to the storage root) for an object id under layout 0004: the hex digest
 * of the id's UTF-8 bytes, cut into `numberOfTuples` tuples of `tupleSize` characters, then the full
 * digest (or only what remains of it, with shortObjectRoot).
 */
export function objectRootPath(id: string, hasher: Hasher, config: Readonly<Layout0004Config> = LAYOUT_0004_CONFIG): string {
  const { tupleSize, numberOfTuples, shortObjectRoot } = config;
  const state = hasher.create(config.digestAlgorithm);
  state.update(utf8(id));
  const digest = state.digest().toLowerCase();
  if ((tupleSize === 0) !== (numberOfTuples === 0) || tupleSize < 0 || numberOfTuples < 0) {
    throw new RangeError('Cấu hình 0004 sai: tupleSize và numberOfTuples phải cùng bằng 0 hoặc cùng dương');
  }
  const used = tupleSize * numberOfTuples;
  if (used > digest.length || (shortObjectRoot && used === digest.length)) {
    throw new RangeError(`Cấu hình 0004 sai: ${numberOfTuples} bộ × ${tupleSize} ký tự vượt quá độ dài giá trị băm`);
  }
  const tuples: string[] = [];
  for (let i = 0; i < numberOfTuples; i++) tuples.push(digest.slice(i * tupleSize, (i + 1) * tupleSize));
  return [...tuples, shortObjectRoot ? digest.slice(used) : digest].join('/');
}
