/**
 * Findings are data: validators and audits return them; HTTP, CLI and UI only render them.
 * Codes are stable: OCFL's own E/W codes, and our `DP-…` codes (see docs/findings.md).
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  path?: string;
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

export function warningsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'warning');
}

/** The `validate --json` shape of CONTRACT.md. */
export interface ValidationReport {
  valid: boolean;
  errors: Array<{ code: string; message: string; path?: string }>;
  warnings: Array<{ code: string; message: string; path?: string }>;
}

export function toReport(findings: readonly Finding[]): ValidationReport {
  const strip = ({ code, message, path }: Finding) => (path === undefined ? { code, message } : { code, message, path });
  const errors = errorsOf(findings).map(strip);
  return { valid: errors.length === 0, errors, warnings: warningsOf(findings).map(strip) };
}
