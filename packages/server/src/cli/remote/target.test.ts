import { describe, expect, it } from 'vitest';
import { takeRemoteFlags } from './target.js';

describe('takeRemoteFlags', () => {
  it('takes --server and --token from anywhere, leaving the command’s own arguments', () => {
    expect(takeRemoteFlags(['--server', 'https://a.vn', 'search', 'đà nẵng', '--token=dp_x', '--json'], {})).toEqual({
      argv: ['search', 'đà nẵng', '--json'],
      target: { server: 'https://a.vn', token: 'dp_x', tokenInArgv: true },
    });
  });

  it('reads DUPHONG_SERVER and DUPHONG_TOKEN; the flags win; --server "" means local', () => {
    const env = { DUPHONG_SERVER: 'https://env.vn', DUPHONG_TOKEN: 'dp_env' };
    expect(takeRemoteFlags(['copies', 'X'], env).target).toEqual({ server: 'https://env.vn', token: 'dp_env', tokenInArgv: false });
    expect(takeRemoteFlags(['--server=https://flag.vn', 'copies', 'X'], env).target?.server).toBe('https://flag.vn');
    expect(takeRemoteFlags(['--server', '', 'serve'], env)).toEqual({ argv: ['serve'], target: undefined });
    expect(takeRemoteFlags(['serve'], { DUPHONG_TOKEN: 'dp_env' }).target).toBeUndefined();
  });

  it('leaves `handover send … --token` to the command, and keeps a token without a server for the refusal', () => {
    const handover = takeRemoteFlags(['handover', 'send', '--fonds', 'F', '--to', 'https://b.vn', '--token', 'dp_h'], {});
    expect(handover).toEqual({ argv: ['handover', 'send', '--fonds', 'F', '--to', 'https://b.vn', '--token', 'dp_h'], target: undefined });
    expect(takeRemoteFlags(['--token', 'dp_x', 'search', 'a'], {}).target).toEqual({ server: undefined, token: 'dp_x', tokenInArgv: true });
  });
});
