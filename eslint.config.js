import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'bench/data/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        crypto: 'readonly',
        fetch: 'readonly',
        document: 'readonly',
        window: 'readonly',
        localStorage: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // The core is pure: no Node modules, no I/O libraries (DESIGN.md).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'better-sqlite3', 'pg', 'kysely', '@aws-sdk/*', 'fastify'],
              message: 'packages/core stays pure: no I/O or Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // exceljs 4.4.0 corrupts UTF-8 split between zip chunks; adapters/exceljs.ts loads it with the fix.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/adapters/exceljs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'exceljs', message: 'Import ExcelJS from packages/server/src/adapters/exceljs.ts (UTF-8 fix).' }] },
      ],
    },
  },
  {
    // Use cases, the storage layer and the AIP code depend on ports, never on the composition root
    // (app/), the entry points (cli/, http/) or each other sideways (storage/ and aip/ never import use cases).
    files: ['packages/server/src/usecases/**/*.ts', 'packages/server/src/storage/**/*.ts', 'packages/server/src/aip/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'exceljs', message: 'Import ExcelJS from packages/server/src/adapters/exceljs.ts (UTF-8 fix).' }],
          patterns: [
            {
              group: ['**/app/*', '**/cli/*', '**/http/*'],
              message: 'Use cases depend on ports (packages/server/src/ports/), not on app/, cli/ or http/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/storage/**/*.ts', 'packages/server/src/aip/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'exceljs', message: 'Import ExcelJS from packages/server/src/adapters/exceljs.ts (UTF-8 fix).' }],
          patterns: [
            {
              group: ['**/app/*', '**/cli/*', '**/http/*', '**/usecases/*'],
              message: 'storage/ and aip/ are layers under the use cases: they never import one.',
            },
          ],
        },
      ],
    },
  },
);
