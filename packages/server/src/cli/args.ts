import { parseArgs, type ParseArgsConfig } from 'node:util';
import { requestError } from '../errors.js';

export const COMMON_OPTIONS = {
  home: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'vi' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs with Vietnamese messages for unknown flags and missing values (exit 2). */
type Values<O> = { [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : string | undefined };

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
): { values: Values<O> & { home: string | undefined; json: boolean; lang: string }; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return parsed as unknown as { values: Values<O> & { home: string | undefined; json: boolean; lang: string }; positionals: string[] };
  } catch (error) {
    const message = (error as Error).message;
    throw requestError('DP-USAGE', `Tham số không hợp lệ: ${message}`, `Invalid arguments: ${message}`);
  }
}
