/**
 * Reads the `data` object of an exchange answer field by field. Every reader answers null for a field that is
 * absent or not of its kind and notes the field, so a mapper states its record once and the snapshot knows which
 * fields it lacks. Nothing here trusts the exchange: lengths, ranges and list sizes are bounded.
 */
export class RawFields {
  private readonly problems = new Set<string>();

  constructor(
    private readonly data: Readonly<Record<string, unknown>>,
    private readonly prefix = '',
  ) {}

  /** Fields that were absent or unreadable, with their path (`annual.2.revenueFen` inside lists). */
  get unreadable(): string[] {
    return [...this.problems];
  }

  private value(field: string): unknown {
    return Object.hasOwn(this.data, field) ? this.data[field] : undefined;
  }

  private miss<T>(field: string): T | null {
    this.problems.add(`${this.prefix}${field}`);
    return null;
  }

  text(field: string, maxLength = 200): string | null {
    const value = this.value(field);
    if (typeof value !== 'string') return this.miss(field);
    const text = value.trim();
    return text !== '' && text.length <= maxLength ? text : this.miss(field);
  }

  /** A code matching `pattern`, and `known` when given (e.g. a division the classification has). */
  code(field: string, pattern: RegExp, known: (code: string) => boolean = () => true): string | null {
    const value = this.value(field);
    return typeof value === 'string' && pattern.test(value) && known(value) ? value : this.miss(field);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    const value = this.value(field);
    return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : this.miss(field);
  }

  integer(field: string, min: number, max: number): number | null {
    const value = this.value(field);
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? value : this.miss(field);
  }

  /** Money in integer fen, never negative. */
  fen(field: string): number | null {
    return this.integer(field, 0, Number.MAX_SAFE_INTEGER);
  }

  boolean(field: string): boolean | null {
    const value = this.value(field);
    return typeof value === 'boolean' ? value : this.miss(field);
  }

  /** A calendar day `YYYY-MM-DD` that exists. */
  date(field: string): string | null {
    const value = this.value(field);
    return typeof value === 'string' && isCalendarDate(value) ? value : this.miss(field);
  }

  /** A month `YYYY-MM`. */
  month(field: string): string | null {
    const value = this.value(field);
    return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : this.miss(field);
  }

  /** A date or null (e.g. dishonestSince); absent is still a problem. */
  optionalDate(field: string): string | null {
    const value = this.value(field);
    if (value === null) return null;
    return this.date(field);
  }

  /**
   * A list of objects, each read by `item`; at most `maxItems`. An item with any unreadable field is dropped and its
   * fields are noted, so a list never carries half-read entries.
   */
  list<T>(field: string, maxItems: number, item: (fields: RawFields) => T | null): T[] | null {
    const value = this.value(field);
    if (!Array.isArray(value) || value.length > maxItems) return this.miss(field);
    const items: T[] = [];
    value.forEach((entry: unknown, index) => {
      const path = `${this.prefix}${field}.${index}.`;
      if (!isPlainObject(entry)) {
        this.problems.add(`${this.prefix}${field}.${index}`);
        return;
      }
      const fields = new RawFields(entry, path);
      const read = item(fields);
      for (const problem of fields.unreadable) this.problems.add(problem);
      if (read !== null && fields.unreadable.length === 0) items.push(read);
    });
    return items;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The object when every field was read, else null (a list item with an unreadable field is dropped). */
export function allRead<T extends object>(fields: { [K in keyof T]: T[K] | null }): T | null {
  return Object.values(fields).every((value) => value !== null) ? (fields as T) : null;
}
