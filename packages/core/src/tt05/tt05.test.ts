import { describe, expect, it } from 'vitest';
import { parseXml } from '../xml/tree.js';
import { fromUtf8, utf8 } from '../ports/bytes.js';
import { AIP, buildAipMetadata, type AipBuildInput } from './aip-build.js';
import { checkAipAgainstState } from './aip-check.js';
import { readMets } from './mets-read.js';
import { writeMets } from './mets-write.js';
import { readPremis, writePremis, type PremisDocument } from './premis.js';
import { fromPremisEventRecord, toPremisEventRecord } from './events.js';
import { AIP_OBJID, SIP_OBJID, newAipObjid, packageFolderName, tt05Id } from './ids.js';
import type { PremisEvent } from '../model/catalogue.js';

// A stand-in digest: the builder only needs a function of the bytes (the server passes SHA-256).
const fakeSha = (bytes: Uint8Array) => (bytes.byteLength.toString(16).padStart(8, '0') + 'ab'.repeat(28)).slice(0, 64);

function sampleInput(): AipBuildInput {
  return {
    objid: newAipObjid(),
    label: 'Hồ sơ về việc <xây dựng> & "phát triển" khoa học',
    type: 'Mixed',
    fileCode: 'H49.64.33.2001.160',
    fondsCode: 'P_KHCN',
    createDate: '2026-06-12T09:30:00.000+07:00',
    lastModDate: '2026-11-30T10:00:00.000+07:00',
    recordStatus: 'NEW',
    software: { name: 'DuPhong', version: '0.1.0' },
    ead: utf8('<simpledc><arcFileCode>H49.64.33.2001.160</arcFileCode></simpledc>'),
    documents: [
      {
        dataPath: 'H49.64.33.2001.160.1.pdf',
        size: 1000,
        sha256: 'a'.repeat(64),
        created: '2026-06-12T09:30:00.000+07:00',
        mimeType: 'application/pdf',
        format: { name: 'Acrobat PDF/A - Portable Document Format', version: '2b', puid: 'fmt/477' },
        ead: { name: 'EAD_DOC_H49.64.33.2001.160.1.xml', bytes: utf8('<simpledc/>') },
      },
      {
        dataPath: 'ảnh/Tờ trình.jpg',
        size: 5,
        sha256: 'b'.repeat(64),
        created: '2026-06-12T09:30:00.000+07:00',
        mimeType: 'image/jpeg',
        originalName: 'Tờ trình.JPG',
      },
    ],
    schemas: [{ name: 'mets1_12.xsd', size: 10, sha256: 'c'.repeat(64) }],
    events: [toPremisEventRecord(event())],
    agents: [{ identifier: { type: 'local', value: 'DuPhong 0.1.0' }, name: 'DuPhong', type: 'software', version: '0.1.0' }],
    sha256: fakeSha,
  };
}

function event(): PremisEvent {
  return {
    id: crypto.randomUUID(),
    objectId: 'urn:uuid:X',
    site: 'bac',
    type: 'ingestion start',
    dateTime: '2026-11-30T10:00:00.000+07:00',
    outcome: 'success',
    detail: 'Tiếp nhận 2 tệp',
    agent: 'DuPhong 0.1.0',
  };
}

