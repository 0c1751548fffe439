import { describe, expect, it } from 'vitest';
import {
  cellText,
  excelSerialToText,
  parseBooleanCell,
  parseCodeCell,
  parseDateCell,
  parseIntegerCell,
  splitDateRange,
} from './cell-values.js';
import { checkFileCodePattern } from './code-pattern.js';

const ANY = ['DD/MM/YYYY', 'MM/YYYY', 'YYYY'] as const;
const date = (value: string | number | Date) => parseDateCell({ value }, ANY);

describe('dates', () => {
  it('accepts text, Date cells, Excel serials and bare years, zero-padded to TT05 forms', () => {
    expect(date('5/3/2001')).toEqual({ ok: true, value: '05/03/2001' });
    expect(date('05-03-2001')).toEqual({ ok: true, value: '05/03/2001' });
    expect(date('2001-03-05')).toEqual({ ok: true, value: '05/03/2001' });
    expect(date('3/2001')).toEqual({ ok: true, value: '03/2001' });
    expect(date('2001')).toEqual({ ok: true, value: '2001' });
    expect(date(2001)).toEqual({ ok: true, value: '2001' });
    expect(date(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: '29/02/2024' });
    expect(date(45351)).toEqual({ ok: true, value: '29/02/2024' });
    expect(excelSerialToText(1)).toBe('01/01/1900');
    expect(excelSerialToText(61)).toBe('01/03/1900');
  });

  it('refuses impossible days and unknown forms', () => {
    expect(date('31/02/2024').ok).toBe(false);
    expect(date('29/02/2023').ok).toBe(false);
    expect(date('13/2001').ok).toBe(false);
    expect(date('năm 2001').ok).toBe(false);
    expect(date(-3).ok).toBe(false);
    expect(parseDateCell({ value: '03/2001' }, ['DD/MM/YYYY']).ok).toBe(false);
  });

  it('splits a date range written in one cell', () => {
    expect(splitDateRange('01/2001 - 12/2001')).toEqual(['01/2001', '12/2001']);
    expect(splitDateRange('2001–2003')).toEqual(['2001', '2003']);
    expect(splitDateRange('1998')).toEqual(['1998', '1998']);
  });
});

describe('code lists', () => {
  it('takes codes, numbers that lost their leading zero and labels without accents or case', () => {
    expect(parseCodeCell('01', 'maintenance', false)).toEqual({ ok: true, value: '01' });
    expect(parseCodeCell('1', 'maintenance', false)).toEqual({ ok: true, value: '01' });
    expect(parseCodeCell('VĨNH VIỄN', 'maintenance', false)).toEqual({ ok: true, value: '01' });
    expect(parseCodeCell('vinh vien', 'maintenance', false)).toEqual({ ok: true, value: '01' });
    expect(parseCodeCell('70 năm', 'maintenance', false)).toEqual({ ok: true, value: '02' });
    expect(parseCodeCell('Sử dụng có điều kiện', 'mode', false)).toEqual({ ok: true, value: '02' });
    expect(parseCodeCell('Việt', 'language', true)).toEqual({ ok: true, value: '01' });
    expect(parseCodeCell('Tiếng Việt, Tiếng Pháp', 'language', true)).toEqual({ ok: true, value: '01,03' });
    expect(parseCodeCell('Việt – Anh', 'language', true)).toEqual({ ok: true, value: '06' });
    expect(parseCodeCell('01,06', 'language', true)).toEqual({ ok: true, value: '01,06' });
    expect(parseCodeCell('hong', 'format', false)).toEqual({ ok: true, value: '03' });
  });

  it('refuses what is in no list', () => {
    expect(parseCodeCell('08', 'maintenance', false)).toEqual({ ok: false, reason: expect.stringContaining('(01 Vĩnh viễn, 02 70 năm,') });
    expect(parseCodeCell('33', 'typeName', false)).toEqual({ ok: false, reason: expect.stringContaining('(01–32)') });
    expect(parseCodeCell('Lâu dài', 'maintenance', false).ok).toBe(false);
    expect(parseCodeCell('Tiếng Việt, Klingon', 'language', true).ok).toBe(false);
  });
});

describe('other cells', () => {
  it('reads integers, yes/no and plain text', () => {
    expect(parseIntegerCell({ value: 12 })).toEqual({ ok: true, value: '12' });
    expect(parseIntegerCell({ value: ' 007 ' })).toEqual({ ok: true, value: '7' });
    expect(parseIntegerCell({ value: 1.5 }).ok).toBe(false);
    expect(parseIntegerCell({ value: '12 tờ' }).ok).toBe(false);
    expect(parseBooleanCell('Có')).toEqual({ ok: true, value: '1' });
    expect(parseBooleanCell('không')).toEqual({ ok: true, value: '0' });
    expect(parseBooleanCell('?').ok).toBe(false);
    expect(cellText({ value: '  Ho\u0302\u0300 so\u031b  ' })).toBe('Hồ sơ');
    expect(cellText({ value: 3 })).toBe('3');
    expect(cellText(undefined)).toBe('');
  });
});

describe('file code pattern', () => {
  it('accepts agency or fonds code + year + number, warns otherwise', () => {
    expect(checkFileCodePattern('H49.64.33.2001.160', null, '01/2001', '12/2001')).toEqual([]);
    expect(checkFileCodePattern('000.00.00.G09.2020.01', null)).toEqual([]);
    expect(checkFileCodePattern('P_UBND.1999.12', 'P_UBND', '1999', '2000')).toEqual([]);
    expect(checkFileCodePattern('HS-12', null).map((w) => w.code)).toEqual(['DP-IMPORT-CODE-PATTERN']);
    expect(checkFileCodePattern('XYZ.2001.1', 'P_UBND').map((w) => w.code)).toEqual(['DP-IMPORT-CODE-PATTERN']);
    expect(checkFileCodePattern('H49.2005.1', null, '2001', '2002').map((w) => w.code)).toEqual(['DP-IMPORT-CODE-YEAR']);
  });
});
