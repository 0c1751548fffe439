import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat, statfs, unlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BlobStoreError } from '@duphong/core';
import type { BlobInfo, BlobStore, ByteStream, ProbeResult, PutOptions } from '@duphong/core';
import { fsError, isErrno, rootUnavailable } from './fs-errors.js';
import { compareKeys, isTempName, TEMP_PREFIX, validateKey, validatePrefix } from './key.js';
import { WriteVerifier } from './verify.js';
import { hashFile } from '../hash-pool.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const runFile = promisify(execFile);

const READ_CHUNK = 1 << 20;

/**
 * A storage site on a local disk or mounted NAS. Keys map to paths under `root` unchanged, so a
 * person with a file browser can still read the archive. Writes go to a temp file beside the
 * target and are renamed into place after fsync: a crash leaves the old blob or the new one.
 * The root is never created here: a missing root usually means an unmounted disk.
 */
export class FsBlobStore implements BlobStore {
  readonly root: string;
  readonly description: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.description = `fs:${this.root}`;
  }

  async put(key: string, data: ByteStream, options?: PutOptions): Promise<{ size: number }> {
    const file = this.pathOf(key);
    const dir = dirname(file);
    const tmp = join(dir, `${TEMP_PREFIX}${randomUUID()}`);
    const verifier = new WriteVerifier(key, options);
    let fh: FileHandle | undefined;
    try {
      fh = await this.openTemp(dir, tmp, key);
      for await (const chunk of verifier.tap(data)) await writeAll(fh, chunk);
      verifier.check();
      if (!options?.deferSync) await fh.sync();
      await fh.close();
      fh = undefined;
      await rename(tmp, file);
      if (!options?.deferSync) await syncDir(dir);
      return { size: verifier.size };
    } catch (err) {
      await fh?.close().catch(() => undefined);
      await rm(tmp, { force: true }).catch(() => undefined);
      await this.pruneEmptyDirs(dir);
      if (err === verifier.sourceError) throw err;
      throw fsError(err, this.description, key);
    }
  }

  async get(key: string): Promise<ByteStream> {
    const file = this.pathOf(key);
    if (!(await this.head(key))) throw this.notFound(key);
    return this.readLazily(file, key);
  }

  /** Hashed on a worker thread, so copies on several sites are verified on several cores. */
  async digest(key: string): Promise<{ sha256: string; size: number }> {
    const file = this.pathOf(key);
    try {
      const { digest, size } = await hashFile(file, 'sha256');
      return { sha256: digest, size };
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR')) {
        await this.ensureRoot(key); // a missing root is a site down, not a missing blob
        throw this.notFound(key);
      }
      throw fsError(err, this.description, key);
    }
  }

  async head(key: string): Promise<BlobInfo | undefined> {
    const file = this.pathOf(key);
    try {
      const st = await stat(file);
      return st.isFile() ? { key, size: st.size } : undefined;
    } catch (err) {
      if (!isErrno(err, 'ENOENT', 'ENOTDIR')) throw fsError(err, this.description, key);
      await this.ensureRoot(key);
      return undefined;
    }
  }

  async *list(prefix: string): AsyncGenerator<BlobInfo> {
    validatePrefix(prefix);
    await this.ensureRoot(prefix);
    const cut = prefix.lastIndexOf('/');
    yield* this.walk(prefix.slice(0, cut + 1), prefix.slice(cut + 1));
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      await unlink(file);
    } catch (err) {
      // EISDIR: a folder is not a blob, so the blob is absent.
      if (!isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw fsError(err, this.description, key);
      await this.ensureRoot(key);
      return;
    }
    await syncDir(dirname(file));
    await this.pruneEmptyDirs(dirname(file));
  }

  async commit(stagingKey: string, finalKey: string): Promise<void> {
    const from = this.pathOf(stagingKey);
    const to = this.pathOf(finalKey);
    if (!(await this.head(stagingKey))) throw this.notFound(stagingKey);
    if (from === to) return;
    try {
      await this.makeDirs(dirname(to), finalKey);
      await rename(from, to); // atomic on one filesystem; replaces any old blob
      await syncDir(dirname(to));
      if (dirname(from) !== dirname(to)) await syncDir(dirname(from));
    } catch (err) {
      throw fsError(err, this.description, finalKey);
    }
    await this.pruneEmptyDirs(dirname(from));
  }

  /** Delete temp files that killed writes left under `prefix`, then the folders they leave empty. */
  async sweep(prefix: string): Promise<void> {
    validatePrefix(prefix);
    await this.ensureRoot(prefix);
    const top = join(this.root, ...prefix.split('/').filter((s) => s !== ''));
    const visit = async (dir: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (isErrno(err, 'ENOENT', 'ENOTDIR')) return;
        throw fsError(err, this.description, prefix);
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await visit(path);
        else if (isTempName(e.name)) await rm(path, { force: true });
      }
      if (dir !== this.root) await rmdir(dir).catch(() => undefined); // only succeeds when empty
    };
    await visit(top);
    await this.pruneEmptyDirs(dirname(top));
  }

  async commitMany(moves: Array<{ from: string; to: string }>): Promise<void> {
    await this.flush(); // staged bytes durable before they become visible
    for (const { from, to } of moves) {
      const source = this.pathOf(from);
      const target = this.pathOf(to);
      if (source === target) {
        if (!(await this.head(from))) throw this.notFound(from);
        continue;
      }
      await this.moveInto(source, target, from, to);
    }
    await this.flush(); // and the renames durable before the caller writes its commit point
    for (const dir of new Set(moves.map((m) => dirname(this.pathOf(m.from))))) await this.pruneEmptyDirs(dir);
  }

  /** syncfs(2) through coreutils `sync -f`: one call flushes the site's whole filesystem. */
  async flush(): Promise<void> {
    await this.ensureRoot('');
    try {
      await runFile('sync', ['-f', this.root]);
    } catch (err) {
      throw fsError(Object.assign(new Error(`sync -f ${this.root}: ${(err as Error).message}`), { code: 'EIO' }), this.description, '');
    }
  }

  async probe(): Promise<ProbeResult> {
    try {
      await this.ensureRoot('');
    } catch (err) {
      const vanished = isErrno((err as Error).cause, 'ENOENT', 'ENOTDIR');
      return { online: false, writable: false, message: (err as Error).message, ...(vanished && { vanished }) };
    }
    let freeBytes: number | undefined;
    try {
      const fs = await statfs(this.root);
      freeBytes = fs.bavail * fs.bsize;
    } catch {
      freeBytes = undefined; // not every filesystem reports it; not a reason to call the site down
    }
    const probeFile = join(this.root, `${TEMP_PREFIX}probe-${randomUUID()}`);
    try {
      await writeFile(probeFile, 'DuPhong probe');
      await unlink(probeFile);
    } catch (err) {
      await rm(probeFile, { force: true }).catch(() => undefined);
      const mapped = fsError(err, this.description, '');
      return { online: true, writable: false, freeBytes, message: (mapped as Error).message };
    }
    return { online: true, writable: true, freeBytes };
  }

  private pathOf(key: string): string {
    return join(this.root, ...validateKey(key));
  }

  private notFound(key: string): BlobStoreError {
    return new BlobStoreError('NOT_FOUND', key, `Không tìm thấy ${JSON.stringify(key)} trên site ${this.description} (not found)`);
  }

  /** UNAVAILABLE unless the root is an existing folder (a missing root is an unmounted disk, not an empty site). */
  private async ensureRoot(key: string): Promise<void> {
    let isDir: boolean;
    try {
      isDir = (await stat(this.root)).isDirectory();
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR')) {
        throw rootUnavailable(this.description, key, `thư mục gốc ${this.root} không tồn tại (chưa gắn ổ?)`, err);
      }
      throw fsError(err, this.description, key);
    }
    if (!isDir) throw rootUnavailable(this.description, key, `${this.root} không phải là thư mục`);
  }

  /**
   * Opens the temp file, creating its folder only when it is missing (most writes go to a folder
   * that exists: no mkdir and no root check for them); retries if a concurrent delete pruned the
   * folder in between. The root is checked before any mkdir, which would otherwise create it.
   */
  private async openTemp(dir: string, tmp: string, key: string): Promise<FileHandle> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await open(tmp, 'wx');
      } catch (err) {
        if (!isErrno(err, 'ENOENT', 'ENOTDIR') || attempt >= 4) throw err;
      }
      await this.makeDirs(dir, key);
    }
  }

  /**
   * mkdir -p below the root, never the root itself: checking the root and then creating folders
   * recursively would recreate a root that vanished in between (a disk unmounted mid-write) as an
   * empty folder on the parent filesystem, which then passes for a new, empty site.
   */
  private async makeDirs(dir: string, key: string): Promise<void> {
    const below = relative(this.root, dir);
    if (below === '') return this.ensureRoot(key);
    for (let attempt = 1; ; attempt++) {
      let path = this.root;
      try {
        for (const part of below.split(sep)) {
          path = join(path, part);
          await mkdir(path).catch((err: unknown) => {
            if (!isErrno(err, 'EEXIST')) throw err;
          });
        }
        return;
      } catch (err) {
        if (!isErrno(err, 'ENOENT', 'ENOTDIR')) throw err;
        await this.ensureRoot(key); // the root is gone or not a folder: UNAVAILABLE
        if (isErrno(err, 'ENOTDIR') || attempt >= 3) throw err; // a file in the key's path: CONFLICT
        // else a parent was pruned meanwhile: again
      }
    }
  }

  /** rename(2) into a folder created only when missing; a missing source is NOT_FOUND. */
  private async moveInto(from: string, to: string, fromKey: string, toKey: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await rename(from, to);
        return;
      } catch (err) {
        if (!isErrno(err, 'ENOENT', 'ENOTDIR') || attempt >= 3) throw fsError(err, this.description, toKey);
      }
      if (!(await this.head(fromKey))) throw this.notFound(fromKey);
      await this.makeDirs(dirname(to), toKey);
    }
  }

  /** Removes folders left empty by a delete or failed put, up to (not including) the root. */
  private async pruneEmptyDirs(dir: string): Promise<void> {
    while (dir !== this.root && dir.startsWith(this.root + sep)) {
      try {
        await rmdir(dir);
      } catch {
        return; // not empty, already gone or not ours to remove: stop here
      }
      dir = dirname(dir);
    }
  }

  private async *walk(dirKey: string, namePrefix: string): AsyncGenerator<BlobInfo> {
    let entries: Dirent[];
    try {
      entries = await readdir(join(this.root, dirKey), { withFileTypes: true });
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR')) return;
      throw fsError(err, this.description, dirKey);
    }
    // Sorting folders as `name/` makes a depth-first walk come out in full-key order.
    const items = entries
      .filter((e) => (e.isFile() || e.isDirectory()) && !isTempName(e.name) && e.name.startsWith(namePrefix))
      .map((e) => ({ name: e.name, isDir: e.isDirectory(), sortKey: e.isDirectory() ? `${e.name}/` : e.name }))
      .sort((a, b) => compareKeys(a.sortKey, b.sortKey));
    for (const item of items) {
      const key = dirKey + item.name;
      if (item.isDir) {
        yield* this.walk(`${key}/`, '');
        continue;
      }
      try {
        yield { key, size: (await lstat(join(this.root, key))).size };
      } catch (err) {
        if (!isErrno(err, 'ENOENT')) throw fsError(err, this.description, key); // deleted meanwhile: skip
      }
    }
  }

  /** Opens the file on first read, so a stream that is never consumed holds no descriptor. */
  private async *readLazily(file: string, key: string): AsyncGenerator<Uint8Array> {
    let fh: FileHandle;
    try {
      fh = await open(file, 'r');
    } catch (err) {
      throw isErrno(err, 'ENOENT', 'ENOTDIR') ? this.notFound(key) : fsError(err, this.description, key);
    }
    const stream = fh.createReadStream({ highWaterMark: READ_CHUNK }); // closes fh on end or destroy
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (err) {
      throw fsError(err, this.description, key);
    } finally {
      stream.destroy();
    }
  }
}

async function writeAll(fh: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let at = 0; at < chunk.byteLength;) {
    const { bytesWritten } = await fh.write(chunk, at, chunk.byteLength - at);
    at += bytesWritten;
  }
}

/** fsync a folder so a rename survives power loss. Some filesystems refuse it (EINVAL): nothing more to do there. */
async function syncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    if (!isErrno(err, 'EINVAL', 'ENOTSUP', 'EISDIR')) throw err;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
