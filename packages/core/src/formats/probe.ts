import type { Finding } from '../findings.js';
import { latin1 } from './bytes.js';

/** What a detector sees: the head and tail windows, as bytes and as Latin-1 text. */
export interface Probe {
  head: Uint8Array;
  tail: Uint8Array;
  headText: string;
  tailText: string;
  /** Offset of tail[0] in the file. */
  tailStart: number;
  size: number;
  /** Lower-case extension without the dot, '' when none. */
  ext: string;
  /** Text a caller read from inside a container (e.g. an inflated ODF manifest), if any. */
  containerText: string;
}

export type Basis = 'signature' | 'extension' | 'container';

/** A detector's answer: a PUID from the registry, how it was decided, and anything worth saying. */
export interface Detection {
  puid: string;
  basis: Basis;
  /** Overrides the registry MIME type (M4A is fmt/199 but audio/mp4). */
  mime?: string;
  findings?: Finding[];
}

export function makeProbe(input: { head: Uint8Array; tail?: Uint8Array; size: number; ext: string; containerText?: string }): Probe {
  // Without a tail, the head is the end of the file only when it holds all `size` bytes.
  const wholeInHead = input.head.length >= input.size;
  const tail = input.tail ?? (wholeInHead ? input.head.subarray(Math.max(0, input.head.length - 65536)) : new Uint8Array(0));
  const tailStart = input.size - tail.length;
  // The text views are made on first use: most files are decided by their first bytes, and turning
  // 128 KiB into strings was most of the cost of identifying a file (measured: ~2 ms per file).
  let headText: string | undefined;
  let tailText: string | undefined;
  return {
    head: input.head,
    tail,
    get headText() {
      return (headText ??= latin1(input.head));
    },
    get tailText() {
      return (tailText ??= latin1(tail));
    },
    tailStart,
    size: input.size,
    ext: input.ext,
    containerText: input.containerText ?? '',
  };
}

/**
 * Format findings carry both languages in one message, Vietnamese first: "vi / en" (the HTTP
 * and --json shape stays one string). People see one language: `localiseFormatMessage`.
 */
export const BILINGUAL = ' / ';

/** The part of a format finding's message in `lang` (a message without the separator is returned whole). */
export function localiseFormatMessage(message: string, lang: 'vi' | 'en'): string {
  const at = message.indexOf(BILINGUAL);
  if (at < 0) return message;
  return lang === 'en' ? message.slice(at + BILINGUAL.length) : message.slice(0, at);
}

export function finding(code: string, severity: 'error' | 'warning', message: string): Finding {
  return { code, severity, message };
}
