import { randomUUID } from 'node:crypto';
import { expandScope, isoVietnam, ROLES, type Catalogue, type Principal, type Role, type UserAccount } from '@duphong/core';
import { conflictError, notFoundError, requestError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';

/*
 * Users (decision 0014): created by the first visitor (setup) or an administrator, with roles and
 * assigned units. Disabling a user or resetting their password ends their sessions.
 */

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  units: 'all' | string[];
}

export interface UserChanges {
  displayName?: string;
  roles?: Role[];
  units?: 'all' | string[];
  disabled?: boolean;
}

/** What the API and CLI show of a user: never the hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  units: 'all' | string[];
  disabled: boolean;
  createdAt: string;
}

export const userView = (u: UserAccount): UserView => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  roles: u.roles,
  units: u.units,
  disabled: u.disabled,
  createdAt: u.createdAt,
});

/** Usernames are compared lower-case NFC; letters (Vietnamese too), digits, `.`, `_`, `-`, `@`. */
export function normaliseUsername(username: string): string {
  const u = username.trim().normalize('NFC').toLowerCase();
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(u))
    throw requestError(
      'DP-USERNAME-INVALID',
      `Tên đăng nhập "${username.slice(0, 64)}" không hợp lệ: chỉ dùng chữ, số và . _ - @ (tối đa 64 ký tự).`,
      `Invalid username "${username.slice(0, 64)}": use letters, digits and . _ - @ (at most 64 characters).`,
    );
  return u;
}

async function checkRolesAndUnits(catalogue: Catalogue, roles: readonly Role[], units: 'all' | readonly string[]): Promise<void> {
  if (roles.length === 0 || roles.some((r) => !ROLES.includes(r)))
    throw requestError('DP-ROLE-INVALID', `Vai trò phải là một trong: ${ROLES.join(', ')}.`, `Roles must be among: ${ROLES.join(', ')}.`);
  if (units === 'all') return;
  if (units.length === 0)
    throw requestError('DP-UNITS-REQUIRED', 'Cần giao ít nhất một đơn vị (hoặc toàn bộ).', 'Assign at least one unit (or all).');
  for (const id of units)
    if (!(await catalogue.units.getUnit(id)))
      throw requestError(
        'DP-UNIT-UNKNOWN',
        `Không có đơn vị "${id}" (xem duphong unit list).`,
        `There is no unit "${id}" (see duphong unit list).`,
      );
}

