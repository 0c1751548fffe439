import type { PackageSource } from './archive.js';

interface Waiter {
  resolve: (stream: AsyncIterable<Uint8Array>) => void;
  reject: (error: unknown) => void;
}

/**
 * Random access over a package whose reader walks entries in order (ZIP, TAR, folder): `open(path)`
 * waits until the walk reaches that entry and hands its stream over; the walk moves on once the
 * stream is consumed (or abandoned). Callers open entries in the order given to the constructor.
 */
export class ArchiveFeeder {
  private readonly waiting = new Map<string, Waiter>();
  private readonly arrived = new Map<string, AsyncIterable<Uint8Array>>();
  private failure: unknown;
  private aborted = false;
  private readonly release = new Set<() => void>();
  readonly done: Promise<void>;

  constructor(source: PackageSource, paths: readonly string[]) {
    this.done = source
      .read(new Set(paths), async (path, stream) => {
        if (this.aborted) return;
        let finished!: () => void;
        const consumed = new Promise<void>((r) => (finished = r));
        this.release.add(finished);
        const self = this;
        const handed = (async function* () {
          try {
            for await (const chunk of stream) yield chunk as Uint8Array;
          } finally {
            self.release.delete(finished);
            finished();
          }
        })();
        const waiter = this.waiting.get(path);
        if (waiter) {
          this.waiting.delete(path);
          waiter.resolve(handed);
        } else this.arrived.set(path, handed);
        await consumed;
      })
      .catch((error: unknown) => {
        this.failure = error;
      })
      .finally(() => {
        for (const [path, w] of this.waiting) w.reject(this.failure ?? new Error(`mục ${path} không có trong gói`));
        this.waiting.clear();
      });
  }

  open(path: string): Promise<AsyncIterable<Uint8Array>> {
    const ready = this.arrived.get(path);
    if (ready) {
      this.arrived.delete(path);
      return Promise.resolve(ready);
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.set(path, { resolve, reject }));
  }

  /** Stop handing out entries (the write failed): the walk drains without waiting for anyone. */
  async abort(): Promise<void> {
    this.aborted = true;
    for (const r of this.release) r();
    this.release.clear();
    await this.done;
  }
}
