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
  /** Chunks this consumer is finished with: it asked for the next one (for-await is sequential). */
  done = 0;
  private pulls = 0;
  onProgress: () => void = () => undefined;
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
            self.done = self.pulls;
            self.onProgress();
            while (self.queue.length === 0 && !self.ended) {
              await new Promise<void>((resolve) => (self.pullWaiter = resolve));
            }
            const chunk = self.queue.shift();
            self.wakeProducer();
            if (chunk !== undefined) {
              self.pulls += 1;
              return { value: chunk, done: false };
            }
            if (self.failure !== undefined) throw self.failure;
            return { value: undefined, done: true };
          },
          async return(): Promise<IteratorResult<Uint8Array>> {
            self.active = false;
            self.queue = [];
            self.done = Number.MAX_SAFE_INTEGER;
            self.onProgress();
            self.wakeProducer();
            return { value: undefined, done: true };
          },
        };
      },
    };
  }
}

export interface BroadcastOptions {
  /** Called once every consumer is finished with a chunk, so the source may reuse its buffer. */
  release?: (chunk: Uint8Array) => void;
  /** Chunks buffered per consumer (default 4). */
  depth?: number;
}

export function broadcast(
  source: ByteStream,
  count: number,
  observe?: (chunk: Uint8Array) => void,
  options: BroadcastOptions = {},
): Broadcast {
  const consumers = Array.from({ length: count }, () => new Consumer(options.depth ?? 4));
  const streams = consumers.map((c) => c.stream());
  // Chunks handed out and not yet released, oldest first; `released` counts those given back.
  const inFlight: Uint8Array[] = [];
  let released = 0;
  const release = () => {
    if (!options.release) return;
    const finished = Math.min(...consumers.map((c) => c.done));
    while (released < finished && inFlight.length > 0) {
      options.release(inFlight.shift()!);
      released += 1;
    }
  };
  for (const c of consumers) c.onProgress = release;
  const done = (async () => {
    try {
      for await (const chunk of source) {
        observe?.(chunk);
        if (options.release) inFlight.push(chunk);
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
