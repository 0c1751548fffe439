import { describe, expect, it } from 'vitest';
import { broadcast } from './broadcast.js';
import { collect } from '../ports/bytes.js';

async function* chunks(n: number, size = 8, failAt?: number) {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error('đọc lỗi');
    yield new Uint8Array(size).fill(i % 256);
  }
}

describe('broadcast', () => {
  it('delivers every chunk to every consumer and observes each once', async () => {
    let observed = 0;
    const b = broadcast(chunks(100), 3, (c) => (observed += c.byteLength));
    const results = await Promise.all(b.streams.map((s) => collect(s)));
    await b.done;
    expect(observed).toBe(800);
    for (const r of results) expect(r.byteLength).toBe(800);
    expect(results[2]![799]).toBe(99);
  });

  it('keeps feeding the others when one consumer stops early', async () => {
    const b = broadcast(chunks(50), 2);
    const quitter = (async () => {
      for await (const c of b.streams[0]!) if (c[0] === 3) break;
    })();
    const full = await collect(b.streams[1]!);
    await quitter;
    await b.done;
    expect(full.byteLength).toBe(400);
  });

  it('releases a chunk only after every consumer has moved past it, so buffers can be reused', async () => {
    const released: number[] = [];
    const inUse = new Set<number>();
    const b = broadcast(chunks(20), 3, undefined, { release: (c) => released.push(c[0]!) });
    await Promise.all(
      b.streams.map(async (s, i) => {
        for await (const c of s) {
          inUse.add(c[0]!);
          await new Promise((r) => setTimeout(r, i)); // consumers at different speeds
          expect(released).not.toContain(c[0]); // never released while a consumer still holds it
        }
      }),
    );
    await b.done;
    expect(released).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('propagates a source failure to every consumer', async () => {
    const b = broadcast(chunks(10, 8, 5), 2);
    const outcomes = await Promise.allSettled(b.streams.map((s) => collect(s)));
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    await expect(b.done).rejects.toThrow('đọc lỗi');
  });
});
