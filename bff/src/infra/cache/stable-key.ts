/**
 * A canonical string for a plain value (request arguments, filters): object keys sorted, null and undefined
 * members dropped, arrays of scalars sorted and deduplicated — so filters that mean the same select the same
 * cache entry whatever order the client listed them in.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'null';
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item !== 'object' || item === null) ? [...new Set(items)].sort(compareScalars) : items;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([, member]) => member !== null && member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, member]) => [key, canonical(member)]);
  return Object.fromEntries(entries);
}

function compareScalars(a: unknown, b: unknown): number {
  const left = `${typeof a}:${String(a)}`;
  const right = `${typeof b}:${String(b)}`;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
