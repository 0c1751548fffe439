import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayUnitDate } from '@duphong/core';
import { requestError } from '../../errors.js';
import { buildCodeListBundle } from '../../usecases/codelist-bundle.js';
import { sendCodeListDrift } from '../../usecases/codelist-drift.js';
import { pullCodeLists } from '../../usecases/codelist-pull.js';
import { codeListSyncStatus } from '../../usecases/codelist-status.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { withContext } from '../with-context.js';

const SUBS = ['bundle', 'pull', 'drift', 'status'];

/** `duphong codelist bundle|pull|drift|status`: shared code lists from the centre (decision 0029). */
export async function runCodelist(args: string[], out: Output): Promise<number> {
  const [sub = 'status', ...rest] = args;
  if (!SUBS.includes(sub))
    throw requestError(
      'DP-USAGE',
      `Lệnh con không có: "${sub}" (${SUBS.join(', ')}).`,
      `Unknown sub-command "${sub}" (${SUBS.join(', ')}).`,
    );
  const { values } = parse(rest, { out: { type: 'string' }, from: { type: 'string' } });
  return withContext(values.home, async (ctx) => {
    if (sub === 'bundle') {
      const bundle = await buildCodeListBundle(ctx);
      const text = JSON.stringify(bundle);
      if (values.out !== undefined) writeFileSync(resolve(values.out), text);
      const summary = {
        sequence: bundle.payload.sequence,
        lists: bundle.payload.lists.length,
        signedBy: bundle.signature.signer,
        keyId: bundle.signature.keyId,
      };
      if (values.out !== undefined) {
        out.result({ ...summary, file: resolve(values.out) });
        out.say(
          `Đã ghi gói danh mục số ${summary.sequence} (${summary.lists} danh mục, ký bởi ${summary.signedBy}) vào ${values.out}`,
          `Wrote code-list bundle ${summary.sequence} (${summary.lists} lists, signed by ${summary.signedBy}) to ${values.out}`,
        );
      } else {
        out.result(bundle);
        out.say(text, text);
      }
      return 0;
    }
    if (sub === 'pull') {
      let bundle: unknown;
      if (values.from !== undefined) {
        try {
          bundle = JSON.parse(readFileSync(resolve(values.from), 'utf8')) as unknown;
        } catch (error) {
          throw requestError(
            'DP-CODELIST-BUNDLE-FILE',
            `Không đọc được gói danh mục ${values.from}: ${(error as Error).message}`,
            `Cannot read bundle ${values.from}: ${(error as Error).message}`,
          );
        }
      }
      const r = await pullCodeLists(ctx, bundle === undefined ? {} : { bundle });
      out.result(r);
      const lines = r.applied.map((a) => `  ${a.listId} v${a.version}`).join('\n');
      out.say(
        r.outcome === 'unchanged'
          ? `Danh mục đã khớp gói số ${r.sequence} của ${r.upstream}; không có gì mới.`
          : `Đã áp dụng gói số ${r.sequence} của ${r.upstream}: ${r.applied.length} phiên bản mới.${lines ? `\n${lines}` : ''}`,
        r.outcome === 'unchanged'
          ? `Lists already match bundle ${r.sequence} of ${r.upstream}; nothing new.`
          : `Applied bundle ${r.sequence} of ${r.upstream}: ${r.applied.length} new versions.${lines ? `\n${lines}` : ''}`,
      );
      if (!r.drift.sent)
        out.say(`Chưa gửi được báo cáo lệch lên cấp trên: ${r.drift.error ?? ''}`, `Drift report not sent: ${r.drift.error ?? ''}`);
      return 0;
    }
    if (sub === 'drift') {
      const r = await sendCodeListDrift(ctx);
      out.result(r);
      out.say(
        r.inSync
          ? 'Đã gửi báo cáo: danh mục ở đây khớp trung ương.'
          : `Đã gửi báo cáo: lệch so với trung ương.\n${r.findings.map((f) => `  ${f.code} ${f.message}`).join('\n')}`,
        r.inSync
          ? 'Report sent: lists here match the centre.'
          : `Report sent: differs from the centre.\n${r.findings.map((f) => `  ${f.code} ${f.message}`).join('\n')}`,
      );
      return r.inSync ? 0 : 3;
    }
    const s = await codeListSyncStatus(ctx);
    out.result(s);
    const day = (iso: string): string => `${displayUnitDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
    const pulls = s.pulls.map((p) => [
      day(p.at),
      p.outcome,
      p.sequence === null ? '—' : String(p.sequence),
      String(p.applied),
      p.code ?? '',
    ]);
    const up = s.upstream
      ? `${s.upstream.name} (${s.upstream.id}, ${s.upstream.url}), mỗi ${s.everyMinutes} phút`
      : 'không có (hệ thống này là trung ương hoặc độc lập)';
    const upEn = s.upstream
      ? `${s.upstream.name} (${s.upstream.id}, ${s.upstream.url}), every ${s.everyMinutes} min`
      : 'none (this instance is the centre or stands alone)';
    out.say(
      `Hệ thống cấp trên: ${up}\nGói đã áp dụng: ${s.lastSequence ?? '—'}\nDanh mục dùng chung (khoá sửa): ${s.shared.map((o) => o.listId).join(', ') || '—'}\n${table([['Lúc', 'Kết quả', 'Gói số', 'Phiên bản mới', 'Mã'], ...pulls])}`,
      `Upstream: ${upEn}\nBundle applied: ${s.lastSequence ?? '—'}\nShared lists (locked): ${s.shared.map((o) => o.listId).join(', ') || '—'}\n${table([['At', 'Outcome', 'Bundle', 'New versions', 'Code'], ...pulls])}`,
    );
    return 0;
  });
}
