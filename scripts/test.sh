#!/usr/bin/env bash
# `npm test`: the whole suite — unit, integration (SQLite, PostgreSQL, fs, S3 via s3rver, crash
# tests, conformance suites) and the browser test — on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
# PostgreSQL contract tests run whenever DUPHONG_TEST_PG_URL is set; use the local server if it answers.
if [ -z "${DUPHONG_TEST_PG_URL:-}" ] && command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  export DUPHONG_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/test"
fi
npm run build --silent
# Static checks first: types of the tests themselves, lint and formatting.
npx tsc -p tsconfig.tests.json
npm run lint --silent
npx vitest run "$@"
