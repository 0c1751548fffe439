import { describe, expect, it } from 'vitest';
import type { DescriptionKind } from './catalogue.js';
import { checkDescription, type DescriptionContext } from './check.js';
import { TT05_EXAMPLE_DESCRIPTIONS, TT05_EXAMPLE_PIC_SHAPE_II } from './examples.js';
import { TT05_CATALOGUE } from './catalogue.js';
import { fieldsNamed } from './finding-codes.js';

const FILE = 'H49.64.33.2001.160';

/** `severity:code` of checking the example of `kind` with `changes` applied (undefined = field removed). */
function check(kind: DescriptionKind, changes: Record<string, string | undefined>, context?: DescriptionContext): string[] {
  const fields: Record<string, string> = { ...TT05_EXAMPLE_DESCRIPTIONS[kind] };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete fields[name];
    else fields[name] = value;
  }
  return checkDescription(kind, fields, context).map((f) => `${f.severity}:${f.code}`);
}

describe('checkDescription: presence', () => {
  it('reports a required field that is empty or absent, naming it in Vietnamese', () => {
    expect(check('sip-hoso', { title: '' })).toEqual(['error:DP-TT05-REQUIRED']);
    expect(check('aip-doc', { subject: undefined })).toEqual(['error:DP-TT05-REQUIRED']);
    const [finding] = checkDescription('sip-hoso', { ...TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'], title: '' });
    expect(finding!.message).toContain('“Tiêu đề hồ sơ” (title)');
  });
  it('accepts an empty optional field but not its absent element', () => {
    expect(check('sip-hoso', { keyword: '' })).toEqual([]);
    expect(check('sip-hoso', { keyword: undefined })).toEqual(['error:DP-TT05-FIELD-ABSENT']);
  });
  it('only warns when a field the circular’s own table (17) or EAD.xsd (16) omits is absent', () => {
    expect(check('sip-hoso', { numberOfPaper: undefined })).toEqual(['warning:DP-TT05-FIELD-COUNT']);
    expect(check('sip-hoso', { riskRecovery: undefined, riskRecoveryStatus: undefined })).toEqual([
      'warning:DP-TT05-FIELD-COUNT',
      'warning:DP-TT05-FIELD-COUNT',
    ]);
    expect(check('sip-hoso', { numberOfPaper: undefined }, { strict: true })).toEqual(['error:DP-TT05-FIELD-COUNT']);
  });
  it('reports fields unknown to the kind', () => {
    expect(check('sip-hoso', { arcFileCode: 'X' })).toEqual(['error:DP-TT05-UNKNOWN-FIELD']);
    expect(check('aip-doc', { docId: 'X' })).toEqual(['error:DP-TT05-UNKNOWN-FIELD']);
  });
  it('reports a pic/media description mixing the two appendix shapes', () => {
    // arcDocCode makes it appendix II: its other fields are then missing too.
    const mixed = check('pic', { arcDocCode: 'VTLT.H49.64.33.2001.160.0000001' });
    expect(mixed[0]).toBe('error:DP-TT05-SHAPE-MIXED');
    expect(mixed.filter((c) => c === 'error:DP-TT05-SHAPE-MIXED')).toHaveLength(1);
    expect(checkDescription('pic', TT05_EXAMPLE_PIC_SHAPE_II)).toEqual([]);
  });
});

describe('checkDescription: values', () => {
  it('limits lengths in characters (code points), not bytes', () => {
    expect(check('sip-hoso', { inforSign: 'ệ'.repeat(30) })).toEqual([]);
    expect(check('sip-hoso', { inforSign: 'ệ'.repeat(31) })).toEqual(['error:DP-TT05-TOO-LONG']);
    expect(check('sip-doc', { codeNumber: '123456789012' })).toEqual(['error:DP-TT05-TOO-LONG']);
    expect(check('aip-tailieu', { source: '0'.repeat(101) })).toContain('error:DP-TT05-TOO-LONG');
  });
  it('wants integers written with digits only, docOrdinal from 1', () => {
    expect(check('sip-hoso', { totalDoc: '12a' })).toEqual(['error:DP-TT05-NOT-INTEGER']);
    expect(check('sip-hoso', { totalDoc: '-1' })).toEqual(['error:DP-TT05-NOT-INTEGER']);
    expect(check('sip-hoso', { numberOfPage: '1 200' })).toEqual(['error:DP-TT05-NOT-INTEGER']);
    expect(check('aip-doc', { docOrdinal: '0' })).toContain('error:DP-TT05-NOT-INTEGER');
  });
  it('wants DD/MM/YYYY real days in a SIP; MM/YYYY and YYYY too in an AIP file', () => {
    expect(check('sip-hoso', { startDate: '2001-01-05' })).toEqual(['error:DP-TT05-BAD-DATE']);
    expect(check('sip-hoso', { startDate: '31/02/2001' })).toEqual(['error:DP-TT05-BAD-DATE']);
    expect(check('sip-hoso', { startDate: '29/02/2000' })).toEqual([]);
    expect(check('sip-hoso', { startDate: '01/2001' })).toEqual(['error:DP-TT05-BAD-DATE']);
    expect(check('sip-doc', { issuedDate: '2001' })).toEqual(['error:DP-TT05-BAD-DATE']);
    expect(check('aip-hoso', { startDate: '2001', endDate: '12/2001' })).toEqual([]);
    expect(check('aip-hoso', { startDate: '13/2001' })).toEqual(['error:DP-TT05-BAD-DATE']);
  });
  it('wants startDate ≤ endDate, partial dates compared as the range they cover', () => {
    expect(check('sip-hoso', { startDate: '29/12/2001', endDate: '28/12/2001' })).toEqual(['error:DP-TT05-DATE-ORDER']);
    expect(check('aip-hoso', { startDate: '2001', endDate: '05/2001' })).toEqual([]);
    expect(check('aip-hoso', { startDate: '06/2001', endDate: '05/2001' })).toEqual(['error:DP-TT05-DATE-ORDER']);
  });
  it('wants codes from their lists; language takes one or more', () => {
    expect(check('sip-hoso', { maintenance: '08' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('sip-hoso', { mode: '1' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('sip-doc', { typeName: '33' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('sip-hoso', { language: '01, 02;09' })).toEqual([]);
    expect(check('sip-hoso', { language: '01,12' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('pic', { typePic: '03' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('media', { typeMedia: '00' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('sip-hoso', { riskRecoveryStatus: '03' })).toEqual(['error:DP-TT05-BAD-CODE']);
  });
  it('only warns about an unlisted format in a SIP (the SIP appendix does not code it), not in an AIP', () => {
    expect(check('sip-hoso', { format: 'Bình thường' })).toEqual(['warning:DP-TT05-BAD-CODE']);
    expect(check('aip-hoso', { format: 'Bình thường' })).toEqual(['error:DP-TT05-BAD-CODE']);
    expect(check('aip-tailieu', { source: 'văn bản đi' })).toEqual(['warning:DP-TT05-BAD-CODE']);
  });
  it('wants 0 or 1 for Boolean fields', () => {
    expect(check('sip-hoso', { riskRecovery: 'true' })).toEqual(['error:DP-TT05-BAD-BOOLEAN']);
    expect(check('sip-tailieu', { source: '2' })).toEqual(['error:DP-TT05-BAD-BOOLEAN']);
  });
});

describe('checkDescription: cross-field rules', () => {
  it('wants riskRecoveryStatus when riskRecovery = 1', () => {
    expect(check('sip-hoso', { riskRecoveryStatus: '' })).toEqual(['error:DP-TT05-RISKSTATUS-MISSING']);
    expect(check('sip-hoso', { riskRecovery: '0', riskRecoveryStatus: '' })).toEqual([]);
    expect(check('sip-doc', { riskRecovery: '1' })).toEqual(['error:DP-TT05-RISKSTATUS-MISSING']);
  });
  it('wants paperFileCode for digitised files: a warning with 02 (the sample’s defect), an error with 03', () => {
    expect(check('sip-hoso', { paperFileCode: '' })).toEqual(['warning:DP-TT05-PAPERFILECODE-MISSING']);
    expect(check('sip-hoso', { paperFileCode: '' }, { strict: true })).toEqual(['error:DP-TT05-PAPERFILECODE-MISSING']);
    expect(check('aip-hoso', { paperFileCode: '', confidenceLevel: '03' })).toEqual(['error:DP-TT05-PAPERFILECODE-MISSING']);
    expect(check('sip-hoso', { paperFileCode: '', confidenceLevel: '01' })).toEqual([]);
  });
  it('wants process for born-digital documents (confidenceLevel 01 or 03)', () => {
    expect(check('sip-doc', { confidenceLevel: '01' })).toEqual(['error:DP-TT05-PROCESS-MISSING']);
    expect(check('aip-doc', { confidenceLevel: '03' })).toEqual(['error:DP-TT05-PROCESS-MISSING']);
    expect(check('aip-doc', { confidenceLevel: '01', process: 'Luồng xử lý trên Hệ thống' })).toEqual([]);
    expect(check('sip-doc', { confidenceLevel: '02' })).toEqual([]);
  });
});

describe('checkDescription: document codes against the file', () => {
  it('accepts docId = fileCode.N and docCode = fileCode + 7-digit N', () => {
    expect(check('sip-doc', {}, { fileCode: FILE })).toEqual([]);
    expect(check('sip-doc', { docCode: `${FILE}0000001` }, { fileCode: FILE })).toEqual([]);
  });
  it('only warns about a docCode whose prefix is not the file code (the sample’s wrong year)', () => {
    const sample = { docCode: 'H49.64.33.1994.160.0000001' };
    expect(check('sip-doc', sample, { fileCode: FILE })).toEqual(['warning:DP-TT05-DOCCODE-MISMATCH']);
    expect(check('sip-doc', sample, { fileCode: FILE, strict: true })).toEqual(['error:DP-TT05-DOCCODE-MISMATCH']);
    expect(check('sip-doc', sample)).toEqual([]);
  });
  it('wants a 7-digit sequence at the end of docCode', () => {
    expect(check('sip-doc', { docCode: `${FILE}.1` }, { fileCode: FILE })).toEqual(['error:DP-TT05-DOCCODE-FORMAT']);
    expect(check('aip-doc', { docCode: `${FILE}.000001` })).toEqual(['error:DP-TT05-DOCCODE-FORMAT']);
  });
  it('warns when docId does not start with the file code or its ordinal differs from docCode’s', () => {
    expect(check('sip-doc', { docId: 'H49.64.33.2002.160.1' }, { fileCode: FILE })).toEqual(['warning:DP-TT05-DOCID-MISMATCH']);
    expect(check('sip-doc', { docId: `${FILE}.2` }, { fileCode: FILE })).toEqual(['warning:DP-TT05-DOC-SEQUENCE']);
    expect(check('aip-doc', { docOrdinal: '2' })).toEqual(['warning:DP-TT05-DOC-SEQUENCE']);
  });
  it('matches an AIP document’s codes against the parent’s arcFileCode', () => {
    const arcFileCode = TT05_EXAMPLE_DESCRIPTIONS['aip-doc'].arcFileCode!;
    expect(check('aip-doc', {}, { arcFileCode })).toEqual([]);
    expect(check('aip-doc', {}, { arcFileCode: 'VTLT.H49.64.33.2001.161' })).toEqual([
      'warning:DP-TT05-DOCCODE-MISMATCH',
      'error:DP-TT05-ARCFILECODE-MISMATCH',
    ]);
    expect(check('pic', { arcFileCode: 'other' }, { arcFileCode })).toEqual(['error:DP-TT05-ARCFILECODE-MISMATCH']);
    expect(checkDescription('pic', TT05_EXAMPLE_PIC_SHAPE_II, { arcFileCode })).toEqual([]);
    expect(checkDescription('pic', TT05_EXAMPLE_PIC_SHAPE_II, { arcFileCode: 'VTLT.X.2001.1' }).map((f) => f.code)).toEqual([
      'DP-TT05-DOCCODE-MISMATCH',
    ]);
  });
  it('puts the path on every finding', () => {
    const findings = checkDescription('sip-hoso', { title: '' }, { path: 'metadata/descriptive/EAD.xml' });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.path === 'metadata/descriptive/EAD.xml')).toBe(true);
  });
});

describe('fieldsNamed: the field a finding is about', () => {
  it('finds the element names a message names, so an editor can show it next to the input', () => {
    const names = TT05_CATALOGUE['aip-hoso'].fields.map((f) => f.name);
    const fields = { ...TT05_EXAMPLE_DESCRIPTIONS['aip-hoso'], mode: '09', startDate: '31/12/2001', endDate: '01/01/2001' };
    const byCode = Object.fromEntries(checkDescription('aip-hoso', fields).map((f) => [f.code, fieldsNamed(f.message, names)]));
    expect(byCode['DP-TT05-BAD-CODE']).toEqual(['mode']);
    expect(byCode['DP-TT05-DATE-ORDER']).toEqual(['startDate', 'endDate']);
    expect(fieldsNamed('Không nói về trường nào', names)).toEqual([]);
  });
});
