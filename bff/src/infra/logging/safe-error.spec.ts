import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { messageWithoutValues, safeError, sqlWithoutValues, withSafeErrors } from './safe-error';

const CANARY = "李金丝雀 O'Brien";

describe('messageWithoutValues', () => {
  it.each([
    [`Duplicate entry '${CANARY}' for key 'uq_trap'`, "Duplicate entry '[REDACTED]' for key 'uq_trap'"],
    [`Duplicate entry '${CANARY}-1' for key 'PRIMARY'`, "Duplicate entry '[REDACTED]' for key 'PRIMARY'"],
    [`Incorrect string value: '\\xF0\\x9F\\x98' for column 'display_name' at row 1`, "Incorrect string value: '[REDACTED]' for column 'display_name' at row 1"],
    [`Incorrect datetime value: '${CANARY}' for column \`db\`.\`t\`.\`c\` at row 1`, "Incorrect datetime value: '[REDACTED]' for column `db`.`t`.`c` at row 1"],
    [`Truncated incorrect DOUBLE value: '${CANARY}'`, "Truncated incorrect DOUBLE value: '[REDACTED]'"],
    [
      `You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near '${CANARY}')' at line 1`,
      "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near '[REDACTED]' at line 1",
    ],
  ])('cuts the quoted value out of %p', (message, expected) => {
    expect(messageWithoutValues(message)).toBe(expected);
  });

  it('keeps identifiers of messages that quote no value', () => {
    for (const message of [
      "Data too long for column 'display_name' at row 1",
      'SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: user_accounts.username',
      "Column 'role' cannot be null",
    ]) {
      expect(messageWithoutValues(message)).toBe(message);
    }
  });

  it('removes the statement parameters wherever they appear, longest first', () => {
    expect(messageWithoutValues(`trap: ${CANARY} refused (李金丝雀)`, ['李金丝雀', CANARY, 'x'])).toBe('trap: [REDACTED] refused ([REDACTED])');
  });
});

describe('sqlWithoutValues', () => {
  it('replaces string literals, escaped quotes included, and keeps placeholders and identifiers', () => {
    expect(sqlWithoutValues("INSERT INTO `t`(`a`, `b`, `c`) VALUES ('it''s', 'x\\'y', X'00ff', ?)")).toBe(
      'INSERT INTO `t`(`a`, `b`, `c`) VALUES (?, ?, ?, ?)',
    );
    expect(sqlWithoutValues('UPDATE "user_accounts" SET "display_name" = ? WHERE "id" = ?')).toBe(
      'UPDATE "user_accounts" SET "display_name" = ? WHERE "id" = ?',
    );
  });

  it('shortens very long statements', () => {
    expect(sqlWithoutValues(`SELECT ${'a,'.repeat(5000)}b`).length).toBeLessThan(2010);
  });
});

describe('safeError', () => {
  it('keeps class, codes, the statement without values and the frames of a failed query', () => {
    const driverError = Object.assign(new Error(`trap refused ${CANARY}`), {
      code: 'SQLITE_CONSTRAINT_TRIGGER',
      errno: 19,
      sql: `INSERT INTO "user_accounts" VALUES ('u-1', '${CANARY}')`,
    });
    const error = new QueryFailedError('INSERT INTO "user_accounts" VALUES (?, ?)', ['u-1', CANARY], driverError);
    const safe = safeError(error);
    expect(safe).toMatchObject({
      type: 'QueryFailedError',
      message: 'trap refused [REDACTED]',
      code: 'SQLITE_CONSTRAINT_TRIGGER',
      errno: 19,
      sql: 'INSERT INTO "user_accounts" VALUES (?, ?)',
    });
    expect(Object.keys(safe).sort()).toEqual(['code', 'errno', 'message', 'sql', 'stack', 'type']);
    expect(JSON.stringify(safe)).not.toContain('金丝雀');
  });

  it('follows causes and GraphQL original errors, each made safe', () => {
    const query = new QueryFailedError('INSERT INTO t VALUES (?)', [CANARY], new Error(`Duplicate entry '${CANARY}' for key 'k'`));
    const wrapped = new GraphQLError('Unexpected error.', { originalError: new Error('save failed', { cause: query }) });
    const safe = safeError(wrapped);
    expect(safe.type).toBe('GraphQLError');
    expect(safe.cause?.type).toBe('Error');
    expect(safe.cause?.cause).toMatchObject({ type: 'QueryFailedError', message: "Duplicate entry '[REDACTED]' for key 'k'" });
    expect(JSON.stringify(safe)).not.toContain('金丝雀');
  });

  it('drops codes that are not identifiers', () => {
    expect(safeError(Object.assign(new Error('x'), { code: `wrong ${CANARY}` })).code).toBeUndefined();
    expect(safeError(Object.assign(new Error('x'), { code: 'ERR_JWT_EXPIRED' })).code).toBe('ERR_JWT_EXPIRED');
  });
});

describe('withSafeErrors', () => {
  it('replaces errors inside objects and arrays and leaves error-free objects untouched', () => {
    const plain = { a: 1, nested: { b: [1, 2] } };
    expect(withSafeErrors(plain)).toBe(plain);
    const withError = { a: 1, list: [new QueryFailedError('q', [CANARY], new Error(CANARY))] };
    const safe = withSafeErrors(withError);
    expect(safe).not.toBe(withError);
    expect(withError.list[0]).toBeInstanceOf(QueryFailedError);
    expect(JSON.stringify(safe)).not.toContain('金丝雀');
    expect(safe.list[0]).toMatchObject({ type: 'QueryFailedError', message: '[REDACTED]' });
  });
});
