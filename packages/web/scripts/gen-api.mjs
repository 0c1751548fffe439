import { readFileSync, writeFileSync } from 'node:fs';
import { apiTypesText, SCHEMA_FILE } from './api-types.mjs';

// `--check`: exit 1 when src/api/schema.d.ts differs from what the built server describes.
const text = await apiTypesText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('Kiểu API của giao diện đã cũ: chạy `npm run gen:api -w @duphong/web` sau khi đổi các route.');
    process.exit(1);
  }
  console.log('Kiểu API của giao diện khớp với tài liệu OpenAPI.');
} else {
  writeFileSync(SCHEMA_FILE, text);
  console.log(`Đã sinh kiểu API: ${SCHEMA_FILE.pathname}`);
}
