import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function home(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'duphong-config-'));
  made.push(dir);
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

describe('configuration', () => {
  it('fills safe defaults', () => {
    const c = loadConfig(home({}), {});
    expect(c.catalogue).toEqual({ kind: 'sqlite', file: 'catalogue.sqlite' });
    expect(c.policy).toEqual({ copies: 3, minRegions: 2, minMedia: 2 });
    expect(c.audit).toEqual({ periodMonths: 12, dailyBytes: 50_000_000_000, window: '00:00-24:00', scheduled: true });
    expect(c.server).toEqual({
      host: '127.0.0.1',
      port: 8080,
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      trustProxy: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    });
  });

  it('lists every problem at once, in Vietnamese', () => {
    const dir = home({
      policy: { copies: 1 },
      audit: { periodMonths: 48, window: '22h-6h', dailyBytes: 0 },
      sites: [
        { name: 'Bắc', kind: 'fs', region: 'bac', medium: 'disk', path: 'x' },
        { name: 'b', kind: 's3', region: 'tay', medium: 'disk' },
      ],
    });
    let error: ConfigError | undefined;
    try {
      loadConfig(dir, { DUPHONG_PORT: 'tám' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const all = error!.problems.join('\n');
    expect(all).toContain('DUPHONG_PORT');
    expect(all).toContain('policy.copies');
    expect(all).toContain('audit.periodMonths'); // TT05: never more than 36 months
    expect(all).toMatch(/audit\.window: khung giờ dạng "HH:MM-HH:MM"/);
    expect(all).toContain('audit.dailyBytes');
    expect(all).toContain('sites.0.name');
    expect(all).toContain('sites.1.region');
    expect(error!.message).toContain('Cấu hình không hợp lệ');
  });

  it('refuses duplicate site names and unreadable JSON', () => {
    const site = { name: 'bac', kind: 'fs', region: 'bac', medium: 'disk', path: 'x' };
    expect(() => loadConfig(home({ sites: [site, site] }), {})).toThrow(/bị trùng/);
    expect(() => loadConfig(home('{ không phải json'), {})).toThrow(/không đọc được JSON/);
  });

  it('lets the environment override the file', () => {
    const c = loadConfig(home({ server: { port: 9000, host: '0.0.0.0' } }), {
      DUPHONG_PORT: '8181',
      DUPHONG_PG_URL: 'postgres://x@h/db',
      DUPHONG_AUDIT_PERIOD_MONTHS: '6',
      DUPHONG_ALLOWED_HOSTS: 'duphong.lan, 10.0.0.5',
    });
    expect(c.server).toMatchObject({ port: 8181, host: '0.0.0.0', allowedHosts: ['duphong.lan', '10.0.0.5'], trustProxy: false });
    expect(c.catalogue).toEqual({ kind: 'postgres', url: 'postgres://x@h/db' });
    expect(c.audit.periodMonths).toBe(6);
  });

  it("keeps the file's other audit settings when the environment sets the period", () => {
    const c = loadConfig(home({ audit: { window: '22:00-06:00', dailyBytes: 1000 } }), { DUPHONG_AUDIT_PERIOD_MONTHS: '24' });
    expect(c.audit).toEqual({ periodMonths: 24, dailyBytes: 1000, window: '22:00-06:00', scheduled: true });
  });
});
