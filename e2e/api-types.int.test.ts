import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The web UI's API types are generated from the OpenAPI document; this fails when a route changed
// and packages/web/src/api/schema.d.ts was not regenerated (types that cannot drift).
const script = fileURLToPath(new URL('../packages/web/scripts/gen-api.mjs', import.meta.url));

describe('generated API types of the web UI', () => {
  it('match the OpenAPI document of the built server', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('khớp');
    expect(run.status).toBe(0);
  });
});
