import { resolve } from 'node:path';
import { displayUnitDate, formatBytes, type FondsKind, type HandoverItemState } from '@duphong/core';
import { requestError } from '../../errors.js';
import { peerById } from '../../config/national-config.js';
import { httpHandoverPeer } from '../../adapters/handover-http.js';
import { createHandoverOnDisk, HANDOVER_PARALLEL, sendHandover, type HandoverScope } from '../../usecases/handover-send.js';
import { importHandoverReceipt, receiveHandoverFromDisk } from '../../usecases/handover-disk.js';
import { listHandovers, showHandover } from '../../usecases/handover-status.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { withContext } from '../with-context.js';

/*
 * `duphong handover send|create|receive|receipt|list|show` (decision 0028, docs/handover.md).
 * The rules are in the use cases; this parses, wires the HTTP peer and renders.
 */

const SUBCOMMANDS = ['send', 'create', 'receive', 'receipt', 'list', 'show'];
const SCOPE_FLAGS = { fonds: { type: 'string' }, work: { type: 'string' }, collection: { type: 'string' } } as const;

function scopeOf(values: { fonds?: string | undefined; work?: string | undefined; collection?: string | undefined }): HandoverScope {
  const given = (['fonds', 'work', 'collection'] as FondsKind[]).filter((k) => values[k] !== undefined);
  if (given.length !== 1)
    throw requestError(
      'DP-USAGE',
      'Cần đúng một trong --fonds MÃ, --work MÃ, --collection MÃ.',
      'Give exactly one of --fonds CODE, --work CODE, --collection CODE.',
    );
  const kind = given[0]!;
  return { kind, code: values[kind]!.normalize('NFC') };
}

const STATUS_VI = { open: 'đang mở', complete: 'hoàn tất', incomplete: 'chưa đủ' } as const;

const ITEM_STATE_VI: Record<HandoverItemState, string> = { pending: 'chờ gửi', sent: 'đã gửi', accepted: 'đã nhận', refused: 'bị từ chối' };
/** Counts as a Vietnamese reader writes them (17.237). */
const n = (value: number): string => value.toLocaleString('vi-VN');

