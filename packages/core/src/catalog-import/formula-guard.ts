/**
 * Formula injection (OWASP “CSV Injection”): a spreadsheet program opening an exported file runs a
 * cell that begins with = + - @ (or a tab / carriage return before one) as a formula. The export
 * writes such a cell with a single quote in front, which spreadsheets show as text.
 *
 * Round trip: the import removes one leading quote only where the export would have added one —
 * when the quote is followed by a trigger character, or by more quotes and then a trigger. The
 * export quotes a value that already begins that way once more, so every value comes back exactly:
 * "=A1" → "'=A1" → "=A1"; "'=A1" → "''=A1" → "'=A1"; "'abc" is written and read as it is.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;

/** The value as the export writes it into a cell (CSV or XLSX). */
export function escapeFormulaText(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}

/** The value the export started from: the quote it added removed, anything else untouched. */
export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}
