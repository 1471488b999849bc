import type { ValueTransformer } from 'typeorm';

export class UnsafeIntegerError extends Error {}

function toSafeInteger(value: string | number | bigint, column: string): number {
  const result = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(result)) {
    throw new UnsafeIntegerError(`${column}: ${String(value)} is not a safe integer`);
  }
  return result;
}

/**
 * BIGINT money columns (integer fen). mysql2 returns BIGINT as a string and better-sqlite3 as a number;
 * both become a JS number, and a value beyond Number.MAX_SAFE_INTEGER is refused in either direction.
 */
export const fenTransformer: ValueTransformer = {
  to(value: number | null | undefined): number | null | undefined {
    return value == null ? value : toSafeInteger(value, 'fen');
  },
  from(value: string | number | bigint | null): number | null {
    return value == null ? null : toSafeInteger(value, 'fen');
  },
};

/**
 * Enum and code lists (guarantee methods, repayment methods, target regions / industries / scales, tags)
 * are stored as delimited text with a leading and trailing comma: `,CREDIT,MORTGAGE,` (empty list: '').
 * "Contains X" is then `column LIKE '%,X,%'` (with X's `_` and `%` escaped), plain SQL that behaves the same on SQLite and MySQL, needs no
 * JSON functions, and returns whole rows without joins. The lists are short and bounded by enums or code
 * tables, so a scan over the rows left by the indexed predicates (status, sort key, institution) is cheap at
 * the catalogue sizes we serve; join tables would add a write path and a GROUP BY for no measurable gain here.
 */
export const DELIMITER = ',';

export function encodeDelimitedList(items: readonly string[]): string {
  for (const item of items) {
    if (item === '' || item.includes(DELIMITER)) {
      throw new Error(`list item ${JSON.stringify(item)} must be non-empty and free of ","`);
    }
  }
  return items.length === 0 ? '' : `${DELIMITER}${items.join(DELIMITER)}${DELIMITER}`;
}

export function decodeDelimitedList(value: string | null): string[] {
  return value ? value.split(DELIMITER).filter((item) => item !== '') : [];
}

export const delimitedListTransformer: ValueTransformer = {
  to: (value: readonly string[] | null | undefined) => (value == null ? value : encodeDelimitedList(value)),
  from: (value: string | null) => decodeDelimitedList(value),
};

/** Free-text lists that are displayed but never filtered on (e.g. required materials) are stored as JSON. */
export const jsonListTransformer: ValueTransformer = {
  to: (value: readonly string[] | null | undefined) => (value == null ? value : JSON.stringify(value)),
  from: (value: string | null): string[] => {
    if (!value) return [];
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  },
};
