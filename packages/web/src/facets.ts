/** Facet filters as a search page keeps them: choosing the chosen value again clears it. */
export function toggleFacet<F extends string>(filters: Partial<Record<F, string>>, facet: F, value: string): Partial<Record<F, string>> {
  const next = { ...filters };
  if (next[facet] === value) delete next[facet];
  else next[facet] = value;
  return next;
}
