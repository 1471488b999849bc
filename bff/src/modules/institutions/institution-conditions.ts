import { SqlWhere } from '../../infra/database/sql-where';
import type { InstitutionFilterInput } from './dto/institution-filter.input';

/**
 * A region code names itself and everything inside it: 340000 (province) → prefix 34, 341200 (city) →
 * prefix 3412, 341202 (county) → itself.
 */
export function regionPrefix(regionCode: string): string {
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return regionCode;
}

/** WHERE clauses for the institution directory; `i` is the institutions alias. */
export function institutionConditions(filter: InstitutionFilterInput | null | undefined): SqlWhere {
  const where = new SqlWhere();
  if (!filter) return where;
  where.in('i.type', filter.types);
  if (filter.regionCode) {
    const prefix = regionPrefix(filter.regionCode);
    where.add(
      prefix.length === 6 ? `i.regionCode = ${where.bind(prefix)}` : `i.regionCode LIKE ${where.bind(`${prefix}%`)}`,
    );
  }
  where.keyword(['i.name', 'i.shortName', 'i.description'], filter.keyword);
  return where;
}
