import { describe, expect, it } from 'vitest';
import { escapeSetPart, parseSetSpec, setSpecOf, unescapeSetPart } from './sets.js';
import { fileCodeOf, oaiIdentifier, dateRange } from './records.js';
import { boundOf, parseOaiRequest } from './protocol.js';

describe('OAI-PMH pieces', () => {
  it('escapes set parts to unreserved characters and reads them back', () => {
    for (const value of ['P LC/01', 'Phông Hà Nội', 'a~b:c', 'H15.01']) {
      const escaped = escapeSetPart(value);
      expect(escaped).toMatch(/^[A-Za-z0-9\-_.!*'()~]+$/);
      expect(unescapeSetPart(escaped)).toBe(value);
    }
    expect(setSpecOf({ kind: 'fonds', code: 'P LC/01' })).toBe('fonds:P~20LC~2F01');
    expect(parseSetSpec('unit:province-lao-cai')).toEqual({ kind: 'unit', id: 'province-lao-cai' });
    expect(parseSetSpec('fonds:~ZZ')).toBeUndefined();
    expect(parseSetSpec('other:x')).toBeUndefined();
  });

  it('identifiers belong to one repository and round-trip file codes', () => {
    const id = oaiIdentifier('tinh-lao-cai', 'H15.01 2006/001');
    expect(fileCodeOf('tinh-lao-cai', id)).toBe('H15.01 2006/001');
    expect(fileCodeOf('trung-uong', id)).toBeUndefined();
    expect(fileCodeOf('tinh-lao-cai', 'oai:tinh-lao-cai:%E0')).toBeUndefined();
  });

  it('validates arguments as §3.6 asks', () => {
    expect(
      parseOaiRequest([
        ['verb', 'ListRecords'],
        ['metadataPrefix', 'oai_dc'],
        ['from', '2026-01-01'],
      ]),
    ).toEqual({
      request: { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2026-01-01' },
    });
    expect(
      parseOaiRequest([
        ['verb', 'ListRecords'],
        ['resumptionToken', 't'],
        ['set', 'x'],
      ]),
    ).toMatchObject({ errors: [{ code: 'badArgument' }] });
    expect(parseOaiRequest([])).toMatchObject({ errors: [{ code: 'badVerb' }] });
    expect(
      parseOaiRequest([
        ['verb', 'Identify'],
        ['x', '1'],
      ]),
    ).toMatchObject({ errors: [{ code: 'badArgument' }] });
    expect(
      parseOaiRequest([
        ['verb', 'GetRecord'],
        ['identifier', 'a'],
      ]),
    ).toMatchObject({ errors: [{ code: 'badArgument' }] });
    expect(boundOf('2026-01-01', 'until')).toBe('2026-01-01T23:59:59Z');
  });

  it('writes TT05 dates as W3C-DTF ranges', () => {
    expect(dateRange({ startDate: '1/2/1998', endDate: '12/1998' })).toBe('1998-02-01/1998-12');
    expect(dateRange({ startDate: '1998', endDate: '1998' })).toBe('1998');
    expect(dateRange({})).toBeUndefined();
  });
});
