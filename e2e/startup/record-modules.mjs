// Loader hooks for e2e/startup.int.test.ts: append every module URL the program loads to the file
// named by DUPHONG_MODULE_LOG (one per line). Registered with `--import ./register-modules.mjs`.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (process.env.DUPHONG_MODULE_LOG) appendFileSync(process.env.DUPHONG_MODULE_LOG, `${url}\n`);
  return next(url, context);
}
