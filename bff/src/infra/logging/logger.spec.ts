import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((line) => JSON.parse(line)) };
}

describe('createLogger', () => {
  it('writes JSON with an ISO time and a level label', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).info({ operationName: 'Products' }, 'graphql operation');
    const [line] = lines();
    expect(line).toMatchObject({ level: 'info', operationName: 'Products', msg: 'graphql operation' });
    expect(typeof line.time).toBe('string');
  });

  it('redacts personal data and secrets at any depth it covers', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).info(
      {
        password: 'p',
        req: { headers: { authorization: 'Bearer x', cookie: 'sid=1' } },
        applicant: { idNumber: '340000199001011234', contact: { mobile: '13800000000', phone: '0558-1' } },
        session: { tokens: { auth: { refreshToken: 'r', accessToken: 'a' } } },
        user: { passwordHash: 'h', residentId: 'id', name: '张三' },
      },
      'x',
    );
    const serialized = JSON.stringify(lines()[0]);
    for (const secret of ['"p"', 'Bearer x', 'sid=1', '340000199001011234', '13800000000', '0558-1', '"r"', '"a"', '"h"', '"id"']) {
      expect(serialized).not.toContain(secret);
    }
    expect(serialized).toContain('张三');
  });

  it('redacts display names, secrets and request codes, but keeps error codes', () => {
    const { stream, lines } = capture();
    const failure = Object.assign(new Error('boom'), { code: 'ER_SIGNAL_EXCEPTION' });
    createLogger('info', stream).error(
      {
        displayName: '赵金丝雀',
        account: { displayName: '钱金丝雀', totpSecret: 'JBSWY3DPEHPK3PXP' },
        enrollment: { secret: 'KRSXG5CTMVRXEZLU' },
        variables: { code: '492817', challengeToken: 'c-token' },
        args: { input: { code: '581930' } },
        req: { query: { code: 'oauth-code-1' } },
        err: failure,
        result: 'RATE_LIMITED',
        code: 'ACCOUNT_LOCKED',
      },
      'x',
    );
    const [line] = lines();
    const serialized = JSON.stringify(line);
    for (const secret of ['赵金丝雀', '钱金丝雀', 'JBSWY3DPEHPK3PXP', 'KRSXG5CTMVRXEZLU', '492817', 'c-token', '581930', 'oauth-code-1']) {
      expect(serialized).not.toContain(secret);
    }
    expect(line).toMatchObject({ err: { type: 'Error', code: 'ER_SIGNAL_EXCEPTION' }, result: 'RATE_LIMITED', code: 'ACCOUNT_LOCKED' });
  });

  it('logs a failed statement without its parameters, driver fields or quoted values', () => {
    const { stream, lines } = capture();
    const canary = '孙金丝雀-7f3a';
    const sql = 'INSERT INTO `user_accounts`(`id`, `display_name`) VALUES (?, ?)';
    const driverError = Object.assign(new Error(`Duplicate entry '${canary}' for key 'display_name_trap'`), {
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sqlState: '23000',
      sqlMessage: `Duplicate entry '${canary}' for key 'display_name_trap'`,
      sql: `INSERT INTO \`user_accounts\`(\`id\`, \`display_name\`) VALUES ('u-1', '${canary}')`,
    });
    const error = new QueryFailedError(sql, ['u-1', canary], driverError);
    const logger = createLogger('info', stream);
    logger.error({ err: error, correlationId: 'c-1' }, 'unexpected error in GraphQL operation');
    logger.error(error);
    logger.warn({ failure: { error, nested: [error] } }, 'nested');
    const serialized = lines().map((line) => JSON.stringify(line));
    for (const line of serialized) expect(line).not.toContain('金丝雀');
    expect(lines()[0]?.err).toEqual({
      type: 'QueryFailedError',
      message: "Duplicate entry '[REDACTED]' for key 'display_name_trap'",
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sqlState: '23000',
      sql,
      stack: expect.stringMatching(/^QueryFailedError: Duplicate entry '\[REDACTED\]' for key 'display_name_trap'\n\s+at /),
    });
  });

  it('drops lines below the configured level', () => {
    const { stream, lines } = capture();
    const logger = createLogger('warn', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines().map((line) => line.msg)).toEqual(['shown']);
  });
});
