// Test helpers (imported by *.test.ts only): byte strings written as Latin-1, one char per byte.
export function bytes(...parts: Array<string | number[] | Uint8Array>): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const c of part) out.push(c.charCodeAt(0) & 0xff);
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

export function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}

export function u32(n: number): number[] {
  return [...u16(n & 0xffff), ...u16(n >>> 16)];
}

export function be32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** A ZIP local file header + stored data for one entry. */
export function zipEntry(name: string, data = '', method = 0): Uint8Array {
  return bytes(
    'PK\u0003\u0004',
    u16(20),
    u16(0),
    u16(method),
    u16(0),
    u16(0),
    u32(0),
    u32(data.length),
    u32(data.length),
    u16(name.length),
    u16(0),
    name,
    data,
  );
}

export function utf16(text: string): string {
  return [...text].map((c) => `${c}\u0000`).join('');
}
