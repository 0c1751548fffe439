import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { resolveHome } from '../config/config.js';

/** Open the home's context for one command's work and close it whatever happens. */
export async function withContext<T>(home: string | undefined, fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await openContext(resolveHome(home));
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
