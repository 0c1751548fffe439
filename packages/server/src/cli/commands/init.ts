import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInitialised, openContext, writeConfigFile } from '../../app/context.js';
import { ensureStorageRoot } from '../../storage/site-ocfl.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';
import { resolveHome } from '../../config/config.js';

export const DEFAULT_SITES = [
  { name: 'bac', kind: 'fs', region: 'bac', medium: 'disk', path: 'sites/bac' },
  { name: 'trung', kind: 'fs', region: 'trung', medium: 'disk', path: 'sites/trung' },
  { name: 'nam', kind: 'fs', region: 'nam', medium: 'disk', path: 'sites/nam' },
] as const;

/** Create the home (idempotent): config, embedded catalogue, three local sites unless --no-sites. */
export async function initHome(home: string, withSites: boolean): Promise<{ created: boolean }> {
  if (isInitialised(home)) return { created: false };
  mkdirSync(home, { recursive: true });
  const sites = withSites ? DEFAULT_SITES.map((s) => ({ ...s })) : [];
  for (const s of sites) mkdirSync(join(home, s.path), { recursive: true });
  writeConfigFile(home, { catalogue: { kind: 'sqlite', file: 'catalogue.sqlite' }, sites });
  const ctx = await openContext(home);
  try {
    for (const site of ctx.sites.values()) await ensureStorageRoot(site, ctx.hasher, ctx.clock);
  } finally {
    await ctx.close();
  }
  return { created: true };
}

export async function runInit(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, { 'no-sites': { type: 'boolean', default: false } });
  const home = resolveHome(values.home);
  const { created } = await initHome(home, !values['no-sites']);
  out.result({ home, created, sites: created && !values['no-sites'] ? DEFAULT_SITES.map((s) => s.name) : [] });
  if (!created) {
    out.say(
      `Thư mục dữ liệu ${home} đã được khởi tạo từ trước; không thay đổi gì.`,
      `Home ${home} was already initialised; nothing changed.`,
    );
    return 0;
  }
  out.say(`Đã khởi tạo DuPhong tại ${home}.`, `DuPhong initialised at ${home}.`);
  if (!values['no-sites']) {
    out.say(
      'Ba site cục bộ: bac (Bắc), trung (Trung), nam (Nam) trong sites/. Lưu ý: cả ba cùng nằm trên máy này — chỉ để dùng thử;\n' +
        'khi vận hành thật hãy thêm site ở nơi khác và trên phương tiện khác (duphong site add …).',
      'Three local sites: bac, trung, nam under sites/. They share this machine — for trying out only;\n' +
        'in production add sites elsewhere and on other media (duphong site add …).',
    );
  }
  return 0;
}
