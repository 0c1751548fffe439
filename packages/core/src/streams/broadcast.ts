import type { ByteStream } from '../ports/bytes.js';

/**
 * "One read, many results": the source is read once and every chunk goes to each consumer
 * (one per destination site). A consumer that stops early (its site failed) is dropped; the
 * others go on. Memory stays bounded: each consumer buffers at most `depth` chunks.
 */
export interface Broadcast {
  streams: ByteStream[];
  /** Settles when the source is exhausted (or failed) and every chunk was handed out. */
  done: Promise<void>;
}

class Consumer {
  private queue: Uint8Array[] = [];
  private ended = false;
  private failure: unknown;
  private pullWaiter: (() => void) | undefined;
  private spaceWaiter: (() => void) | undefined;
  active = true;

  constructor(private readonly depth: number) {}

  async offer(chunk: Uint8Array): Promise<void> {
    if (!this.active) return;
    this.queue.push(chunk);
    this.wakePuller();
    while (this.active && this.queue.length >= this.depth) {
      await new Promise<void>((resolve) => (this.spaceWaiter = resolve));
    }
  }

  end(failure?: unknown): void {
    this.ended = true;
    this.failure = failure;
    this.wakePuller();
  }

  private wakePuller(): void {
    const w = this.pullWaiter;
    this.pullWaiter = undefined;
    w?.();
  }

  private wakeProducer(): void {
    const w = this.spaceWaiter;
    this.spaceWaiter = undefined;
    w?.();
  }

  stream(): ByteStream {
    const self = this;
    return {
      [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
        return {
          async next(): Promise<IteratorResult<Uint8Array>> {
            while (self.queue.length === 0 && !self.ended) {
              await new Promise<void>((resolve) => (self.pullWaiter = resolve));
            }
            const chunk = self.queue.shift();
            self.wakeProducer();
            if (chunk !== undefined) return { value: chunk, done: false };
            if (self.failure !== undefined) throw self.failure;
            return { value: undefined, done: true };
          },
          async return(): Promise<IteratorResult<Uint8Array>> {
            self.active = false;
            self.queue = [];
            self.wakeProducer();
            return { value: undefined, done: true };
          },
        };
      },
    };
  }
}

export function broadcast(source: ByteStream, count: number, observe?: (chunk: Uint8Array) => void, depth = 4): Broadcast {
  const consumers = Array.from({ length: count }, () => new Consumer(depth));
  const streams = consumers.map((c) => c.stream());
  const done = (async () => {
    try {
      for await (const chunk of source) {
        observe?.(chunk);
        await Promise.all(consumers.map((c) => c.offer(chunk)));
      }
      for (const c of consumers) c.end();
    } catch (error) {
      for (const c of consumers) c.end(error);
      throw error;
    }
  })();
  // The caller awaits `done` after its consumers; avoid an unhandled rejection in between.
  done.catch(() => undefined);
  return { streams, done };
}
