import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Real filesystems for fault tests (disk full, read-only). Needs root (CI runs as root).
 * A test that cannot mount must fail loudly, never skip: the fault paths are what we test.
 */
async function mountCommand(args: string[], what: string): Promise<void> {
  try {
    await run('mount', args);
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new Error(
      `Không thực hiện được "${what}" (cần chạy với quyền root, được phép mount tmpfs): ${detail}` +
        ` (cannot ${what}: tests need root and permission to mount tmpfs)`,
    );
  }
}

export async function mountTmpfs(dir: string, sizeBytes: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await mountCommand(['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir], `mount tmpfs ${dir}`);
}

export async function remountReadOnly(dir: string): Promise<void> {
  await mountCommand(['-o', 'remount,ro', dir], `remount read-only ${dir}`);
}

/** Lazy unmount, so a stray open descriptor cannot leave the mount behind. */
export async function unmount(dir: string): Promise<void> {
  await run('umount', ['-l', dir]).catch(() => undefined);
}
