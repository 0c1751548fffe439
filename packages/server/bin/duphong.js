#!/usr/bin/env node
// The `duphong` command. The TypeScript is compiled by `npm install` (root `prepare` → `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'DuPhong chưa được biên dịch: hãy chạy `npm install` hoặc `npm run build` ở thư mục gốc.\n' +
      'DuPhong is not built yet: run `npm install` or `npm run build` at the repository root.\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
