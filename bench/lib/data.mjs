// Test data: incompressible pseudo-random bytes (an AES-128-CTR keystream under a random key, so
// every file differs and generation is fast), written under bench/data/ (gitignored).
import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

const CHUNK = 8 * 1024 * 1024;
const ZERO = Buffer.alloc(CHUNK);

function keystream() {
  return createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16));
}

async function writeRandomFile(path, size) {
  const cipher = keystream();
  const fh = await open(path, 'w');
  try {
    for (let done = 0; done < size;) {
      const n = Math.min(CHUNK, size - done);
      const buf = cipher.update(ZERO.subarray(0, n));
      await fh.write(buf, 0, buf.byteLength);
      done += n;
    }
  } finally {
    await fh.close();
  }
}

/**
 * Make `dir` hold `count` random files of `size` bytes, named f00001.bin…; reuse it when a marker
 * says it already holds exactly that. Returns {dir, files, bytes}.
 */
export async function ensureFileSet(dir, count, size) {
  const marker = `${dir}.set.json`; // beside the set, never inside it (it would be ingested)
  const spec = JSON.stringify({ count, size });
  if (!(existsSync(marker) && readFileSync(marker, 'utf8') === spec)) {
    remove(dir, marker);
    mkdirSync(dir, { recursive: true });
    const cipher = keystream();
    for (let i = 1; i <= count; i++) {
      const path = join(dir, `f${String(i).padStart(5, '0')}.bin`);
      if (size <= CHUNK) writeFileSync(path, cipher.update(ZERO.subarray(0, size)));
      else await writeRandomFile(path, size);
    }
    writeFileSync(marker, spec);
  }
  return { dir, files: count, bytes: count * size };
}

export function remove(...paths) {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
}

export function removeSet(dir) {
  remove(dir, `${dir}.set.json`);
}
