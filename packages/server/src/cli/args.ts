import { parseArgs, type ParseArgsConfig } from 'node:util';
import { requestError } from '../errors.js';
import { closest, didYouMean } from './help.js';

export const COMMON_OPTIONS = {
  home: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'vi' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

type Values<O> = { [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : string | undefined };
type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with the user's language: node's own messages ("Unknown option '--x'. To specify a
 * positional argument…") are English and never reach the user. Unknown flags get the nearest
 * option of this command ("did you mean"); exit 2.
 */
export function parse<O extends Options>(
  args: string[],
  options: O,
): { values: Values<O> & { home: string | undefined; json: boolean; lang: string }; positionals: string[] } {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    const parsed = parseArgs({ args, options: all, allowPositionals: true, strict: true });
    return parsed as unknown as { values: Values<O> & { home: string | undefined; json: boolean; lang: string }; positionals: string[] };
  } catch (error) {
    throw usageError(error as Error & { code?: string }, all);
  }
}

function usageError(error: Error & { code?: string }, options: Options) {
  const flag = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  const spec = options[name];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && spec?.type === 'string')
    return requestError(
      'DP-USAGE',
      `Tùy chọn --${name} cần một giá trị (ví dụ --${name} GIÁ-TRỊ).`,
      `Option --${name} needs a value (--${name} VALUE).`,
    );
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && spec?.type === 'boolean')
    return requestError('DP-USAGE', `Tùy chọn --${name} không nhận giá trị.`, `Option --${name} takes no value.`);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const hint = closest(name, Object.keys(options));
    return requestError(
      'DP-USAGE',
      `Tùy chọn không tồn tại: ${flag}.${didYouMean(hint && `--${hint}`, 'vi')} Xem "--help" của lệnh này.`,
      `Unknown option ${flag}.${didYouMean(hint && `--${hint}`, 'en')} See this command's --help.`,
    );
  }
  return requestError('DP-USAGE', `Tham số không hợp lệ: ${flag || args0(error)}.`, `Invalid arguments: ${error.message}`);
}

// The one argument node's message names, without its English words.
const args0 = (error: Error): string => /'([^']+)'/.exec(error.message)?.[1] ?? '?';
