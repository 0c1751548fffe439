import { describe, expect, it } from 'vitest';
import { classify } from '../../errors.js';
import { httpError, networkError } from './errors.js';

const body = (code: string, message: string) => ({ error: { code, message } });

describe('remote errors → exit codes (CONTRACT.md)', () => {
  it('maps HTTP statuses', () => {
    const exit = (status: number) => classify(httpError(status, body('DP-X', 'Thông báo của máy chủ.'), 'https://a.vn', false)).exit;
    expect([401, 403, 404, 400, 421].map(exit)).toEqual([2, 2, 2, 2, 2]);
    expect([409, 423, 429, 503].map(exit)).toEqual([4, 4, 4, 4]);
    expect([500, 502].map(exit)).toEqual([1, 1]);
  });

  it('keeps the server’s code and message, and says why a token was refused', () => {
    const c = classify(httpError(401, body('DP-AUTH-REQUIRED', 'Cần đăng nhập.'), 'https://a.vn', true));
    expect(c).toMatchObject({ code: 'DP-AUTH-REQUIRED', exit: 2 });
    expect(c.vi).toMatch(/^Cần đăng nhập\. Mã truy cập bị từ chối/);
    expect(classify(httpError(502, '<html>', 'https://a.vn', false)).vi).toContain('HTTP 502');
  });

  it('an unreachable server is exit 4; an untrusted certificate exit 2', () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(classify(networkError(refused, 'https://a.vn'))).toMatchObject({ exit: 4, code: 'DP-REMOTE-UNREACHABLE' });
    const cert = new TypeError('fetch failed', { cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } });
    expect(classify(networkError(cert, 'https://a.vn'))).toMatchObject({ exit: 2, code: 'DP-REMOTE-TLS' });
  });
});
