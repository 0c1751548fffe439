/**
 * `--map "Cột X=title,Số, ký hiệu hồ sơ=fileNumber"`: header (or column letter) = field. Headers
 * may contain commas, so a piece without "=" belongs to the next entry's header.
 */
export function parseMapOption(values: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    let pending = '';
    for (const piece of value.split(',')) {
      const eq = piece.lastIndexOf('=');
      if (eq < 0) {
        pending += `${piece},`;
        continue;
      }
      const header = (pending + piece.slice(0, eq)).trim().normalize('NFC');
      map[header] = piece.slice(eq + 1).trim();
      pending = '';
    }
  }
  return map;
}
