import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { probeSites } from '../../usecases/sites.js';

/** The server package's version; package.json sits two levels above both src/http and dist/http. */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Write intents left unfinished. Counted read-only on purpose: Journal.pending() also deletes
 * half-written `.tmp` entries, which would race with a CLI process writing one at that moment.
 */
function pendingIntents(home: string): number {
  try {
    return readdirSync(join(home, 'journal')).filter((name) => name.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  catalogue: z.enum(['sqlite', 'postgres']),
  sites: z.object({ total: z.number().int(), online: z.number().int() }),
  journalPending: z.number().int().describe('Số thao tác ghi dở dang chờ hoàn tất hoặc hoàn tác'),
});

export const healthRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        config: { action: 'public' },
        schema: {
          tags: ['hệ thống'],
          summary: 'Tình trạng máy chủ',
          description: 'Phiên bản, loại danh mục, số site đang trực tuyến và số thao tác ghi còn dở dang.',
          response: { 200: healthSchema },
        },
      },
      async () => {
        const online = await probeSites(ctx);
        return {
          status: 'ok' as const,
          version: SERVER_VERSION,
          catalogue: ctx.config.catalogue.kind,
          sites: { total: online.size, online: [...online.values()].filter(Boolean).length },
          journalPending: pendingIntents(ctx.home),
        };
      },
    );
  };
