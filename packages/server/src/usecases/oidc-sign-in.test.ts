import { describe, expect, it } from 'vitest';
import { oidcStatus, PENDING_MINUTES, PendingOidcSignIns } from './oidc-sign-in.js';

const checks = (n: number) => ({ state: `s${n}`, nonce: `n${n}`, codeVerifier: `v${n}` });
const T0 = Date.UTC(2026, 11, 4, 8, 0);

describe('pending OIDC sign-ins', () => {
  it('gives the checks back once, to the id it handed out', () => {
    const pending = new PendingOidcSignIns();
    const id = pending.add(checks(1), T0);
    expect(pending.take('not-an-id', T0)).toBeUndefined();
    expect(pending.take(id, T0 + 1000)).toEqual(checks(1));
    expect(pending.take(id, T0 + 1000)).toBeUndefined();
  });

  it(`forgets a sign-in older than ${PENDING_MINUTES} minutes (by the given clock)`, () => {
    const pending = new PendingOidcSignIns();
    const id = pending.add(checks(1), T0);
    expect(pending.take(id, T0 + PENDING_MINUTES * 60_000 + 1)).toBeUndefined();
  });

  it('keeps at most 1000 at a time, dropping the oldest', () => {
    const pending = new PendingOidcSignIns();
    const first = pending.add(checks(0), T0);
    const ids = Array.from({ length: 1000 }, (_, i) => pending.add(checks(i + 1), T0));
    expect(pending.take(first, T0)).toBeUndefined();
    expect(pending.take(ids[999]!, T0)).toEqual(checks(1000));
    expect(pending.take(ids[0]!, T0)).toEqual(checks(1));
  });
});

describe('OIDC status', () => {
  it('is off without configuration', () => {
    expect(oidcStatus(undefined)).toEqual({ enabled: false, label: null, labelEn: null });
  });
});
