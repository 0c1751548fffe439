import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import { buildApp } from './app.js';

/*
 * The API's OpenAPI document without a running server: the routes' zod schemas are the source,
 * so the document is read from an app built over a throw-away home. The web UI generates its
 * types from exactly this (packages/web/scripts/gen-api.mjs), so they cannot drift from the routes.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const home = mkdtempSync(join(tmpdir(), 'duphong-openapi-'));
  try {
    await initHome(home, false);
    const ctx = await openContext(home);
    try {
      const app = buildApp(ctx, { webRoot: join(home, 'no-ui') });
      await app.ready();
      const doc = app.swagger() as unknown as Record<string, unknown>;
      await app.close();
      return doc;
    } finally {
      await ctx.close();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
