// Standard in every JS runtime core targets (Node 20+, browsers); declared here because core's
// `lib` excludes DOM and Node typings on purpose, to keep I/O out of core.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare function structuredClone<T>(value: T): T;
declare const crypto: { randomUUID(): string };
