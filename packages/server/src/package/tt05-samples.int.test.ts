// The hand-made TT05 sample SIPs (fixtures/tt05, written by make-samples.mjs from TT05-PACKAGES.md)
// must pass package validation as folders and as zips: errors none, warnings allowed (the sample's
// own TT05 shapes: IDENTIFICATIONCODE note, a person as rep1 agent, no metadata/preservation).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePackage } from './validate.js';
import { validateMetsXsd } from './xsd.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/tt05');
const SAMPLES = ['sip-hoso-sample', 'sip-hoso-supplement', 'sip-tailieu-sample'];
// Warnings the TT05 sample shape is known to raise; anything else is a regression in the fixtures.
const EXPECTED_WARNINGS = new Set(['CSIP16', 'CSIP12', 'CSIP13', 'CSIP15', 'CSIPSTR6', 'CSIPSTR16']);

const packageFolder = (sample: string) => {
  const [objid] = readdirSync(join(FIXTURES, sample));
  return { objid: objid!, path: join(FIXTURES, sample, objid!) };
};

describe('TT05 sample packages (fixtures/tt05)', () => {
  for (const sample of SAMPLES) {
    for (const form of ['folder', 'zip'] as const) {
      it(`${sample} (${form}) is valid`, async () => {
        const { objid, path } = packageFolder(sample);
        const v = await validatePackage(form === 'zip' ? join(FIXTURES, `${sample}.zip`) : path);
        expect(v.report.errors, JSON.stringify(v.report.errors, null, 1)).toEqual([]);
        expect(v.report.valid).toBe(true);
        expect(v.format).toBe(form === 'zip' ? 'zip' : 'dir');
        expect(v.representations).toEqual(['rep1']);
        expect(v.phases.schema).toEqual([]);
        expect(v.phases.fixity).toEqual([]);
        const unexpected = v.report.warnings.filter((w) => !EXPECTED_WARNINGS.has(w.code));
        expect(unexpected, JSON.stringify(unexpected, null, 1)).toEqual([]);
        expect(v.report.warnings.map((w) => w.code)).toContain('CSIP16'); // IDENTIFICATIONCODE note, as the sample
        if (form === 'zip') {
          // The package folder inside the zip is named by the OBJID.
          const root = readFileSync(join(path, 'METS.xml'), 'utf8');
          expect(root).toContain(`OBJID="${objid}"`);
        }
      });
    }

    it(`${sample}: both METS files pass mets.xsd`, async () => {
      const { path } = packageFolder(sample);
      for (const rel of ['METS.xml', 'representations/rep1/METS.xml'])
        expect(await validateMetsXsd(readFileSync(join(path, rel)), rel)).toEqual([]);
    });
  }

  it('the descriptive metadata fits the bundled simpledc schemas, except known defect 2', () => {
    const { path } = packageFolder('sip-hoso-sample');
    const xmllint = (schema: string, file: string) => {
      try {
        execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(path, 'schemas', schema), join(path, file)], { stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stderr?: Buffer }).stderr ?? e);
      }
    };
    expect(xmllint('ead.xsd', 'metadata/descriptive/EAD.xml')).toBe('');
    // The sample's ead_doc.xsd declares arcDocCode while the data (rightly) says docCode.
    const doc = xmllint('ead_doc.xsd', 'representations/rep1/metadata/descriptive/EAD_DOC_H49.64.33.2001.160.1.xml');
    expect(doc).toMatch(/docCode/);
  });

  it('the supplement links a document of the first sample by its docId only', () => {
    const { path } = packageFolder('sip-hoso-supplement');
    const fetch = readFileSync(join(path, 'representations/rep1/data/H49.64.33.2001.160.2.pdf.fetch.txt'), 'utf8');
    expect(fetch).toBe('H49.64.33.2001.160.2');
    const first = packageFolder('sip-hoso-sample').path;
    expect(readdirSync(join(first, 'representations/rep1/data'))).toContain('H49.64.33.2001.160.2.pdf');
  });
});
