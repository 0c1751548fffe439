import { describe, expect, it } from 'vitest';
import { DESCRIPTION_KINDS, TT05_CATALOGUE, fieldsToWrite, picMediaShape } from './catalogue.js';
import { TT05_CODE_LISTS, codeLabel } from './code-lists.js';
import { checkDescription } from './check.js';
import { TT05_EXAMPLE_DESCRIPTIONS, TT05_EXAMPLE_PIC_SHAPE_II } from './examples.js';

const names = (kind: keyof typeof TT05_CATALOGUE) => TT05_CATALOGUE[kind].fields.map((f) => f.name);

describe('TT05 catalogue', () => {
  it('has the field counts of the circular and the sample', () => {
    expect(names('sip-hoso')).toHaveLength(18);
    expect(names('aip-hoso')).toHaveLength(18);
    expect(names('sip-tailieu')).toEqual(['fileCode', 'title', 'source', 'totalDoc', 'description']);
    expect(names('aip-tailieu')).toEqual(['arcFileCode', 'title', 'source', 'description']);
    expect(names('sip-doc')).toHaveLength(21);
    expect(names('aip-doc')).toHaveLength(19);
  });
  it('writes the SIP_hoso fields in the sample order, and the AIP_hoso ones with arcFileCode', () => {
    expect(names('sip-hoso').join(' ')).toBe(
      'fileCode title maintenance mode language startDate endDate keyword totalDoc numberOfPaper numberOfPage format ' +
        'inforSign confidenceLevel paperFileCode riskRecovery riskRecoveryStatus description',
    );
    expect(names('aip-hoso')).toEqual(['arcFileCode', ...names('sip-hoso').slice(1)]);
  });
  it('gives the AIP EAD_doc its own field set', () => {
    const aip = names('aip-doc');
    for (const gone of ['docId', 'maintenance', 'riskRecovery', 'riskRecoveryStatus']) expect(aip).not.toContain(gone);
    expect(aip).toContain('arcFileCode');
    expect(aip).toContain('docOrdinal');
    expect(aip).toContain('docCode');
  });
  it('keeps both EAD_pic / EAD_media shapes', () => {
    for (const kind of ['pic', 'media'] as const) {
      const i = fieldsToWrite(kind, TT05_EXAMPLE_DESCRIPTIONS[kind]).map((f) => f.name);
      const ii = fieldsToWrite(kind, { arcDocCode: '' }).map((f) => f.name);
      expect(i).toContain('docOrdinal');
      expect(i).not.toContain('arcDocCode');
      expect(ii).toEqual(expect.arrayContaining(['arcDocCode', 'maintenance', 'riskRecovery', 'riskRecoveryStatus']));
      expect(ii).not.toContain('arcFileCode');
    }
    expect(picMediaShape('pic', TT05_EXAMPLE_PIC_SHAPE_II)).toBe('II');
    expect(picMediaShape('sip-hoso', {})).toBeUndefined();
  });
  it('has unique names, a code list for every code field and labels everywhere', () => {
    for (const kind of DESCRIPTION_KINDS) {
      const fields = TT05_CATALOGUE[kind].fields;
      expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
      for (const f of fields) {
        expect(f.label).not.toBe('');
        if (f.type === 'code' || f.type === 'boolean-01') expect(f.codeList, `${kind}.${f.name}`).toBeDefined();
        if (f.type === 'date') expect(f.dateForms, `${kind}.${f.name}`).toBeDefined();
      }
    }
  });
  it('has the code lists of DOMAIN.md §5 with Vietnamese labels', () => {
    expect(TT05_CODE_LISTS.typeName.entries).toHaveLength(32);
    expect(codeLabel('typeName', '22')).toBe('Công văn');
    expect(codeLabel('typeName', '32')).toBe('Khác');
    expect(TT05_CODE_LISTS.language.entries.map((e) => e.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11']);
    expect(codeLabel('language', '09')).toBe('Hán Nôm');
    expect(TT05_CODE_LISTS.maintenance.entries).toHaveLength(7);
    expect(codeLabel('mode', '03')).toBe('Mật');
    expect(codeLabel('confidenceLevel', '02')).toBe('Số hóa');
    expect(codeLabel('format', '03')).toBe('Hỏng');
    expect(codeLabel('riskRecovery', '1')).toBe('Có');
    expect(codeLabel('riskRecoveryStatus', '02')).toBe('Chưa dự phòng');
    expect(codeLabel('typePic', '01')).toBe('Phim âm bản');
    expect(codeLabel('typeMedia', '02')).toBe('Ghi hình');
    expect(codeLabel('colour', '03')).toBeUndefined();
  });
  it('has examples that pass every check, strictly', () => {
    for (const kind of DESCRIPTION_KINDS) {
      expect(checkDescription(kind, TT05_EXAMPLE_DESCRIPTIONS[kind], { strict: true }), kind).toEqual([]);
    }
    expect(checkDescription('pic', TT05_EXAMPLE_PIC_SHAPE_II, { strict: true })).toEqual([]);
  });
});