export async function addUser(ctx: Context, input: NewUser): Promise<UserView> {
  const username = normaliseUsername(input.username);
  checkPassword(input.password);
  await checkRolesAndUnits(ctx.catalogue, input.roles, input.units);
  if (await ctx.catalogue.accounts.getUserByUsername(username))
    throw conflictError('DP-USER-EXISTS', `Đã có người dùng "${username}".`, `User "${username}" already exists.`);
  const now = isoVietnam(ctx.clock.now());
  const user: UserAccount = {
    id: randomUUID(),
    username,
    displayName: input.displayName.trim() || username,
    roles: [...new Set(input.roles)],
    units: input.units === 'all' ? 'all' : [...new Set(input.units)],
    passwordHash: await hashPassword(input.password),
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.catalogue.accounts.putUser(user);
  return userView(user);
}

/** First run: the first user, a system administrator over every unit. Refused once any user exists. */
/**
 * First-run setups of this process, one after another: the check "no user yet" and the creation
 * are apart by a password hash (tens of milliseconds), so concurrent setups all passed the check
 * and each made a system administrator (hostile tests, issue 9). One server process serves a home.
 */
let setupQueue: Promise<unknown> = Promise.resolve();

export function setupAdministrator(ctx: Context, input: { username: string; displayName: string; password: string }): Promise<UserView> {
  const run = setupQueue.then(() => setupFirstAdministrator(ctx, input));
  setupQueue = run.catch(() => undefined);
  return run;
}

async function setupFirstAdministrator(
  ctx: Context,
  input: { username: string; displayName: string; password: string },
): Promise<UserView> {
  if ((await ctx.catalogue.accounts.countUsers()) > 0)
    throw conflictError(
      'DP-SETUP-DONE',
      'Đã có tài khoản quản trị; hãy đăng nhập. Người quản trị tạo thêm người dùng.',
      'An administrator already exists; sign in. Administrators create further users.',
    );
  return addUser(ctx, { ...input, roles: ['system-admin'], units: 'all' });
}

export async function listUsers(ctx: Context): Promise<UserView[]> {
  return (await ctx.catalogue.accounts.listUsers()).map(userView);
}

async function userOrThrow(ctx: Context, idOrName: { id?: string; username?: string }): Promise<UserAccount> {
  const user = idOrName.id
    ? await ctx.catalogue.accounts.getUser(idOrName.id)
    : await ctx.catalogue.accounts.getUserByUsername(normaliseUsername(idOrName.username ?? ''));
  if (!user) {
    const name = idOrName.id ?? idOrName.username ?? '';
    throw notFoundError('DP-USER-NOT-FOUND', `Không có người dùng "${name}".`, `There is no user "${name}".`);
  }
  return user;
}

export async function findUser(ctx: Context, idOrName: { id?: string; username?: string }): Promise<UserView> {
  return userView(await userOrThrow(ctx, idOrName));
}

/**
 * An administrator cannot lock themselves out: disabling their own account or dropping their own
 * system-admin role would leave nobody able to undo it from the web (the CLI still can, on the host).
 */
function refuseSelfLockout(user: UserAccount, changes: UserChanges, actorId: string | undefined): void {
  if (actorId !== user.id) return;
  if (changes.disabled === true)
    throw conflictError('DP-USER-SELF-DISABLE', 'Không thể tự khóa tài khoản của chính mình.', 'You cannot disable your own account.');
  if (changes.roles && user.roles.includes('system-admin') && !changes.roles.includes('system-admin'))
    throw conflictError(
      'DP-USER-SELF-DEMOTE',
      'Không thể tự bỏ vai trò Quản trị hệ thống của chính mình; nhờ một quản trị viên khác.',
      'You cannot remove your own system administrator role; ask another administrator.',
    );
}

/** `actorId`: who asks (the web's signed-in administrator), so they cannot lock themselves out. */
export async function updateUser(
  ctx: Context,
  ref: { id?: string; username?: string },
  changes: UserChanges,
  actorId?: string,
): Promise<UserView> {
  const user = await userOrThrow(ctx, ref);
  refuseSelfLockout(user, changes, actorId);
  const roles = changes.roles ?? user.roles;
  const units = changes.units ?? user.units;
  await checkRolesAndUnits(ctx.catalogue, roles, units);
  const next: UserAccount = {
    ...user,
    displayName: changes.displayName?.trim() || user.displayName,
    roles: [...new Set(roles)],
    units: units === 'all' ? 'all' : [...new Set(units)],
    disabled: changes.disabled ?? user.disabled,
    updatedAt: isoVietnam(ctx.clock.now()),
  };
  await ctx.catalogue.transaction(async (tx) => {
    await tx.accounts.putUser(next);
    if (next.disabled) await tx.accounts.deleteUserSessions(user.id);
  });
  return userView(next);
}

/** An administrator sets a new password; the user's sessions end. */
export async function resetPassword(ctx: Context, ref: { id?: string; username?: string }, password: string): Promise<UserView> {
  checkPassword(password);
  const user = await userOrThrow(ctx, ref);
  const next = { ...user, passwordHash: await hashPassword(password), updatedAt: isoVietnam(ctx.clock.now()) };
  await ctx.catalogue.transaction(async (tx) => {
    await tx.accounts.putUser(next);
    await tx.accounts.deleteUserSessions(user.id);
  });
  return userView(next);
}

/** The user changes their own password, proving the current one; their other sessions end. */
export async function changePassword(ctx: Context, userId: string, current: string, next: string): Promise<UserAccount> {
  const user = await userOrThrow(ctx, { id: userId });
  if (!(await verifyPassword(current, user.passwordHash)))
    throw requestError('DP-PASSWORD-WRONG', 'Mật khẩu hiện tại không đúng.', 'The current password is wrong.');
  checkPassword(next);
  const changed = { ...user, passwordHash: await hashPassword(next), updatedAt: isoVietnam(ctx.clock.now()) };
  await ctx.catalogue.transaction(async (tx) => {
    await tx.accounts.putUser(changed);
    await tx.accounts.deleteUserSessions(user.id);
  });
  return changed;
}

/** The policy's view of a user: their units expanded over unit history (mergers, agencies). */
export async function principalOf(catalogue: Catalogue, user: UserAccount): Promise<Principal> {
  const units =
    user.units === 'all'
      ? ('all' as const)
      : expandScope(user.units, await catalogue.units.listVersions(), await catalogue.units.listSuccessions());
  return { userId: user.id, username: user.username, roles: user.roles, units };
}
