import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { upgradeObject } from '../../usecases/aip-upgrade.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

/** `duphong aip upgrade CODE… | --all`: first-layout backup objects → TT05 AIP_hoso, by a new version. */
export async function runAip(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'upgrade')
    throw requestError('DP-USAGE', 'Dùng: duphong aip upgrade CODE… | --all', 'Usage: duphong aip upgrade CODE… | --all');
  const { values, positionals } = parse(rest, { all: { type: 'boolean', default: false } });
  if (!values.all && positionals.length === 0) throw requestError('DP-USAGE', 'Cho biết mã hồ sơ hoặc --all', 'Give file codes or --all');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const codes = values.all ? await allFileCodes(ctx) : positionals.map((c) => c.normalize('NFC'));
    const results: Array<{ fileCode: string; object: string; upgraded: boolean; version: number }> = [];
    for (const [i, code] of codes.entries()) {
      const r = await upgradeObject(ctx, code);
      results.push({ fileCode: code, object: r.object, upgraded: r.upgraded, version: r.version });
      out.progress(
        `  ${i + 1}/${codes.length} ${code}: ${r.upgraded ? `đã chuyển sang AIP_hoso (v${r.version})` : 'đã là AIP_hoso'}`,
        `  ${i + 1}/${codes.length} ${code}: ${r.upgraded ? `upgraded to AIP_hoso (v${r.version})` : 'already an AIP_hoso'}`,
      );
    }
    const upgraded = results.filter((r) => r.upgraded).length;
    out.result({ checked: results.length, upgraded, objects: results });
    out.say(
      `Đã kiểm ${results.length} hồ sơ, chuyển ${upgraded} hồ sơ sang bố cục gói AIP_hoso (TT05).`,
      `Checked ${results.length} files, upgraded ${upgraded} to the TT05 AIP_hoso layout.`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}

async function allFileCodes(ctx: Awaited<ReturnType<typeof openContext>>): Promise<string[]> {
  const codes: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ctx.catalogue.listObjects({ limit: 500, offset });
    codes.push(...page.filter((o) => o.head > 0).map((o) => o.fileCode));
    if (page.length < 500) return codes;
  }
}
