import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Content } from './ledger.js';

/** Where a source file lands inside a version (the AIP's first representation). */
export const DATA_PREFIX = 'representations/rep1/data/';

export interface Inventory {
  id: string;
  digestAlgorithm: string;
  head: string;
  manifest: Record<string, string[]>;
  versions: Record<string, { state: Record<string, string[]>; created?: string; message?: string }>;
}

/** The object's folder under a site's OCFL root: extension 0004 (sha256, 3 tuples of 3), computed here independently. */
export function objectDir(ocflRoot: string, objectId: string): string {
  const h = createHash('sha256').update(objectId).digest('hex');
  return join(ocflRoot, h.slice(0, 3), h.slice(3, 6), h.slice(6, 9), h);
}

export function readInventory(dir: string): Inventory | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'inventory.json'), 'utf8')) as Inventory;
  } catch {
    return undefined;
  }
}

export const versionNumber = (v: string) => Number(v.replace(/^v0*/, ''));

/**
 * The data files of version `v` as they are on disk: logical path → sha256 of the bytes actually
 * stored (following the manifest), or 'missing'. Reads the bytes: the inventory alone can lie.
 */
export function versionContent(dir: string, inv: Inventory, v: number): Content | undefined {
  const key = Object.keys(inv.versions).find((k) => versionNumber(k) === v);
  if (!key) return undefined;
  const content: Content = {};
  for (const [digest, paths] of Object.entries(inv.versions[key]!.state)) {
    for (const logical of paths) {
      if (!logical.startsWith(DATA_PREFIX)) continue;
      const stored = (inv.manifest[digest] ?? []).map((p) => join(dir, p)).find((p) => existsSync(p));
      content[logical.slice(DATA_PREFIX.length)] = stored ? createHash('sha256').update(readFileSync(stored)).digest('hex') : 'missing';
    }
  }
  return content;
}

/** Every file under a folder, relative paths. */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** Object folders on a site (every folder holding an object declaration). */
export function objectDirs(ocflRoot: string): string[] {
  return listFiles(ocflRoot)
    .filter((f) => /(^|\/)0=ocfl_object_1\.[01]$/.test(f))
    .map((f) => join(ocflRoot, f.replace(/\/?0=ocfl_object_1\.[01]$/, '')));
}

/** Object folders that exist by layout (a hashed path), even when the declaration was deleted. */
export function layoutDirs(ocflRoot: string): string[] {
  const out: string[] = [];
  const level = (d: string, depth: number) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (depth === 3) {
        if (/^[0-9a-f]{64}$/.test(e.name)) out.push(join(d, e.name));
      } else if (/^[0-9a-f]{3}$/.test(e.name)) level(join(d, e.name), depth + 1);
    }
  };
  level(ocflRoot, 0);
  return out.sort();
}

export const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
