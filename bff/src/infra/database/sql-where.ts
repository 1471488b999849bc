import { DELIMITER } from './transformers';

export type SqlParam = string | number | readonly string[];

/** The escape character of every LIKE we build; `!` needs no escaping in either dialect's string literals. */
const LIKE_ESCAPE = '!';

export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (char) => `${LIKE_ESCAPE}${char}`);
}

/**
 * Collects WHERE clauses with named, uniquely numbered parameters (`:w0`, `:w1`, …) for a TypeORM query
 * builder. Clauses use entity property paths (`p.minRateBp`), which TypeORM maps to quoted column names for
 * the current dialect.
 */
export class SqlWhere {
  readonly clauses: string[] = [];
  readonly params: Record<string, SqlParam> = {};
  private counter = 0;

  bind(value: string | number): string {
    const name = `w${this.counter++}`;
    this.params[name] = value;
    return `:${name}`;
  }

  bindList(values: readonly string[]): string {
    const name = `w${this.counter++}`;
    this.params[name] = values;
    return `(:...${name})`;
  }

  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  /** `(a OR b OR …)`; nothing when there are no alternatives. */
  anyOf(alternatives: readonly string[]): this {
    if (alternatives.length > 0) this.clauses.push(`(${alternatives.join(' OR ')})`);
    return this;
  }

  /** Contains `text` anywhere, with `%`, `_` and `!` taken literally. */
  contains(column: string, text: string): string {
    return `${column} LIKE ${this.bind(`%${escapeLike(text)}%`)} ESCAPE '${LIKE_ESCAPE}'`;
  }

  /** The delimited-list column holds `item` as a whole item (see transformers.ts for the representation). */
  listHas(column: string, item: string): string {
    const pattern = `%${DELIMITER}${escapeLike(item)}${DELIMITER}%`;
    return `${column} LIKE ${this.bind(pattern)} ESCAPE '${LIKE_ESCAPE}'`;
  }

  /** The delimited-list column holds at least one of `items`. */
  listHasAny(column: string, items: readonly string[] | null | undefined): this {
    return this.anyOf((items ?? []).map((item) => this.listHas(column, item)));
  }

  /** The delimited-list column is empty ("open to all") or holds one of `codes`. */
  listOpenTo(column: string, codes: readonly string[]): this {
    return this.anyOf([`${column} = ''`, ...codes.map((code) => this.listHas(column, code))]);
  }

  in(column: string, values: readonly string[] | null | undefined): this {
    if (values && values.length > 0) this.clauses.push(`${column} IN ${this.bindList(values)}`);
    return this;
  }

  /** Every whitespace-separated term must occur in at least one of `columns`. */
  keyword(columns: readonly string[], keyword: string | null | undefined, maxTerms = 5): this {
    const terms = (keyword ?? '').trim().split(/\s+/).filter(Boolean).slice(0, maxTerms);
    for (const term of terms) this.anyOf(columns.map((column) => this.contains(column, term)));
    return this;
  }
}
