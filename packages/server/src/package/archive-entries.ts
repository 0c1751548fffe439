import { packageFinding, type PackageFinding } from '@duphong/core';

/** Entry rules shared by every package container: names, duplicates, counts, sizes. */
export type PackageFormat = 'dir' | 'zip' | 'tar' | 'tar.gz' | 'unknown';

export interface ArchiveLimits {
  /** Total uncompressed bytes of all entries (default 64 GiB). */
  maxTotalBytes: number;
  /** Number of entries (default 200 000). */
  maxEntries: number;
  /** Uncompressed/compressed ratio of one entry or of the whole archive (default 200). */
  maxRatio: number;
  /** The ratio is only judged above this many uncompressed bytes (default 1 MiB). */
  ratioFloorBytes: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 200_000,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface SourceEntry {
  /** Path as stored (decoded), `/`-separated, no trailing slash. */
  path: string;
  type: 'file' | 'dir';
  size: number;
}

export interface PackageSource {
  format: PackageFormat;
  /** File or folder name, for messages. */
  name: string;
  entries: SourceEntry[];
  /** Stream each wanted file (by entry path) to `visit`, one at a time; unwanted entries are skipped. */
  read(wanted: ReadonlySet<string>, visit: (path: string, stream: AsyncIterable<Buffer>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface OpenResult {
  source?: PackageSource;
  format: PackageFormat;
  findings: PackageFinding[];
}

export const err = (code: string, message: string, path?: string) => packageFinding(code, 'error', message, path);

/**
 * An entry whose bytes cannot be read as its headers declare them (a size the headers under- or
 * over-state, a broken compressed stream): thrown by a source's `read`, reported as a finding.
 */
export class ArchiveEntryError extends Error {
  constructor(readonly finding: PackageFinding) {
    super(finding.message);
    this.name = 'ArchiveEntryError';
  }
}

/**
 * The name rules for an archive entry: returns the normalised path, or a finding. `rawDir` says
 * the entry was written as a directory (trailing slash).
 */
export function checkEntryName(name: string): { path: string } | { finding: PackageFinding } {
  const shown = JSON.stringify(name);
  if (name.includes('\0')) return { finding: err('DP-PKG-PATH-NUL', `Tên mục chứa ký tự NUL: ${shown}`, name) };
  if (name.includes('\\')) return { finding: err('DP-PKG-PATH-BACKSLASH', `Tên mục chứa dấu gạch chéo ngược "\\": ${shown}`, name) };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    return { finding: err('DP-PKG-PATH-ABSOLUTE', `Tên mục là đường dẫn tuyệt đối: ${shown}`, name) };
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f\u007f]/.test(name)) return { finding: err('DP-PKG-PATH-CONTROL', `Tên mục chứa ký tự điều khiển: ${shown}`, name) };
  let n = name;
  while (n.startsWith('./')) n = n.slice(2);
  n = n.replace(/\/+$/, '');
  const segments = n.split('/');
  if (segments.includes('..')) return { finding: err('DP-PKG-PATH-TRAVERSAL', `Tên mục có ".." (zip-slip): ${shown}`, name) };
  if (n !== '' && segments.some((s) => s === '' || s === '.'))
    return { finding: err('DP-PKG-PATH-INVALID', `Tên mục có đoạn rỗng hoặc ".": ${shown}`, name) };
  return { path: n };
}

/** Collects entries and applies the duplicate / count / size rules shared by every format. */
export class EntryCollector {
  readonly entries: SourceEntry[] = [];
  readonly findings: PackageFinding[] = [];
  private readonly seen = new Map<string, SourceEntry>();
  private total = 0;
  stopped = false;

  constructor(private readonly limits: ArchiveLimits) {}

  add(rawName: string, type: 'file' | 'dir', size: number): string | undefined {
    const checked = checkEntryName(rawName);
    if ('finding' in checked) {
      this.findings.push(checked.finding);
      return undefined;
    }
    const path = checked.path;
    if (path === '') return undefined; // "./" itself
    const key = path.normalize('NFC');
    const previous = this.seen.get(key);
    if (previous) {
      if (previous.type === 'dir' && type === 'dir') return undefined; // repeated directory entry: harmless
      this.findings.push(
        err(
          'DP-PKG-DUPLICATE',
          previous.path === path
            ? `Mục trùng tên: ${JSON.stringify(path)}`
            : `Hai mục trùng tên sau chuẩn hoá Unicode NFC: ${JSON.stringify(previous.path)} và ${JSON.stringify(path)}`,
          path,
        ),
      );
      return undefined;
    }
    const entry = { path, type, size };
    this.seen.set(key, entry);
    this.entries.push(entry);
    if (this.entries.length > this.limits.maxEntries) {
      this.findings.push(err('DP-PKG-BOMB-COUNT', `Quá nhiều mục trong tệp nén (giới hạn ${this.limits.maxEntries})`, path));
      this.stopped = true;
    }
    this.total += size;
    if (this.total > this.limits.maxTotalBytes) {
      this.findings.push(err('DP-PKG-BOMB-SIZE', `Tổng dung lượng giải nén vượt giới hạn ${this.limits.maxTotalBytes} byte`, path));
      this.stopped = true;
    }
    return path;
  }

  /** A file and a folder with the same name (e.g. `a` and `a/b`). */
  checkConflicts(): void {
    const files = new Set(this.entries.filter((e) => e.type === 'file').map((e) => e.path.normalize('NFC')));
    for (const e of this.entries) {
      const parts = e.path.normalize('NFC').split('/');
      for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        if (files.has(prefix)) {
          this.findings.push(err('DP-PKG-DUPLICATE', `Tên vừa là tệp vừa là thư mục: ${JSON.stringify(prefix)}`, prefix));
          files.delete(prefix);
        }
      }
    }
  }
}

export function finish(collector: EntryCollector, format: PackageFormat, source: () => PackageSource, close?: () => void): OpenResult {
  if (!collector.stopped) collector.checkConflicts();
  if (collector.findings.some((f) => f.severity === 'error')) {
    close?.();
    return { format, findings: collector.findings };
  }
  return { format, findings: collector.findings, source: source() };
}
