import type { Finding } from '../findings.js';
import { BAG_CODES as C, bagError } from './codes.js';
import { caseKey, nfcKey } from './paths.js';

export type BagEntryKind = 'file' | 'dir' | 'symlink' | 'other';

/** One thing found under the bag root by a walk that never follows symlinks. */
export interface BagEntry {
  /** Relative to the bag root, `/`-separated, as the file system spells it. */
  path: string;
  kind: BagEntryKind;
  size: number;
}

/**
 * What is on disk, indexed for the three ways a listed path can name a file: exactly, after NFC
 * (the same name in another Unicode normalisation), and ignoring case (as Windows and macOS do).
 */
export class DiskIndex {
  readonly files: BagEntry[] = [];
  readonly findings: Finding[] = [];
  private readonly exact = new Map<string, BagEntry>();
  private readonly byNfc = new Map<string, BagEntry>();
  private readonly byCase = new Map<string, BagEntry[]>();
  readonly dirs = new Set<string>();

  constructor(entries: readonly BagEntry[]) {
    const nfcGroups = new Map<string, string[]>();
    for (const e of entries) {
      if (e.kind === 'symlink')
        this.findings.push(
          bagError(C.symlink, 'Liên kết tượng trưng trong túi (không được đi theo)', 'symbolic link in the bag (never followed)', e.path),
        );
      else if (e.kind === 'other')
        this.findings.push(
          bagError(
            C.specialFile,
            'Tệp đặc biệt (FIFO, socket, thiết bị) trong túi',
            'special file (FIFO, socket, device) in the bag',
            e.path,
          ),
        );
      const key = nfcKey(e.path);
      nfcGroups.set(key, [...(nfcGroups.get(key) ?? []), e.path]);
      if (e.kind === 'dir') this.dirs.add(e.path);
      if (e.kind !== 'file') continue;
      this.files.push(e);
      this.exact.set(e.path, e);
      this.byNfc.set(key, e);
      const ck = caseKey(e.path);
      this.byCase.set(ck, [...(this.byCase.get(ck) ?? []), e]);
    }
    for (const [key, paths] of nfcGroups) {
      if (paths.length < 2) continue;
      this.byNfc.delete(key); // ambiguous: neither name may stand in for the other
      this.findings.push(
        bagError(
          C.nameCollision,
          `Các tên chỉ khác nhau về chuẩn hoá Unicode (trùng sau NFC): ${paths.map((p) => JSON.stringify(p)).join(', ')}`,
          `names that differ only in Unicode normalisation (collide after NFC): ${paths.map((p) => JSON.stringify(p)).join(', ')}`,
          paths[0],
        ),
      );
    }
  }

  get payloadFiles(): BagEntry[] {
    return this.files.filter((f) => f.path.startsWith('data/'));
  }

  /**
   * The file a listed path names. `listedNfc` holds every path of the same manifest (NFC), so a
   * case variant only stands for a file the manifest also lists under its own name.
   */
  resolve(path: string, listedNfc?: ReadonlySet<string>): { file: BagEntry; via: 'exact' | 'nfc' | 'case' } | undefined {
    const exact = this.exact.get(path);
    if (exact) return { file: exact, via: 'exact' };
    const nfc = this.byNfc.get(nfcKey(path));
    if (nfc) return { file: nfc, via: 'nfc' };
    const candidates = this.byCase.get(caseKey(path)) ?? [];
    if (listedNfc && candidates.length === 1 && listedNfc.has(nfcKey(candidates[0]!.path))) return { file: candidates[0]!, via: 'case' };
    return undefined;
  }
}
