import { describe, expect, it } from 'vitest';
import { runPackage } from '../cli/commands/package.js';
import { Output } from '../cli/output.js';
import { classify } from '../errors.js';

const R = '/work/shared/conformance/eark-validator-resources/resources/ips';

async function run(args: string[]) {
  let stdout = '';
  const out = new Output(
    true,
    'vi',
    (s) => (stdout += s),
    () => undefined,
  );
  try {
    const code = await runPackage(args, out);
    return { code, json: JSON.parse(stdout) as { valid: boolean; errors: Array<{ code: string }> } };
  } catch (e) {
    return { code: classify(e).exit, json: undefined };
  }
}

describe('duphong package validate', () => {
  it('exit 0 for a valid package, 3 for an invalid one, 2 for a missing path', async () => {
    const ok = await run(['validate', `${R}/unpacked/733dc055-34be-4260-85c7-5549a7083031`, '--json']);
    expect(ok.code).toBe(0);
    expect(ok.json?.valid).toBe(true);
    const bad = await run(['validate', `${R}/unpacked/733dc055-34be-4260-85c7-5549a7083031-bad`, '--json']);
    expect(bad.code).toBe(3);
    expect(bad.json?.errors.some((e) => e.code === 'DP-PKG-FIXITY')).toBe(true);
    expect((await run(['validate', '/nonexistent/pkg.zip', '--json'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('xmllint missing', () => {
  it('is an error finding naming libxml2-utils, never a silent pass', async () => {
    const { validateMetsXsd } = await import('./xsd.js');
    const f = await validateMetsXsd(Buffer.from('<mets/>'), 'METS.xml', { xmllint: '/nonexistent/xmllint' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'DP-PKG-XMLLINT-MISSING', severity: 'error' });
    expect(f[0]!.message).toMatch(/libxml2-utils/);
    expect(f[0]!.message).toMatch(/install-system-deps\.sh/);
  });
});
