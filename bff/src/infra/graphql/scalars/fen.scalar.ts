import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const MESSAGE = '金额必须是以分为单位的整数';

function badInput(): GraphQLError {
  return new GraphQLError(MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseFen(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw badInput();
  return value;
}

function serializeFen(value: unknown): number {
  const fen = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) throw new TypeError(`Fen cannot serialize ${String(value)}`);
  return fen;
}

/**
 * Money in integer fen (分). On input only a JSON number that is a safe integer is accepted: fractions,
 * strings and values beyond 2^53 - 1 are rejected with BAD_USER_INPUT. Sign rules belong to the inputs.
 */
export const FenScalar = new GraphQLScalarType<number, number>({
  name: 'Fen',
  description: 'An amount of money in integer fen (分); a JSON number that is a safe integer',
  serialize: serializeFen,
  parseValue: parseFen,
  parseLiteral(ast: ValueNode): number {
    if (ast.kind !== Kind.INT) throw badInput();
    return parseFen(Number(ast.value));
  },
});
