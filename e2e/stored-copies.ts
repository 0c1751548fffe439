import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every stored copy of the file `name` under `dir` (a home's sites): OCFL content paths only. */
export function storedCopies(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...storedCopies(path, name));
    else if (entry === name && /\/v\d+\/content\//.test(path)) found.push(path);
  }
  return found;
}
