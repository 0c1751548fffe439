import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './prng.js';
import type { Ledger } from './ledger.js';
import { sha256 } from './ledger.js';
import { forgeInventory, forgeVersion } from './forge.js';
import { layoutDirs, listFiles, readInventory } from './site-view.js';

export const SITES = ['bac', 'trung', 'nam'] as const;
export type FaultKind = 'flip' | 'truncate' | 'delete' | 'add' | 'forge-inventory' | 'forge-version' | 'forge-version-2' | 'empty-site';
export const FAULT_KINDS: readonly FaultKind[] = [
  'flip',
  'truncate',
  'delete',
  'add',
  'forge-inventory',
  'forge-version',
  'forge-version-2',
  'empty-site',
];

/** Bytes an attacker wrote: marked, unique, and remembered by the ledger so they can be recognised. */
function forgedBytes(r: Rng, ledger: Ledger, label: string): Buffer {
  const bytes = Buffer.concat([Buffer.from(`GIẢ MẠO ${label} `), r.bytes(16 + r.int(200))]);
  ledger.forged.add(sha256(bytes));
  return bytes;
}

/**
 * Apply one fault to the sites of `home`. `sites` are the sites this round may damage (the plan
 * leaves at least one site untouched per round, so a genuine copy always survives somewhere).
 * Objects under an open incident (`spare`: their folders) are left alone, as an archivist would
 * hold them for inspection: so their last genuine copy is never the campaign's doing.
 * Returns what was done (for the trace), or undefined when there was nothing to damage.
 */
export function injectFault(
  home: string,
  kind: FaultKind,
  sites: readonly string[],
  r: Rng,
  ledger: Ledger,
  spare: ReadonlySet<string> = new Set(),
): string | undefined {
  const siteRoot = (s: string) => join(home, 'sites', s);
  const ocfl = (s: string) => join(siteRoot(s), 'ocfl');
  const site = r.pick(sites);
  if (kind === 'empty-site') {
    if (!existsSync(siteRoot(site))) return undefined;
    const kept = layoutDirs(ocfl(site)).filter((d) => spare.has(d));
    // delete everything except the folders of objects under incident (and the folders leading to them)
    const clear = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (kept.includes(p)) continue;
        if (kept.some((k) => k.startsWith(`${p}/`))) clear(p);
        else rmSync(p, { recursive: true, force: true, maxRetries: 5 });
      }
    };
    clear(siteRoot(site));
    return `empty-site ${site}${kept.length > 0 ? ` (kept ${kept.length} objects under incident)` : ''}`;
  }
  const objects = layoutDirs(ocfl(site)).filter((d) => !spare.has(d));
  if (objects.length === 0) return undefined;
  const dir = r.pick(objects);
  const short = `${site}:${readInventory(dir)?.id.slice(-8) ?? dir.slice(-8)}`;
  if (kind === 'forge-inventory' || kind === 'forge-version' || kind === 'forge-version-2') {
    const inv = readInventory(dir);
    if (!inv) return undefined;
    if (kind === 'forge-inventory') {
      const path = forgeInventory(dir, inv, forgedBytes(r, ledger, 'tệp'), r.int(1000));
      return path ? `forge-inventory ${short} ${path}` : undefined;
    }
    const forged = forgedBytes(r, ledger, 'phiên bản');
    const extra = forgedBytes(r, ledger, 'phụ lục');
    const key = forgeVersion(dir, inv, forged, extra);
    const done = [`forge-version ${short} ${key}`];
    if (kind === 'forge-version-2') {
      // the same forgery on a second site, when it holds the object
      const other = sites.find((s) => s !== site && existsSync(join(ocfl(s), dir.slice(ocfl(site).length))));
      const otherDir = other ? join(ocfl(other), dir.slice(ocfl(site).length)) : undefined;
      const otherInv = otherDir ? readInventory(otherDir) : undefined;
      if (otherDir && otherInv) {
        forgeVersion(otherDir, otherInv, forged, extra);
        done.push(`+${other}`);
      }
    }
    return done.join(' ');
  }
  const files = listFiles(dir);
  if (kind === 'add') {
    const where = r.pick(['', 'v1/', 'v1/content/', `v1/content/representations/rep1/data/`]);
    writeFileSync(join(dir, `${where}thêm-${r.int(1e6)}.bin`), r.bytes(1 + r.int(64)));
    return `add ${short} ${where}`;
  }
  if (files.length === 0) return undefined;
  const content = files.filter((f) => f.includes('/content/'));
  const file = content.length > 0 && r.chance(0.7) ? r.pick(content) : r.pick(files);
  const path = join(dir, file);
  if (kind === 'delete') {
    unlinkSync(path);
  } else if (kind === 'truncate') {
    truncateSync(path, Math.floor(statSync(path).size / 2));
  } else {
    const bytes = readFileSync(path);
    if (bytes.length === 0) writeFileSync(path, 'x');
    else {
      const at = r.int(bytes.length);
      bytes[at] = bytes[at]! ^ (1 << r.int(8));
      writeFileSync(path, bytes);
    }
  }
  return `${kind} ${short} ${file}`;
}
