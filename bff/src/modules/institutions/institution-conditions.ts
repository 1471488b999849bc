import { regionPrefix } from '@rongtong/shared';
import { SqlWhere } from '../../infra/database/sql-where';
import type { InstitutionFilterInput } from './dto/institution-filter.input';

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
