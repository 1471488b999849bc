import { mulberry32 } from '@rongtong/shared';
import type { PartialDataFault } from '../../faults/fault-registry';

/**
 * The partial-data fault applied to a source's `data`: the named fields that exist (or, without names, a random
 * non-empty subset that leaves at least one field when there are several) are removed and listed in `missing`.
 */
export function dropFields<T extends object>(data: T, fault: PartialDataFault): { data: Partial<T>; missing: string[] } {
  const keys = Object.keys(data);
  const missing = fault.fields === null ? randomSubset(keys, fault.seed) : keys.filter((key) => fault.fields?.includes(key));
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !missing.includes(key)));
  return { data: kept as Partial<T>, missing };
}

function randomSubset(keys: readonly string[], seed: number): string[] {
  if (keys.length === 0) return [];
  const random = mulberry32(seed);
  const chosen = keys.filter(() => random() < 0.5);
  if (chosen.length === 0) return [keys[Math.floor(random() * keys.length)]];
  if (chosen.length === keys.length && keys.length > 1) {
    const spared = Math.floor(random() * keys.length);
    return keys.filter((_, index) => index !== spared);
  }
  return chosen;
}
