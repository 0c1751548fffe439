// The test scan generator (packages/server/src/testing/scan-generator.ts) for scripts outside the
// test runner: test helpers are not part of the server's build, so it is bundled here with esbuild
// into bench/.cache (inside the repository, so `sharp` resolves from node_modules).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export async function loadScanGenerator() {
  const outfile = `${REPO}bench/.cache/scan-generator.mjs`;
  await build({
    entryPoints: [`${REPO}packages/server/src/testing/scan-generator.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['sharp'],
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
