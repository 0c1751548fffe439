import type { DigestAlgorithm, Hasher } from '../ports/bytes.js';
import type { OcflTree, TreeEntry } from './storage.js';

/**
 * An OcflTree held in memory (path → bytes), for tests and for planning checks before anything is
 * written. Folders exist implicitly through the files under them, plus any added with `addDir`.
 */
export class MemoryOcflTree implements OcflTree {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['']);

  constructor(private readonly hasher: Hasher) {}

  writeFile(path: string, bytes: Uint8Array): void {
    this.files.set(path, bytes);
    this.addDir(path.split('/').slice(0, -1).join('/'));
  }

  /** Adds a folder (and its parents), which may stay empty. */
  addDir(path: string): void {
    const parts = path.split('/');
    for (let n = 1; n <= parts.length; n++) this.dirs.add(parts.slice(0, n).join('/'));
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  async readDir(path: string): Promise<TreeEntry[] | undefined> {
    if (!this.dirs.has(path)) return undefined;
    const prefix = path === '' ? '' : `${path}/`;
    const entries = new Map<string, TreeEntry['kind']>();
    for (const dir of this.dirs) {
      if (dir !== path && dir.startsWith(prefix) && !dir.slice(prefix.length).includes('/')) entries.set(dir.slice(prefix.length), 'dir');
    }
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix) && !file.slice(prefix.length).includes('/')) entries.set(file.slice(prefix.length), 'file');
    }
    return [...entries].map(([name, kind]) => ({ name, kind })).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async readFile(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(path);
    if (!bytes) throw new RangeError(`no such file: ${path}`);
    return bytes;
  }

  async digest(path: string, algorithm: DigestAlgorithm): Promise<string> {
    const state = this.hasher.create(algorithm);
    state.update(await this.readFile(path));
    return state.digest();
  }
}
