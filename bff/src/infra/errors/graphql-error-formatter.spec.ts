import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode } from '@rongtong/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { Writable } from 'node:stream';
import { badUserInput, DomainException } from './domain.exception';
import { createGraphqlErrorFormatter, USER_FACING_EXTENSION } from './graphql-error-formatter';

function setup() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return { format: createGraphqlErrorFormatter(pino({ level: 'info' }, stream)), lines };
}

/** What Apollo hands to formatError for an error thrown in a resolver. */
function fromResolver(original: Error): [GraphQLFormattedError, GraphQLError] {
  const located = new GraphQLError(original.message, { path: ['products'], originalError: original });
  const formatted: GraphQLFormattedError = {
    message: original.message,
    path: ['products'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: x', '    at somewhere'] },
  };
  return [formatted, located];
}

describe('createGraphqlErrorFormatter', () => {
  it('keeps the code, message and fields of a domain exception', () => {
    const { format } = setup();
    expect(format(...fromResolver(badUserInput('filter.amountFen', '金额不能为负数')))).toEqual({
      message: '金额不能为负数',
      path: ['products'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.amountFen', message: '金额不能为负数' }] },
    });
    expect(format(...fromResolver(new DomainException(ErrorCode.NOT_FOUND)))).toEqual({
      message: ERROR_MESSAGES[ErrorCode.NOT_FOUND],
      path: ['products'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('carries the extra extensions of ACCOUNT_LOCKED and keeps SESSION_EXPIRED', () => {
    const { format } = setup();
    const locked = new DomainException(ErrorCode.ACCOUNT_LOCKED, undefined, undefined, { lockedUntil: '2026-01-01T08:15:00.000Z' });
    expect(format(...fromResolver(locked))).toEqual({
      message: '账号已锁定',
      path: ['products'],
      extensions: { code: 'ACCOUNT_LOCKED', lockedUntil: '2026-01-01T08:15:00.000Z' },
    });
    expect(format(...fromResolver(new DomainException(ErrorCode.SESSION_EXPIRED))).extensions).toEqual({ code: 'SESSION_EXPIRED' });
  });

  it('maps Nest HTTP exceptions to their codes', () => {
    const { format } = setup();
    expect(format(...fromResolver(new NotFoundException('secret detail'))).extensions).toEqual({ code: 'NOT_FOUND' });
    const unavailable = format(...fromResolver(new ServiceUnavailableException()));
    expect(unavailable).toMatchObject({ message: ERROR_MESSAGES[ErrorCode.SERVICE_UNAVAILABLE], extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('masks anything else, logging the real error under a correlation id', () => {
    const { format, lines } = setup();
    const result = format(...fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')")));
    expect(result.message).toBe(ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR]);
    expect(Object.keys(result.extensions ?? {})).toEqual(['code', 'correlationId']);
    expect(JSON.stringify(result)).not.toContain('somewhere');
    expect(lines[0]).toMatchObject({ level: 50, correlationId: result.extensions?.correlationId });
    expect(JSON.stringify(lines[0])).toContain("reading 'id'");
  });

  it('turns requests Apollo rejects into BAD_USER_INPUT with a Chinese lead', () => {
    const { format, lines } = setup();
    const validation = format({ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(validation).toEqual({
      message: '查询不符合接口定义: Cannot query field "x" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT', fields: [] },
    });
    const variable = format(
      {
        message: 'Variable "$filter" got invalid value 1.5 at "filter.amountFen"; 金额必须是以分为单位的整数',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      new GraphQLError('x'),
    );
    expect(variable.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.amountFen', message: '金额必须是以分为单位的整数' }],
    });
    expect(lines).toEqual([]);
  });

  it('keeps messages that are already written for the user', () => {
    const { format } = setup();
    const limit = format(
      { message: '查询使用的别名过多：最多 15 个，当前 16 个', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [USER_FACING_EXTENSION]: true } },
      new GraphQLError('x'),
    );
    expect(limit.message).toBe('查询使用的别名过多：最多 15 个，当前 16 个');
  });
});
