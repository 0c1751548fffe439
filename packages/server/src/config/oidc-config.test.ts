import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { OIDC_SECRET_ENV } from './oidc-config.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function home(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'duphong-oidc-config-'));
  made.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const oidc = {
  issuer: 'https://sso.tinh.gov.vn/realms/luutru',
  clientId: 'duphong',
  redirectUrl: 'https://duphong.tinh.gov.vn/api/oidc/callback',
};

const problems = (config: unknown, env: NodeJS.ProcessEnv = {}): string[] => {
  try {
    loadConfig(home(config), env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('auth.oidc configuration', () => {
  it('is off when absent', () => {
    expect(loadConfig(home({}), {}).auth.oidc).toBeUndefined();
  });

  it('fills defaults and takes the client secret from the environment only', () => {
    const c = loadConfig(home({ auth: { oidc } }), { [OIDC_SECRET_ENV]: 's3cret' });
    expect(c.auth.oidc).toMatchObject({
      ...oidc,
      clientSecret: 's3cret',
      publicClient: false,
      scopes: ['openid', 'profile', 'email'],
      usernameClaim: 'preferred_username',
    });
    expect(loadConfig(home({ auth: { oidc } }), {}).auth.oidc?.clientSecret).toBeUndefined();
  });

  it('refuses a secret written in config.json', () => {
    expect(problems({ auth: { oidc: { ...oidc, clientSecret: 'lộ' } } })).toEqual([
      `auth.oidc.clientSecret: không ghi bí mật vào config.json; đặt biến môi trường ${OIDC_SECRET_ENV}`,
    ]);
  });

  it('refuses plain http except on loopback, and scopes without openid', () => {
    expect(problems({ auth: { oidc: { ...oidc, issuer: 'http://sso.tinh.gov.vn' } } })).toEqual([
      'auth.oidc.issuer: phải dùng https (http chỉ được phép với 127.0.0.1, localhost, [::1])',
    ]);
    expect(problems({ auth: { oidc: { ...oidc, issuer: 'http://127.0.0.1:9000' } } })).toEqual([]);
    expect(problems({ auth: { oidc: { ...oidc, scopes: ['profile'] } } })).toEqual(['auth.oidc.scopes: phải có "openid"']);
  });
});
