import { withContext } from '../with-context.js';
import { createInterface } from 'node:readline';
import { ROLE_LABELS, ROLES, displayDate, type Action, type Role } from '@duphong/core';
import { requestError } from '../../errors.js';
import { addUser, listUsers, principalOf, resetPassword, updateUser } from '../../usecases/accounts.js';
import { createToken } from '../../usecases/api-tokens.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

/*
 * duphong user add|list|reset-password|disable (decision 0014): the operator of the instance
 * manages accounts on the server itself. A password is read from a prompt or, with
 * --password-stdin, from standard input; never from argv by default (shell history, `ps`).
 */
const USAGE_VI =
  'Dùng: duphong user add TÊN --role VAI-TRÒ [--unit MÃ…|--all] [--password-stdin] | user list | user reset-password TÊN | user disable TÊN | user token TÊN --action QUYỀN… [--days N] [--label NHÃN]';
const USAGE_EN =
  'Usage: duphong user add NAME --role ROLE [--unit ID…|--all] [--password-stdin] | user list | user reset-password NAME | user disable NAME | user token NAME --action ACTION… [--days N] [--label LABEL]';

export async function runUser(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return userAdd(rest, out);
  if (sub === 'list') return userList(rest, out);
  if (sub === 'reset-password') return userReset(rest, out);
  if (sub === 'disable') return userDisable(rest, out);
  if (sub === 'token') return userToken(rest, out);
  throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
}

/** All of standard input, for --password-stdin (one line; the trailing newline dropped). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Ask on the terminal without echoing what is typed. */
async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw requestError(
      'DP-PASSWORD-REQUIRED',
      'Cần mật khẩu: dùng --password-stdin khi không có bàn phím.',
      'A password is needed: use --password-stdin when there is no terminal.',
    );
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write(question);
  muted._writeToOutput = () => {};
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

async function passwordFrom(values: { password?: string | undefined; 'password-stdin': boolean }, out: Output): Promise<string> {
  if (values.password !== undefined) {
    out.progress(
      'Cảnh báo: mật khẩu ghi trên dòng lệnh có thể lộ qua lịch sử shell và danh sách tiến trình; nên dùng --password-stdin.',
      'Warning: a password on the command line can leak through shell history and the process list; prefer --password-stdin.',
    );
    return values.password;
  }
  if (values['password-stdin']) return readStdin();
  const first = await prompt(out.lang === 'en' ? 'Password: ' : 'Mật khẩu: ');
  const again = await prompt(out.lang === 'en' ? 'Repeat the password: ' : 'Nhập lại mật khẩu: ');
  if (first !== again) throw requestError('DP-PASSWORD-MISMATCH', 'Hai lần nhập mật khẩu không khớp.', 'The two passwords do not match.');
  return first;
}

const passwordOptions = { password: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } } as const;

async function userAdd(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    ...passwordOptions,
    role: { type: 'string', multiple: true },
    unit: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    name: { type: 'string' },
  });
  const username = positionals[0];
  const roles = (values.role as unknown as string[] | undefined) ?? [];
  const units = (values.unit as unknown as string[] | undefined) ?? [];
  if (!username || roles.length === 0 || (units.length === 0 && !values.all) || (units.length > 0 && values.all))
    throw requestError(
      'DP-USAGE',
      `${USAGE_VI}\nVai trò: ${ROLES.join(', ')}. Cần --unit hoặc --all (không cả hai).`,
      `${USAGE_EN}\nRoles: ${ROLES.join(', ')}. Give --unit or --all (not both).`,
    );
  const password = await passwordFrom(values, out);
  const user = await withContext(values.home, (ctx) =>
    addUser(ctx, { username, displayName: values.name ?? username, password, roles: roles as Role[], units: values.all ? 'all' : units }),
  );
  out.result(user);
  const roleNames = user.roles.map((r) => ROLE_LABELS[r]);
  out.say(
    `Đã tạo người dùng "${user.username}" (${roleNames.map((r) => r.vi).join(', ')}; đơn vị: ${user.units === 'all' ? 'toàn bộ' : user.units.join(', ')}).`,
    `Created user "${user.username}" (${roleNames.map((r) => r.en).join(', ')}; units: ${user.units === 'all' ? 'all' : user.units.join(', ')}).`,
  );
  return 0;
}

async function userList(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, {});
  const users = await withContext(values.home, (ctx) => listUsers(ctx));
  out.result(users);
  if (users.length === 0) {
    out.say(
      'Chưa có người dùng nào. Tạo bằng: duphong user add TÊN --role system-admin --all',
      'No users yet. Create one: duphong user add NAME --role system-admin --all',
    );
    return 0;
  }
  const en = out.lang === 'en';
  const rows = users.map((u) => [
    u.username,
    u.displayName,
    u.roles.map((r) => ROLE_LABELS[r][en ? 'en' : 'vi']).join(', '),
    u.units === 'all' ? (en ? 'all' : 'toàn bộ') : u.units.join(', '),
    u.disabled ? (en ? 'disabled' : 'đã khóa') : en ? 'active' : 'đang dùng',
    displayDate(u.createdAt),
  ]);
  const header = en
    ? ['Username', 'Name', 'Roles', 'Units', 'State', 'Created']
    : ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Ngày tạo'];
  out.say(table([header, ...rows]), table([header, ...rows]));
  return 0;
}

async function userReset(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, passwordOptions);
  const username = positionals[0];
  if (!username) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const password = await passwordFrom(values, out);
  const user = await withContext(values.home, (ctx) => resetPassword(ctx, { username }, password));
  out.result(user);
  out.say(
    `Đã đặt lại mật khẩu của "${user.username}"; các phiên đăng nhập của người này đã kết thúc.`,
    `Reset the password of "${user.username}"; their sessions have ended.`,
  );
  return 0;
}

async function userDisable(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {});
  const username = positionals[0];
  if (!username) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const user = await withContext(values.home, (ctx) => updateUser(ctx, { username }, { disabled: true }));
  out.result(user);
  out.say(
    `Đã khóa tài khoản "${user.username}"; các phiên đăng nhập đã kết thúc.`,
    `Disabled "${user.username}"; their sessions have ended.`,
  );
  return 0;
}

/**
 * An API token for a user, made by the operator on the server: the account another instance holds
 * here (docs/national.md) gets its token this way, without a browser. Printed once, stored hashed.
 */
async function userToken(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    action: { type: 'string', multiple: true },
    days: { type: 'string', default: '365' },
    label: { type: 'string' },
  });
  const username = positionals[0];
  const actions = (values.action as unknown as string[] | undefined) ?? [];
  const days = Number(values.days);
  if (!username || actions.length === 0 || !Number.isInteger(days) || days < 1) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const made = await withContext(values.home, async (ctx) => {
    const user = await ctx.catalogue.accounts.getUserByUsername(username);
    if (!user || user.disabled)
      throw requestError(
        'DP-USER-NOT-FOUND',
        `Không có người dùng đang hoạt động "${username}".`,
        `There is no active user "${username}".`,
      );
    const owner = await principalOf(ctx.catalogue, user);
    const expiresAt = new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString();
    return {
      ...(await createToken(ctx, owner, { name: values.label ?? `CLI ${username}`, actions: actions as Action[], expiresAt })),
      expiresAt,
    };
  });
  out.result({ username, ...made });
  out.say(
    `Mã truy cập cho "${username}" (chỉ hiện một lần, hết hạn ${displayDate(made.expiresAt)}):\n${made.token}`,
    `Token for "${username}" (shown once, expires ${displayDate(made.expiresAt)}):\n${made.token}`,
  );
  return 0;
}
