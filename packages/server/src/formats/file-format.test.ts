import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EndsCapture } from './file-format.js';

describe('EndsCapture keeps the first and last 64 KiB of bytes seen once', () => {
  it.each([
    ['one small chunk', [1000]],
    ['chunks around the window', [65535, 2, 65536, 100]],
    ['1 MiB chunks', [1 << 20, 1 << 20, 12345]],
    ['many tiny chunks', Array.from({ length: 300 }, () => 997)],
  ])('%s', (_name, sizes) => {
    const chunks = sizes.map((n) => new Uint8Array(randomBytes(n)));
    const all = Buffer.concat(chunks);
    const capture = new EndsCapture(all.length);
    for (const c of chunks) capture.observe(c);
    const { head, tail } = capture.ends();
    expect(capture.size).toBe(all.length);
    expect(Buffer.from(head).equals(all.subarray(0, 65536))).toBe(true);
    // The tail window starts after the head: files of 64 KiB or less are all head.
    expect(Buffer.from(tail).equals(all.subarray(Math.max(65536, all.length - 65536)))).toBe(true);
  });

  it('identifies what it saw: a PDF whose end marker is in the last window', () => {
    const capture = new EndsCapture(9 + 200_000 + 7);
    capture.observe(new TextEncoder().encode('%PDF-1.7\n'));
    capture.observe(new Uint8Array(200_000));
    capture.observe(new TextEncoder().encode('\n%%EOF\n'));
    expect(capture.identify('a.pdf')).toMatchObject({ puid: 'fmt/276', mime: 'application/pdf' });
  });
});
