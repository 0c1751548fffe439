import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TT05_EAD_XSD } from '@duphong/core';

/*
 * Validate OAI-PMH responses with xmllint against the official OAI-PMH.xsd and oai_dc.xsd
 * (../shared/conformance/oai-pmh-schemas) and our ead schema. The envelope's <metadata> takes any
 * element strictly, and libxml2 follows no schemaLocation hints, so one wrapper schema imports
 * all three namespaces.
 */
export const OAI_SCHEMAS = '/work/shared/conformance/oai-pmh-schemas';

export function oaiValidator(): { validate: (xml: string) => string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'oai-xsd-'));
  writeFileSync(join(dir, 'tt05-ead.xsd'), TT05_EAD_XSD);
  writeFileSync(
    join(dir, 'all.xsd'),
    `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="${OAI_SCHEMAS}/OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="${OAI_SCHEMAS}/oai_dc.xsd"/>
  <xs:import namespace="urn:duphong:oai:tt05-ead" schemaLocation="${join(dir, 'tt05-ead.xsd')}"/>
</xs:schema>
`,
  );
  let n = 0;
  return {
    validate(xml: string): string[] {
      const file = join(dir, `r${n++}.xml`);
      writeFileSync(file, xml);
      try {
        execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'all.xsd'), file], {
          env: { ...process.env, XML_CATALOG_FILES: join(OAI_SCHEMAS, 'catalog.xml') },
          stdio: 'pipe',
        });
        return [];
      } catch (error) {
        const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
        return stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith('validates'));
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
