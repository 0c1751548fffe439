/** Drop undefined properties, so a parsed model compares equal to the one that was written. */
export function strip<T extends object>(value: T): T {
  for (const k of Object.keys(value) as Array<keyof T>) if (value[k] === undefined) delete value[k];
  return value;
}
