import { displayDate, ROLE_LABELS, type Role } from '@duphong/core';
import { requestError } from '../../errors.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';
import type { RemoteClient } from './client.js';

interface SessionAnswer {
  user: null | { id: string; username: string; displayName: string; roles: Role[]; units: 'all' | string[] };
  token?: null | { id: string; name: string; actions: string[]; expiresAt: string };
}

/**
 * `duphong --server URL whoami`: whom the token acts as on that server, with which roles, units
 * and rights, until when. --json: {server, user:{id, username, displayName, roles, units},
 * token:{id, name, actions, expiresAt} | null}.
 */
export async function remoteWhoami(client: RemoteClient, args: string[], out: Output): Promise<number> {
  parse(args, {});
  const session = await client.get<SessionAnswer>('/api/session');
  if (!session.user)
    throw requestError(
      'DP-AUTH-REQUIRED',
      `Máy chủ ${client.origin} không nhận mã truy cập này (sai, đã hết hạn, đã bị thu hồi, hoặc chưa đặt DUPHONG_TOKEN).`,
      `The server ${client.origin} does not accept this token (wrong, expired, revoked, or DUPHONG_TOKEN not set).`,
    );
  const { user } = session;
  const token = session.token ?? null;
  out.result({ server: client.origin, user, token });
  const roles = (lang: 'vi' | 'en') => user.roles.map((r) => ROLE_LABELS[r]?.[lang] ?? r).join(', ');
  const units = (all: string) => (user.units === 'all' ? all : user.units.join(', '));
  const name = user.displayName ? `${user.displayName} (${user.username})` : user.username;
  out.say(
    [
      `Máy chủ: ${client.origin}`,
      `Người dùng: ${name}`,
      `Vai trò: ${roles('vi')}`,
      `Phạm vi: ${units('mọi đơn vị')}`,
      ...(token
        ? [`Mã truy cập: "${token.name}", hết hạn ${displayDate(token.expiresAt)}`, `Quyền của mã: ${token.actions.join(', ')}`]
        : []),
    ].join('\n'),
    [
      `Server: ${client.origin}`,
      `User: ${name}`,
      `Roles: ${roles('en')}`,
      `Scope: ${units('all units')}`,
      ...(token ? [`Token: "${token.name}", expires ${displayDate(token.expiresAt)}`, `Token rights: ${token.actions.join(', ')}`] : []),
    ].join('\n'),
  );
  return 0;
}
