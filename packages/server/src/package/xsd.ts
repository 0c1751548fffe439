import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFinding, type PackageFinding } from '@duphong/core';

/**
 * METS XSD validation with xmllint (Debian libxml2-utils), run at validation time on the bytes
 * given on stdin: `xmllint --noout --nonet --schema mets.xsd -`. The schemas are this package's
 * copies in `schemas/` (mets.xsd 1.12.1 + xlink.xsd, resolved offline through `catalog.xml`).
 * A missing xmllint is an error finding, never a silent pass.
 */
export interface XsdOptions {
  /** Path of mets.xsd (default: the bundled copy, or $DUPHONG_METS_XSD). */
  schema?: string;
  /** The xmllint command (default `xmllint`). */
  xmllint?: string;
  timeoutMs?: number;
  /** Finding code and document name for schema errors (default DP-METS-XSD, "METS" / mets.xsd). */
  code?: string;
  label?: string;
}

/** A bundled schema by file name (premis-v3-0.xsd, tt05/aip/ead.xsd, …), next to mets.xsd. */
export function bundledSchema(name: string): string | undefined {
  const mets = bundledMetsSchema();
  return mets === undefined ? undefined : join(dirname(mets), name);
}

const MAX_MESSAGES = 20;

/** The bundled mets.xsd: next to this module in src/, or under src/ when running the compiled dist/. */
export function bundledMetsSchema(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.DUPHONG_METS_XSD,
    join(here, 'schemas', 'mets.xsd'),
    join(here, '..', '..', 'src', 'package', 'schemas', 'mets.xsd'),
  ];
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(c));
}

export const XMLLINT_MISSING_MESSAGE =
  'Không tìm thấy xmllint nên không kiểm tra được METS theo lược đồ XSD: hãy cài gói Debian libxml2-utils ' +
  '(sudo bash scripts/install-system-deps.sh) / xmllint not found: install the Debian package libxml2-utils ' +
  '(scripts/install-system-deps.sh)';

/** Validate one METS document (its bytes) against mets.xsd. `path` is put on the findings. */
export async function validateMetsXsd(bytes: Uint8Array, path: string, options: XsdOptions = {}): Promise<PackageFinding[]> {
  const schema = options.schema ?? bundledMetsSchema();
  if (!schema)
    return [packageFinding('DP-PKG-XSD-UNAVAILABLE', 'error', 'Không tìm thấy lược đồ mets.xsd đi kèm / bundled mets.xsd not found', path)];
  const catalog = join(dirname(schema), 'catalog.xml');
  const env = { ...process.env, XML_CATALOG_FILES: existsSync(catalog) ? catalog : '' };
  const run = await new Promise<{ code: number | null; stderr: string; missing: boolean }>((resolve) => {
    let stderr = '';
    let settled = false;
    const done = (r: { code: number | null; stderr: string; missing: boolean }) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    const child = spawn(options.xmllint ?? 'xmllint', ['--noout', '--nonet', '--schema', schema, '-'], {
      env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done({ code: null, stderr: e.message, missing: e.code === 'ENOENT' });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr, missing: false });
    });
    child.stdin.on('error', () => undefined); // xmllint may exit before reading everything
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  if (run.missing) return [packageFinding('DP-PKG-XMLLINT-MISSING', 'error', XMLLINT_MISSING_MESSAGE, path)];
  if (run.code === 0) return [];
  if (run.code === 5 || run.code === null)
    return [
      packageFinding('DP-PKG-XSD-UNAVAILABLE', 'error', `xmllint không chạy được với lược đồ ${schema}: ${firstLine(run.stderr)}`, path),
    ];
  const lines = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/fails to validate$|validates$/.test(l));
  const code = options.code ?? 'DP-METS-XSD';
  const label = options.label ?? 'METS không hợp lệ theo mets.xsd';
  const messages = lines.slice(0, MAX_MESSAGES).map((l) => packageFinding(code, 'error', `${label}: ${l.replace(/^-:/, 'dòng ')}`, path));
  if (lines.length > MAX_MESSAGES)
    messages.push(packageFinding(code, 'error', `… và ${lines.length - MAX_MESSAGES} lỗi lược đồ khác`, path));
  if (messages.length === 0) messages.push(packageFinding(code, 'error', `${label} (xmllint mã ${run.code})`, path));
  return messages;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? '';
}
