// Test-only `--import` hook (via NODE_OPTIONS): prints "DUPHONG-MODULE <url>" on stderr for every
// module the process resolves, so a test can assert which packages a command loads (never how fast).
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  writeSync(2, 'DUPHONG-MODULE ' + result.url + '\\n');
  return result;
}`)}`,
);
