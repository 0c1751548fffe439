/*
 * Set specs of DuPhong's OAI-PMH sets: `unit:<unit id>` and `fonds:<fonds code>`. A setSpec may
 * only hold unreserved URI characters, and ':' separates hierarchy levels (§4.6), so any other
 * character of a code (a space, a '/', Vietnamese letters) is written `~XX` per UTF-8 byte, `~`
 * itself included, and read back the same way.
 */
const PLAIN = /[A-Za-z0-9\-_.!*'()]/;

export function escapeSetPart(value: string): string {
  let out = '';
  for (const ch of value) {
    if (PLAIN.test(ch)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function unescapeSetPart(value: string): string | undefined {
  if (!/^(?:[A-Za-z0-9\-_.!*'()]|~[0-9A-F]{2})*$/.test(value)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < value.length;) {
    if (value[i] === '~') {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 3;
    } else bytes.push(value.charCodeAt(i++));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

export type OaiSet = { kind: 'unit'; id: string } | { kind: 'fonds'; code: string };

export function setSpecOf(set: OaiSet): string {
  return set.kind === 'unit' ? `unit:${escapeSetPart(set.id)}` : `fonds:${escapeSetPart(set.code)}`;
}

export function parseSetSpec(spec: string): OaiSet | undefined {
  const m = /^(unit|fonds):(.+)$/.exec(spec);
  if (!m) return undefined;
  const value = unescapeSetPart(m[2]!);
  if (value === undefined) return undefined;
  return m[1] === 'unit' ? { kind: 'unit', id: value } : { kind: 'fonds', code: value };
}
