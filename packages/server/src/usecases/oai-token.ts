import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * OAI-PMH resumption tokens (decision 0026): the list's arguments and the keyset cursor, signed
 * with a key of this instance (HOME/secrets/oai-token.key, made once, 0600) and bound to the
 * harvester who started the list, so a token cannot be edited to skip the access rules, replayed
 * by someone else, or kept forever. Tokens survive a restart of the server.
 */
export interface TokenState {
  verb: 'ListIdentifiers' | 'ListRecords' | 'ListSets';
  prefix?: string;
  set?: string;
  from?: string;
  until: string;
  after?: { datestamp: string; fileCode: string };
  cursor: number;
  total: number;
  /** The harvester's user id, or "" for anonymous. */
  who: string;
  /** Expiry, ISO UTC. */
  exp: string;
}

const TTL_MS = 24 * 3600_000;

function key(home: string): Buffer {
  const dir = join(home, 'secrets');
  const file = join(dir, 'oai-token.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Written whole under another name, then linked in: two first requests at once never read a
    // half-written key, and the second keeps the first one's (link fails with EEXIST).
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, randomBytes(32).toString('base64'), { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(tmp);
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

const mac = (home: string, body: string): string => createHmac('sha256', key(home)).update(body).digest('base64url');

export function issueToken(home: string, state: Omit<TokenState, 'exp'>, now: Date): { token: string; expires: string } {
  const exp = new Date(now.getTime() + TTL_MS).toISOString().slice(0, 19) + 'Z';
  const body = Buffer.from(JSON.stringify({ ...state, exp })).toString('base64url');
  return { token: `${body}.${mac(home, body)}`, expires: exp };
}

/** The state of a token this instance issued to `who`, unexpired; undefined otherwise. */
export function readToken(home: string, token: string, who: string, now: Date): TokenState | undefined {
  const [body, sig, ...rest] = token.split('.');
  if (!body || !sig || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(home, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  let state: TokenState;
  try {
    state = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenState;
  } catch {
    return undefined;
  }
  if (state.who !== who || !(Date.parse(state.exp) > now.getTime())) return undefined;
  return state;
}
