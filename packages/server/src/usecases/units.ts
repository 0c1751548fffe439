import type { Catalogue } from '@duphong/core';
import { buildUnitSeed } from '@duphong/core';

/**
 * Put the unit seed (63→34 provinces, ministries, national archives) into a catalogue that has no
 * units yet. A catalogue with units is left alone: people's edits are never overwritten.
 * Returns what was inserted, or undefined when nothing was to be done.
 */
export async function seedUnits(catalogue: Catalogue): Promise<{ units: number; versions: number; successions: number } | undefined> {
  if ((await catalogue.units.countUnits()) > 0) return undefined;
  return catalogue.units.seed(buildUnitSeed());
}
