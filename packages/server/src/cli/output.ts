import { classify, DuphongError, wordFinding } from '../errors.js';

export type Lang = 'vi' | 'en';

/** Where a command writes: one JSON document on stdout with --json, human text otherwise; progress on stderr. */
export class Output {
  constructor(
    readonly json: boolean,
    readonly lang: Lang,
    private readonly stdout: (s: string) => void = (s) => process.stdout.write(s),
    private readonly stderr: (s: string) => void = (s) => process.stderr.write(s),
  ) {}

  /** Human line in the chosen language (ignored with --json). */
  say(vi: string, en: string): void {
    if (!this.json) this.stdout(`${this.lang === 'en' ? en : vi}\n`);
  }

  /** Progress and warnings: always stderr, so --json stdout stays one document. */
  progress(vi: string, en: string): void {
    this.stderr(`${this.lang === 'en' ? en : vi}\n`);
  }

  result(value: unknown): void {
    if (this.json) this.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  failure(error: unknown, logFile?: string): number {
    const c = classify(error);
    const where = logFile ? (this.lang === 'en' ? ` (log: ${logFile})` : ` (nhật ký: ${logFile})`) : '';
    const text = this.lang === 'en' ? c.en : c.vi;
    // A refusal may carry its findings (a rejected SIP): every one is shown, with code and path.
    const findings = error instanceof DuphongError ? error.findings?.map((f) => wordFinding(f, this.lang)) : undefined;
    if (this.json) {
      this.stdout(`${JSON.stringify({ error: { code: c.code, message: text, exit: c.exit, ...(findings && { findings }) } }, null, 2)}\n`);
    }
    this.stderr(`${this.lang === 'en' ? 'Error' : 'Lỗi'} [${c.code}]: ${text}${c.exit === 1 ? where : ''}\n`);
    for (const f of findings ?? []) {
      const label = f.severity === 'error' ? (this.lang === 'en' ? 'ERROR' : 'LỖI') : this.lang === 'en' ? 'WARNING' : 'CẢNH BÁO';
      this.stderr(`  ${label} ${f.code} ${f.path ?? ''} ${f.message}\n`);
    }
    if (c.exit === 1 && error instanceof Error && error.stack) this.stderr(`${error.stack}\n`);
    return c.exit;
  }
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
