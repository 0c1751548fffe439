import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { nodeHashName } from './node-hasher.js';
import type { DigestAlgorithm } from '@duphong/core';

/**
 * Hash files on worker threads: node:crypto's update() runs on the calling thread, so hashing three
 * copies of a large file on the main thread uses one core. Each worker reads with a reused 4 MiB
 * buffer (memory flat in file size) and hashes in the same loop.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
parentPort.on('message', ({ id, path, algorithm }) => {
  let fd;
  try {
    fd = openSync(path, 'r');
    const hash = createHash(algorithm);
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, digest: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, syscall: error.syscall, path: error.path } });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`;

interface Pending {
  resolve: (r: { digest: string; size: number }) => void;
  reject: (e: Error) => void;
}

class HashPool {
  private workers: Worker[] = [];
  private pending = new Map<number, Pending>();
  private busy = new Map<Worker, number>();
  private nextId = 0;

  constructor(private readonly size: number) {}

  private worker(): Worker {
    if (this.workers.length < this.size) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      w.on(
        'message',
        (m: {
          id: number;
          digest?: string;
          size?: number;
          error?: { message: string; code?: string; syscall?: string; path?: string };
        }) => {
          const p = this.pending.get(m.id);
          this.pending.delete(m.id);
          const left = (this.busy.get(w) ?? 1) - 1;
          this.busy.set(w, left);
          if (left === 0) w.unref(); // an idle pool never keeps the process alive
          if (!p) return;
          if (m.error) p.reject(Object.assign(new Error(m.error.message), m.error));
          else p.resolve({ digest: m.digest!, size: m.size! });
        },
      );
      w.on('error', (error) => {
        for (const [, p] of this.pending) p.reject(error);
        this.pending.clear();
        this.workers = this.workers.filter((x) => x !== w);
      });
      this.workers.push(w);
      this.busy.set(w, 0);
      return w;
    }
    return [...this.workers].sort((a, b) => (this.busy.get(a) ?? 0) - (this.busy.get(b) ?? 0))[0]!;
  }

  digest(path: string, algorithm: DigestAlgorithm): Promise<{ digest: string; size: number }> {
    const id = this.nextId++;
    const w = this.worker();
    this.busy.set(w, (this.busy.get(w) ?? 0) + 1);
    w.ref(); // but a pending digest does
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, path, algorithm: nodeHashName(algorithm) });
    });
  }
}

let shared: HashPool | undefined;

/** The process-wide pool (one worker per core, at most 4). */
export function hashFile(path: string, algorithm: DigestAlgorithm = 'sha256'): Promise<{ digest: string; size: number }> {
  shared ??= new HashPool(Math.max(1, Math.min(4, availableParallelism())));
  return shared.digest(path, algorithm);
}
