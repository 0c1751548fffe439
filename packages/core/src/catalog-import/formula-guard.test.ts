import { describe, expect, it } from 'vitest';
import { escapeFormulaText, unescapeFormulaText } from './formula-guard.js';

describe('formula guard (OWASP CSV injection)', () => {
  it('quotes a value beginning with = + - @ tab or CR, and nothing else', () => {
    for (const v of ['=1+1', '+84 912', '-5', '@SUM(A1)', '\t=x', '\r=x']) expect(escapeFormulaText(v)).toBe(`'${v}`);
    for (const v of ['Hồ sơ', '', ' =x', "'abc", '12-5', 'a=b']) expect(escapeFormulaText(v)).toBe(v);
  });

  it('round trip: every value comes back exactly, quotes of the user included', () => {
    const values = ['=A1', "'=A1", "''=A1", "'abc", "'", "''", '-', "'-", 'plain', '@', '\t', "'\t"];
    for (const v of values) expect(unescapeFormulaText(escapeFormulaText(v))).toBe(v);
    // a quote the export did not add is kept
    expect(unescapeFormulaText("'abc")).toBe("'abc");
    expect(unescapeFormulaText("'=x")).toBe('=x');
  });
});
