/** Path rules shared by logical paths (state) and content paths (manifest, fixity). */

export type PathProblem = 'slash' | 'element' | undefined;

/** E053/E100: no leading or trailing `/`; E052/E099: no `.`, `..` or empty elements. */
export function pathProblem(path: string): PathProblem {
  if (path.startsWith('/') || path.endsWith('/')) return 'slash';
  if (path.split('/').some((e) => e === '' || e === '.' || e === '..')) return 'element';
  return undefined;
}

/**
 * Finds paths that are both a file and a directory prefix of another path (E095/E101):
 * `a/b` and `a/b/c` cannot both exist.
 */
export function conflictingPaths(paths: Iterable<string>): string[] {
  const files = new Set(paths);
  const conflicts = new Set<string>();
  for (const path of files) {
    const elements = path.split('/');
    for (let n = 1; n < elements.length; n++) {
      const dir = elements.slice(0, n).join('/');
      if (files.has(dir)) conflicts.add(dir);
    }
  }
  return [...conflicts].sort();
}

/** `v1` → 1, `v002` → 2; undefined for anything that is not a version directory name. */
export function versionNumber(name: string): number | undefined {
  const m = /^v(\d+)$/.exec(name);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}

/** Lists `versions` keys in sequence order where possible (v1, v2, …), for stable reporting. */
export function sortVersionNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => (versionNumber(a) ?? 0) - (versionNumber(b) ?? 0) || a.localeCompare(b));
}
