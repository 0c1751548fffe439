import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BagEntry } from '@duphong/core';

/**
 * Every entry under `root`, by lstat: a symlink is reported as one and never followed, so a bag
 * cannot make the validator read (or count) anything outside itself.
 */
export async function walkBagFolder(root: string): Promise<BagEntry[]> {
  const out: BagEntry[] = [];
  const visit = async (rel: string): Promise<void> => {
    const names = (await readdir(rel === '' ? root : join(root, rel))).sort();
    for (const name of names) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = await lstat(join(root, path));
      if (st.isSymbolicLink()) out.push({ path, kind: 'symlink', size: 0 });
      else if (st.isDirectory()) {
        out.push({ path, kind: 'dir', size: 0 });
        await visit(path);
      } else if (st.isFile()) out.push({ path, kind: 'file', size: st.size });
      else out.push({ path, kind: 'other', size: 0 });
    }
  };
  await visit('');
  return out;
}
