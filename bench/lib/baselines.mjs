// The baselines, each one timed invocation like DuPhong's CLI (process start included).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mustSucceed, runBash, run } from './sys.mjs';

/** (a) shell: `cp` the source folder to three folders, then `openssl dgst -sha256` over the sources. */
export const SHELL_NAME = 'bash: cp ×3 + openssl dgst -sha256';
export async function shellCopyHash(src, dests) {
  const script = `
src=$1; shift
for d in "$@"; do mkdir -p "$d"; cp -r "$src/." "$d/"; done
find "$src" -type f -print0 | xargs -0 openssl dgst -sha256 > /dev/null`;
  return mustSucceed('shell baseline', await runBash(script, [src, ...dests]));
}

/** (b) rclone: `rclone copy SRC DST` to three folders, then `rclone check SRC DST` for each. */
export const RCLONE_NAME = 'rclone copy ×3 + rclone check ×3';
export async function rcloneCopyCheck(src, dests, workDir) {
  const conf = join(workDir, 'rclone.conf');
  writeFileSync(conf, ''); // no remotes needed for local paths; keeps rclone from looking for ~/.config
  const script = `
conf=$1; src=$2; shift 2
for d in "$@"; do rclone --config "$conf" -q copy "$src" "$d"; done
for d in "$@"; do rclone --config "$conf" -q check "$src" "$d"; done`;
  return mustSucceed('rclone baseline', await runBash(script, [conf, src, ...dests]));
}

/** Audit baseline: openssl over every stored content file of every site (all three copies). */
export const OPENSSL_AUDIT_NAME = "find sites -path '*/content/*' | xargs openssl dgst -sha256";
export async function opensslAudit(sitesDir) {
  const script = `find "$1" -type f -path '*/content/*' -print0 | xargs -0 openssl dgst -sha256 > /dev/null`;
  return mustSucceed('openssl audit baseline', await runBash(script, [sitesDir]));
}

/** Start-up floor: an empty Node process. */
export const NODE_EMPTY_NAME = 'node -e 0 (empty Node process)';
export async function nodeEmpty() {
  return mustSucceed('node -e 0', await run(process.execPath, ['-e', '0']));
}

/** Export floor: `zip -0` (store, CRC-32 only) of one copy's content folder into one archive. */
export const ZIP_STORE_NAME = 'zip -0 -r of the object content (no verification)';
export async function zipStore(contentDir, outZip) {
  const script = `cd "$1" && zip -0 -q -r "$2" .`;
  return mustSucceed('zip baseline', await runBash(script, [contentDir, outZip]));
}
