import { describe, expect, it } from 'vitest';
import { isUnderPeer } from './harvested-record.js';

describe('isUnderPeer: a harvested record page must be the peer’s own', () => {
  it('accepts pages under the peer’s address, default ports and case folded', () => {
    expect(isUnderPeer('http://127.0.0.1:8080/#/ho-so/H15.01', 'http://127.0.0.1:8080')).toBe(true);
    expect(isUnderPeer('HTTPS://LuuTru.LaoCai.gov.vn:443/luu-tru/#/ho-so/A', 'https://luutru.laocai.gov.vn/luu-tru')).toBe(true);
  });
  it('refuses other origins, user info, dot segments and lookalike paths', () => {
    for (const url of [
      'http://127.0.0.1:8081/#/ho-so/A',
      'https://127.0.0.1:8080/#/ho-so/A',
      'http://evil.example@127.0.0.1:8080/',
      'http://127.0.0.1:8080.evil.example/',
      'https://luutru.laocai.gov.vn/luu-tru/../khac/',
      'https://luutru.laocai.gov.vn/luu-tru/%2E%2E/khac/',
      'https://luutru.laocai.gov.vn/luu-tru-gia/',
      'javascript:alert(1)',
    ])
      expect(isUnderPeer(url, url.includes('laocai') ? 'https://luutru.laocai.gov.vn/luu-tru' : 'http://127.0.0.1:8080'), url).toBe(false);
  });
});
