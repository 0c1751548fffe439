import type { BagInfoEntry } from './bag-info.js';

/** The bag declaration DuPhong writes: BagIt 1.0, UTF-8, exactly two lines. */
export function formatBagitTxt(): string {
  return 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
}

export const BAG_SOFTWARE_AGENT = 'DuPhong';

/** bag-info.txt entries for a new bag: the caller's, then the three DuPhong always sets. */
export function bagInfoForNewBag(
  given: ReadonlyArray<BagInfoEntry>,
  payload: { octets: number; streams: number },
  baggingDate: string,
): BagInfoEntry[] {
  const ours = new Set(['bagging-date', 'payload-oxum', 'bag-software-agent']);
  return [
    ...given.filter((e) => !ours.has(e.label.toLowerCase())),
    { label: 'Bagging-Date', value: baggingDate },
    { label: 'Payload-Oxum', value: `${payload.octets}.${payload.streams}` },
    { label: 'Bag-Software-Agent', value: BAG_SOFTWARE_AGENT },
  ];
}
