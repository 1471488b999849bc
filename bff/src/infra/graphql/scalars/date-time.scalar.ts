import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MESSAGE = '时间格式不正确，应为 ISO 8601 格式，例如 2026-11-25T08:00:00.000Z';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) throw badInput(MESSAGE);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(MESSAGE);
  return date;
}

function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot serialize ${String(value)}`);
  return date.toISOString();
}

/** An instant, always sent as an ISO 8601 UTC string (`toISOString()`); accepts any ISO offset as input. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 in UTC on the wire, e.g. 2026-11-25T08:00:00.000Z',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw badInput(MESSAGE);
    return parseDateTime(ast.value);
  },
});