export async function runHandover(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || !SUBCOMMANDS.includes(sub))
    throw requestError(
      'DP-USAGE',
      `Lệnh con không có: "${sub ?? ''}" (${SUBCOMMANDS.join(', ')}).`,
      `Unknown sub-command "${sub ?? ''}" (${SUBCOMMANDS.join(', ')}).`,
    );
  const { values, positionals } = parse(rest, {
    ...SCOPE_FLAGS,
    to: { type: 'string' },
    token: { type: 'string' },
    out: { type: 'string' },
    parallel: { type: 'string' },
  });
  return withContext(values.home, async (ctx) => {
    const progress = (phase: string, done: number, total: number) => {
      if (done === total || done % 50 === 0)
        out.progress(
          `  ${phase === 'bag' ? 'đóng túi' : phase === 'send' ? 'đã gửi' : 'đã nhận'} ${done}/${total}`,
          `  ${phase === 'bag' ? 'bagged' : phase === 'send' ? 'sent' : 'received'} ${done}/${total}`,
        );
    };
    if (sub === 'send') {
      if (!values.to)
        throw requestError('DP-USAGE', 'Thiếu --to URL (hoặc mã hệ thống trong national.peers).', 'Missing --to URL (or a peer id).');
      // --to may name a configured peer: its URL and token then come from config.
      const peer = peerById(ctx.config.national, values.to);
      const url = peer?.url ?? values.to;
      const token = values.token ?? peer?.token ?? process.env.DUPHONG_HANDOVER_TOKEN;
      if (!token)
        throw requestError('DP-USAGE', 'Thiếu --token TOKEN (mã truy cập API của tài khoản trên hệ thống nhận).', 'Missing --token TOKEN.');
      const parallel = values.parallel === undefined ? HANDOVER_PARALLEL : Number(values.parallel);
      if (!Number.isSafeInteger(parallel) || parallel < 1 || parallel > 32)
        throw requestError(
          'DP-USAGE',
          `--parallel phải là số nguyên từ 1 đến 32 (số túi gửi cùng lúc), không phải "${values.parallel}".`,
          `--parallel must be a whole number from 1 to 32 (bags in flight at once), not "${values.parallel}".`,
        );
      const result = await sendHandover(ctx, scopeOf(values), httpHandoverPeer(url, token), progress, parallel);
      const { refusals, ...contract } = result;
      out.result({ ...contract, refusals });
      out.say(
        `Bàn giao ${result.handover}: ${result.objects} hồ sơ, gửi ${result.sent}, bên nhận đã có ${result.skipped}; được nhận ${result.accepted}, bị từ chối ${result.refused}` +
          (result.receipt ? `\nBiên nhận ký bởi ${result.receipt.signedBy} lúc ${result.receipt.at}` : '') +
          refusals.map((r) => `\n  mục ${r.n} (${r.fileCode}): ${r.code}`).join(''),
        `Handover ${result.handover}: ${result.objects} files, sent ${result.sent}, already held ${result.skipped}; accepted ${result.accepted}, refused ${result.refused}` +
          (result.receipt ? `\nReceipt signed by ${result.receipt.signedBy} at ${result.receipt.at}` : '') +
          refusals.map((r) => `\n  item ${r.n} (${r.fileCode}): ${r.code}`).join(''),
      );
      return result.refused > 0 ? 3 : 0;
    }
    if (sub === 'create') {
      if (!values.to || !values.out)
        throw requestError(
          'DP-USAGE',
          'Dùng: duphong handover create --fonds MÃ --to MÃ-HỆ-THỐNG --out THƯ-MỤC',
          'Usage: duphong handover create --fonds CODE --to PEER-ID --out DIR',
        );
      const made = await createHandoverOnDisk(ctx, scopeOf(values), values.to, resolve(process.cwd(), values.out), (d, t) =>
        progress('bag', d, t),
      );
      out.result(made);
      out.say(
        `Đã ghi bàn giao ${made.handover} (${made.objects} túi, ${formatBytes(made.bytes, 'vi')}) vào ${made.dir}; bên nhận chạy "duphong handover receive ${made.dir}"`,
        `Wrote handover ${made.handover} (${made.objects} bags, ${formatBytes(made.bytes, 'en')}) to ${made.dir}; the receiver runs "duphong handover receive ${made.dir}"`,
      );
      return 0;
    }
    if (sub === 'receive' || sub === 'receipt') {
      const path = positionals[0];
      if (!path)
        throw requestError(
          'DP-USAGE',
          `Thiếu đường dẫn: duphong handover ${sub} ${sub === 'receive' ? 'THƯ-MỤC' : 'TỆP'}`,
          `Missing path.`,
        );
      if (sub === 'receipt') {
        const r = await importHandoverReceipt(ctx, resolve(process.cwd(), path));
        out.result(r);
        out.say(
          `Đã ghi biên nhận của bàn giao ${r.handover}: nhận ${r.accepted}, từ chối ${r.refused}, còn thiếu ${r.missing}`,
          `Recorded the receipt of handover ${r.handover}: accepted ${r.accepted}, refused ${r.refused}, missing ${r.missing}`,
        );
        return r.refused > 0 ? 3 : 0;
      }
      const r = await receiveHandoverFromDisk(ctx, resolve(process.cwd(), path), (d, t) => progress('receive', d, t));
      out.result(r);
      out.say(
        `Bàn giao ${r.handover}: ${r.objects} hồ sơ, nhận ${r.accepted}, từ chối ${r.refused}; biên nhận đã ký: ${r.receipt}`,
        `Handover ${r.handover}: ${r.objects} files, accepted ${r.accepted}, refused ${r.refused}; signed receipt: ${r.receipt}`,
      );
      return r.refused > 0 ? 3 : 0;
    }
    if (sub === 'show') {
      const id = positionals[0];
      if (!id) throw requestError('DP-USAGE', 'Thiếu mã bàn giao: duphong handover show MÃ', 'Missing handover id.');
      const h = await showHandover(ctx, id);
      out.result(h);
      const rows = h.items.map((i) => [
        String(i.n),
        i.fileCode,
        `v${i.version}`,
        formatBytes(i.size, out.lang),
        out.lang === 'en' ? i.state : ITEM_STATE_VI[i.state],
        i.findingCode ?? '',
      ]);
      out.say(
        `Bàn giao ${h.id} (${h.direction === 'out' ? 'gửi' : 'nhận từ'} ${h.peer}), ${h.scope.code} — ${h.scope.name}: ${STATUS_VI[h.status]}\n` +
          `Danh mục thống kê: ${n(h.statistics.files)} hồ sơ, ${n(h.statistics.documents)} tài liệu, ${n(h.statistics.pages)} trang, ${n(h.statistics.digitisedPages)} trang số hóa, ${n(h.statistics.copiesVerified)} bản sao đã kiểm tra\n` +
          table([['Mục', 'Hồ sơ', 'Phiên bản', 'Dung lượng', 'Trạng thái', 'Mã lỗi'], ...rows]),
        `Handover ${h.id} (${h.direction === 'out' ? 'to' : 'from'} ${h.peer}), ${h.scope.code} — ${h.scope.name}: ${h.status}\n` +
          `Statistics: ${h.statistics.files} files, ${h.statistics.documents} documents, ${h.statistics.pages} pages, ${h.statistics.digitisedPages} digitised pages, ${h.statistics.copiesVerified} copies verified\n` +
          table([['Item', 'File', 'Version', 'Size', 'State', 'Code'], ...rows]),
      );
      return 0;
    }
    const list = await listHandovers(ctx);
    out.result({ handovers: list });
    const rows = list.map((h) => [
      h.id,
      h.direction === 'out' ? '→' : '←',
      h.peer,
      h.scope.code,
      displayUnitDate(h.createdAt.slice(0, 10)),
      `${h.counts.accepted}/${h.counts.objects}`,
      out.lang === 'en' ? h.status : STATUS_VI[h.status],
    ]);
    out.say(
      table([['Mã bàn giao', '', 'Hệ thống', 'Phạm vi', 'Ngày', 'Đã nhận', 'Trạng thái'], ...rows]),
      table([['Handover', '', 'Instance', 'Scope', 'Date', 'Accepted', 'Status'], ...rows]),
    );
    return 0;
  });
}
