import { describe, expect, it } from 'vitest';
import { TT05_CATALOGUE } from './catalogue.js';
import { checkDescription } from './check.js';
import { sipToAipFields } from './convert.js';
import { TT05_EXAMPLE_DESCRIPTIONS } from './examples.js';

const FILE = 'H49.64.33.2001.160';

describe('sipToAipFields', () => {
  it('turns a SIP_hoso description into a valid AIP_hoso one (fileCode → arcFileCode)', () => {
    const sip = TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'];
    const r = sipToAipFields('sip-hoso', sip, { archiveCode: 'VTLT' });
    expect(r.kind).toBe('aip-hoso');
    expect(r.findings).toEqual([]);
    expect(Object.keys(r.fields)).toEqual(TT05_CATALOGUE['aip-hoso'].fields.map((f) => f.name));
    expect(r.fields.arcFileCode).toBe(`VTLT.${FILE}`);
    expect(r.fields.title).toBe(sip.title);
    expect(r.fields).not.toHaveProperty('fileCode');
    expect(checkDescription('aip-hoso', r.fields, { strict: true })).toEqual([]);
  });
  it('uses the fonds code instead of the agency identifier for a closed fonds', () => {
    const r = sipToAipFields('sip-hoso', TT05_EXAMPLE_DESCRIPTIONS['sip-hoso'], { archiveCode: 'VTLT', fondsCode: 'P_KHCN' });
    expect(r.fields.arcFileCode).toBe('VTLT.P_KHCN.2001.160');
    const bad = sipToAipFields('sip-hoso', { fileCode: 'NOYEAR.X' }, { fondsCode: 'P1' });
    expect(bad.findings.map((f) => f.code)).toEqual(['DP-TT05-CONVERT']);
  });
  it('reports a SIP without fileCode', () => {
    const r = sipToAipFields('sip-hoso', { title: 'T' });
    expect(r.findings.map((f) => f.code)).toEqual(['DP-TT05-CONVERT']);
    expect(r.fields).not.toHaveProperty('arcFileCode');
  });
  it('drops totalDoc and turns the Boolean source into a string for loose documents', () => {
    const r = sipToAipFields('sip-tailieu', TT05_EXAMPLE_DESCRIPTIONS['sip-tailieu'], { archiveCode: 'VTLT' });
    expect(r.kind).toBe('aip-tailieu');
    expect(r.fields).toEqual({
      arcFileCode: 'VTLT.H49.64.33.2024.01.0000001',
      title: 'Văn bản đi năm 2024',
      source: '0',
      description: '',
    });
    expect(checkDescription('aip-tailieu', r.fields)).toEqual([]);
    expect(sipToAipFields('sip-tailieu', { fileCode: 'X', source: 'true' }).fields.source).toBe('1');
    expect(sipToAipFields('sip-tailieu', { fileCode: 'X', source: 'false' }).fields.source).toBe('0');
  });
  it('turns an EAD_DOC into an AIP EAD_doc: no docId, maintenance, riskRecovery*; arcFileCode and docOrdinal added', () => {
    const sip = { ...TT05_EXAMPLE_DESCRIPTIONS['sip-doc'], docId: `${FILE}.7`, docCode: `${FILE}.0000007` };
    const r = sipToAipFields('sip-doc', sip, { archiveCode: 'VTLT' });
    expect(r.kind).toBe('aip-doc');
    expect(r.findings).toEqual([]);
    for (const gone of ['docId', 'maintenance', 'riskRecovery', 'riskRecoveryStatus']) expect(r.fields).not.toHaveProperty(gone);
    expect(r.fields.arcFileCode).toBe(`VTLT.${FILE}`);
    expect(r.fields.docOrdinal).toBe('7');
    expect(r.fields.docCode).toBe(`${FILE}.0000007`);
    expect(Object.keys(r.fields)).toEqual(TT05_CATALOGUE['aip-doc'].fields.map((f) => f.name));
    expect(checkDescription('aip-doc', r.fields, { arcFileCode: `VTLT.${FILE}`, fileCode: FILE, strict: true })).toEqual([]);
  });
  it('takes the parent file code from the options first (the sample’s docCode has the wrong year)', () => {
    const sip = { ...TT05_EXAMPLE_DESCRIPTIONS['sip-doc'], docId: '', docCode: 'H49.64.33.1994.160.0000003' };
    expect(sipToAipFields('sip-doc', sip, { fileCode: FILE }).fields.arcFileCode).toBe(FILE);
    expect(sipToAipFields('sip-doc', sip).fields.arcFileCode).toBe('H49.64.33.1994.160');
    const none = sipToAipFields('sip-doc', { subject: 'x' });
    expect(none.findings.map((f) => f.code)).toEqual(['DP-TT05-CONVERT', 'DP-TT05-CONVERT']);
  });
});
