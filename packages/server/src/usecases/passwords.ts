import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { requestError } from '../errors.js';

/*
 * Password hashes: scrypt (built into Node), a random 16-byte salt per hash, parameters stored with
 * the hash so they can be raised later without breaking old ones. Compared in constant time.
 */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash no password matches, verified against when the username is unknown so both take as long. */
export const UNUSABLE_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

/** Refuse passwords too short to resist guessing (NIST 800-63B: length, not composition rules). */
export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw requestError(
      'DP-PASSWORD-WEAK',
      `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
    );
}

/** A random secret (session id, CSRF token, API token body), base64url. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** SHA-256 (hex) of a secret: sessions and API tokens are stored only as this. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
