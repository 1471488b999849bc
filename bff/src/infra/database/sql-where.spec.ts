import { escapeLike, SqlWhere } from './sql-where';

describe('SqlWhere', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_满!')).toBe('100!%!_满!!');
  });

  it('numbers parameters uniquely', () => {
    const where = new SqlWhere();
    expect(where.bind(1)).toBe(':w0');
    expect(where.bind('x')).toBe(':w1');
    expect(where.bindList(['A'])).toBe('(:...w2)');
    expect(where.params).toEqual({ w0: 1, w1: 'x', w2: ['A'] });
  });

  it('splits a keyword into terms that must each match some column', () => {
    const where = new SqlWhere().keyword(['p.name', 'i.name'], '  税 贷_通  ');
    expect(where.clauses).toEqual([
      "(p.name LIKE :w0 ESCAPE '!' OR i.name LIKE :w1 ESCAPE '!')",
      "(p.name LIKE :w2 ESCAPE '!' OR i.name LIKE :w3 ESCAPE '!')",
    ]);
    expect(where.params).toEqual({ w0: '%税%', w1: '%税%', w2: '%贷!_通%', w3: '%贷!_通%' });
  });

  it('ignores empty filters', () => {
    const where = new SqlWhere().keyword(['p.name'], '   ').in('p.category', []).in('p.category', null).listHasAny('p.x', undefined);
    expect(where.clauses).toEqual([]);
  });

  it('matches list membership on whole items', () => {
    const where = new SqlWhere().listHasAny('p.repaymentMethods', ['CREDIT', 'INTEREST_FIRST']);
    expect(where.clauses).toEqual([
      "(p.repaymentMethods LIKE :w0 ESCAPE '!' OR p.repaymentMethods LIKE :w1 ESCAPE '!')",
    ]);
    expect(where.params).toEqual({ w0: '%,CREDIT,%', w1: '%,INTEREST!_FIRST,%' });
  });
});
