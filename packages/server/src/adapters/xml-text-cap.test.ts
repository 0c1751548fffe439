import { describe, expect, it } from 'vitest';
import { CELL_CUT, ROW_CUT, XmlTextCap } from './xml-text-cap.js';

const limits = { maxCellChars: 10, maxRowChars: 16 };

/** The filter's output for `xml` cut into chunks at `cuts` (every way of cutting must give the same). */
function run(xml: string, cuts: number[] = [], l = limits): string {
  const cap = new XmlTextCap(l);
  let out = '';
  let from = 0;
  for (const at of [...cuts, xml.length]) {
    out += cap.write(xml.slice(from, at));
    from = at;
  }
  return out + cap.end();
}

/** run() for one chunk, and for every cut into two and into single characters: all equal. */
function filtered(xml: string, l = limits): string {
  const whole = run(xml, [], l);
  // the UTF-8 decoder hands over whole characters: a chunk never ends inside a surrogate pair
  const cuts = Array.from({ length: xml.length - 1 }, (_, k) => k + 1).filter((k) => !/[\uDC00-\uDFFF]/.test(xml[k]!));
  for (const k of cuts) expect(run(xml, [k], l), `cut at ${k}`).toBe(whole);
  expect(run(xml, cuts, l)).toBe(whole);
  return whole;
}

describe('XmlTextCap', () => {
  it('passes a workbook part under the limits through unchanged, however it is chunked (comments dropped)', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><!-- note --><sst><si><t>Hồ sơ &amp; tài liệu</t></si>' +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">a&#10;b</t></r></si><x a="1>2"/><si><t><![CDATA[<x>]]></t></si></sst>';
    expect(filtered(xml, { maxCellChars: 100, maxRowChars: 100 })).toBe(xml.replace('<!-- note -->', ''));
  });

  it('cuts a cell at the limit, marks it, and drops the rest; the next cell starts afresh', () => {
    const xml = `<sheetData><row r="1"><c r="A1"><v>${'9'.repeat(30)}</v></c><c r="B1"><v>12</v></c></row></sheetData>`;
    expect(filtered(xml)).toBe(
      `<sheetData><row r="1"><c r="A1"><v>${'9'.repeat(10)}${CELL_CUT}</v></c><c r="B1"><v>12</v></c></row></sheetData>`,
    );
  });

  it('the runs of one shared string share its budget; an entity or a surrogate pair is never cut in two', () => {
    const xml = '<sst><si><r><t>aaaaaa</t></r><r><t>bbbbbbbb</t></r></si><si><t>aaaaaaa&amp;bb</t></si><si><t>aaaaaaaaa😀b</t></si></sst>';
    expect(filtered(xml)).toBe(
      `<sst><si><r><t>aaaaaa</t></r><r><t>bbbb${CELL_CUT}</t></r></si><si><t>aaaaaaa&amp;${CELL_CUT}</t></si><si><t>aaaaaaaaa${CELL_CUT}</t></si></sst>`,
    );
  });

  it('marks nothing when an entity across the limit ends the text: nothing was dropped', () => {
    const xml = '<sst><si><t>aaaaaaa&amp;</t></si><si><t>aaaaaaa&amp;</t><t>b</t></si></sst>';
    expect(filtered(xml)).toBe(`<sst><si><t>aaaaaaa&amp;</t></si><si><t>aaaaaaa&amp;</t><t>${CELL_CUT}</t></si></sst>`);
  });

  it('cuts the strings of a row at the row limit; numbers and the next row are untouched', () => {
    const s = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
    const xml = `<row r="1">${s('aaaaaaaa')}${s('bbbbbbbb')}${s('cccc')}<c><v>123</v></c></row><row r="2">${s('dddd')}</row>`;
    expect(filtered(xml)).toBe(
      `<row r="1">${s('aaaaaaaa')}${s(`bbbbbbbb`)}${s(ROW_CUT)}<c><v>123</v></c></row><row r="2">${s('dddd')}</row>`,
    );
    const xml2 = `<row r="1">${s('aaaaaaaa')}${s('bbbbbbbbbb')}</row>`;
    expect(filtered(xml2)).toBe(`<row r="1">${s('aaaaaaaa')}${s(`bbbbbbbb${ROW_CUT}`)}</row>`);
  });

  it('refuses a tag longer than the row limit instead of gathering it', () => {
    const cap = new XmlTextCap({ maxCellChars: 10, maxRowChars: 1000 });
    expect(() => {
      for (let i = 0; i < 100; i++) cap.write(`<c a${i}="${'x'.repeat(1000)}" `);
    }).toThrow(/XML tag longer/);
  });
});
