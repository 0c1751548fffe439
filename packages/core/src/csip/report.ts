import { toReport, type Finding, type ValidationReport } from '../findings.js';

/**
 * A package finding: like {@link Finding}, plus `info` for the MAY-level notes the E-ARK validator
 * reports as INFORMATION (CSIPSTR3, CSIPSTR8, CSIP73). Infos never make a package invalid.
 */
export type PackageSeverity = 'error' | 'warning' | 'info';

export interface PackageFinding {
  code: string;
  severity: PackageSeverity;
  message: string;
  path?: string;
}

/** `duphong package validate --json`: the CONTRACT.md shape plus an additive `info` list. */
export interface PackageReport extends ValidationReport {
  info: Array<{ code: string; message: string; path?: string }>;
}

export function toPackageReport(findings: readonly PackageFinding[]): PackageReport {
  const graded = findings.filter((f): f is Finding => f.severity !== 'info');
  const info = findings
    .filter((f) => f.severity === 'info')
    .map(({ code, message, path }) => (path === undefined ? { code, message } : { code, message, path }));
  return { ...toReport(graded), info };
}

export function packageFinding(code: string, severity: PackageSeverity, message: string, path?: string): PackageFinding {
  return path === undefined ? { code, severity, message } : { code, severity, message, path };
}