describe('TT05 METS and PREMIS', () => {
  it('identifiers follow TT05', () => {
    expect(newAipObjid()).toMatch(AIP_OBJID);
    expect(tt05Id()).toMatch(SIP_OBJID);
    expect(packageFolderName('urn:P_KHCN:uuid-1')).toBe('urn_P_KHCN_uuid-1');
  });

  it('the AIP metadata round-trips: readMets(writeMets(x)) = x, readPremis(writePremis(x)) = x', () => {
    const files = buildAipMetadata(sampleInput());
    expect([...files.keys()].sort()).toEqual(
      [AIP.mets, AIP.ead, AIP.premis, AIP.repMets, AIP.repPremis, `${AIP.repDescriptive}EAD_DOC_H49.64.33.2001.160.1.xml`].sort(),
    );
    for (const path of [AIP.mets, AIP.repMets]) {
      const parsed = readMets(parseXml(fromUtf8(files.get(path)!)).root!);
      expect(parsed.findings).toEqual([]);
      const again = readMets(parseXml(writeMets(parsed.doc!)).root!);
      expect(again.doc).toEqual(parsed.doc);
    }
    for (const path of [AIP.premis, AIP.repPremis]) {
      const parsed = readPremis(parseXml(fromUtf8(files.get(path)!)).root!);
      expect(readPremis(parseXml(writePremis(parsed.doc!)).root!).doc).toEqual(parsed.doc);
    }
  });

  it('the root METS checksums what it references and follows the TT05 attributes', () => {
    const input = sampleInput();
    const files = buildAipMetadata(input);
    const root = readMets(parseXml(fromUtf8(files.get(AIP.mets)!)).root!).doc!;
    expect(root.objid).toBe(input.objid);
    expect(root.header.oaisPackageType).toBe('AIP');
    expect(root.profile).toBe('http://www.ra.ee/METS/v01/IP.xml');
    expect(root.dmdSecs[0]!.ref.checksum).toBe(fakeSha(files.get(AIP.ead)!).toUpperCase());
    const rep = root.fileSec!.groups.find((g) => g.use === 'Representations/rep1')!.files[0]!;
    expect(rep.size).toBe(files.get(AIP.repMets)!.byteLength);
    const repDoc = readMets(parseXml(fromUtf8(files.get(AIP.repMets)!)).root!).doc!;
    expect(repDoc.contentInformationType).toBe('MIXED');
    expect(repDoc.structMap.root.type).toBe('NORMALIZED');
    expect(repDoc.fileSec!.groups[0]!.files.map((f) => f.href)).toEqual(['data/H49.64.33.2001.160.1.pdf', 'data/ảnh/Tờ trình.jpg']);
    expect(repDoc.label).toBe(input.label);
  });

  it('PREMIS events keep every catalogue field', () => {
    const e = event();
    const doc: PremisDocument = {
      objects: [{ category: 'intellectualEntity', identifier: { type: 'OBJID', value: 'urn:uuid:X' } }],
      events: [toPremisEventRecord(e)],
      agents: [],
    };
    const back = readPremis(parseXml(writePremis(doc)).root!).doc!;
    expect(fromPremisEventRecord(back.events[0]!, 'urn:uuid:X')).toEqual(e);
    expect(fromPremisEventRecord(back.events[0]!, 'urn:uuid:X').site).toBe('bac');
  });

  it('a METS without its header or OBJID is reported, not thrown', () => {
    const r = readMets(parseXml('<mets xmlns="http://www.loc.gov/METS/"><structMap/></mets>').root!);
    expect(r.findings.map((f) => f.code)).toContain('DP-TT05-METS-MISSING');
    expect(readPremis(parseXml('<x/>').root!).findings[0]!.code).toBe('DP-TT05-PREMIS-ROOT');
  });

  it('an AIP agrees with the stored state; a changed, missing or unreferenced file is found', () => {
    const input = sampleInput();
    const files = buildAipMetadata(input);
    const state = new Map<string, string>([...files].map(([p, b]) => [p, fakeSha(b)]));
    for (const d of input.documents) state.set(`${AIP.repData}${d.dataPath}`, d.sha256);
    for (const s of input.schemas) state.set(`${AIP.schemas}${s.name}`, s.sha256);
    const parse = (p: string) => readMets(parseXml(fromUtf8(files.get(p)!)).root!).doc;
    expect(checkAipAgainstState(parse(AIP.mets), parse(AIP.repMets), state)).toEqual([]);
    const changed = new Map(state).set(`${AIP.repData}ảnh/Tờ trình.jpg`, 'f'.repeat(64));
    expect(checkAipAgainstState(parse(AIP.mets), parse(AIP.repMets), changed).map((f) => f.code)).toEqual(['DP-AIP-CHECKSUM']);
    const missing = new Map(state);
    missing.delete(AIP.ead);
    expect(checkAipAgainstState(parse(AIP.mets), parse(AIP.repMets), missing).map((f) => f.code)).toEqual(['DP-AIP-FILE-MISSING']);
    const extra = new Map(state).set(`${AIP.repData}lạ.pdf`, 'e'.repeat(64));
    expect(checkAipAgainstState(parse(AIP.mets), parse(AIP.repMets), extra).map((f) => f.code)).toEqual(['DP-AIP-UNREFERENCED']);
    expect(checkAipAgainstState(undefined, undefined, state).map((f) => f.code)).toEqual(['DP-AIP-METS']);
  });
});
