import { buildSchema, getVariableValues, GraphQLError, type GraphQLFormattedError, parse, type OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import { createGraphqlErrorFormatter } from './graphql-error-formatter';
import {
  chineseCoercionDetail,
  CLIENT_VALUE_MAX_CHARS,
  fieldsFromVariableMessage,
  isChineseMessage,
  quoteClientValue,
  schemaEnumValues,
} from './input-coercion-message';

const schema = buildSchema(`
  enum Source { TAX JUDICIAL MARKET_REGISTRATION }
  enum Many { ${Array.from({ length: 20 }, (_, index) => `V${index}`).join(' ')} }
  input GrantInput { sources: [Source!]! purpose: String! note: String }
  input Filter { many: Many first: Int flag: Boolean ratio: Float id: ID }
  type Query { grant(input: GrantInput!): Boolean filter(filter: Filter): Boolean }
`);
const enumValuesOf = schemaEnumValues(() => schema);
const format = createGraphqlErrorFormatter(pino({ level: 'silent' }), { enumValuesOf });

/** The errors graphql-js gives for these variables, wrapped as Apollo hands them to formatError (UserInputError). */
function coercionErrors(document: string, variables: Record<string, unknown>): Array<[GraphQLFormattedError, GraphQLError]> {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!('errors' in result) || !result.errors) throw new Error('the variables were accepted');
  return result.errors.map((error) => {
    const wrapped = new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError ?? error, extensions: { code: 'BAD_USER_INPUT' } });
    return [{ message: wrapped.message, extensions: { code: 'BAD_USER_INPUT' } }, wrapped];
  });
}

const GRANT = 'query($input: GrantInput!) { grant(input: $input) }';
const FILTER = 'query($filter: Filter) { filter(filter: $filter) }';

describe('variable coercion errors in Chinese', () => {
  it('names an unknown enum value, the field, and the values there are', () => {
    const [[formatted, error]] = coercionErrors(GRANT, { input: { sources: ['CREDIT_BUREAU'], purpose: 'x' } }) as [[GraphQLFormattedError, GraphQLError]];
    expect(format(formatted, error)).toEqual({
      message: '参数取值不合法（input.sources[0]）："CREDIT_BUREAU" 不是有效的取值，可选：TAX、JUDICIAL、MARKET_REGISTRATION',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.sources[0]', message: '"CREDIT_BUREAU" 不是有效的取值，可选：TAX、JUDICIAL、MARKET_REGISTRATION' }],
      },
    });
  });

  it('does not list a long enum, nor any enum without the lookup (production)', () => {
    const [[formatted, error]] = coercionErrors(FILTER, { filter: { many: 'V99' } }) as [[GraphQLFormattedError, GraphQLError]];
    expect(format(formatted, error).extensions?.fields).toEqual([{ field: 'filter.many', message: '"V99" 不是有效的取值' }]);
    const [[unknown, cause]] = coercionErrors(GRANT, { input: { sources: ['TAXES'], purpose: 'x' } }) as [[GraphQLFormattedError, GraphQLError]];
    // graphql-js suggests "TAX" in English; neither the suggestion nor a list reaches the client.
    expect(unknown.message).toContain('Did you mean');
    expect(createGraphqlErrorFormatter(pino({ level: 'silent' }))(unknown, cause).message).toBe('参数取值不合法（input.sources[0]）："TAXES" 不是有效的取值');
  });

  it('answers every kind of coercion error in Chinese only, with its field path', () => {
    const cases: Array<[string, Record<string, unknown>, { field: string; message: string }]> = [
      [GRANT, { input: { sources: [5], purpose: 'x' } }, { field: 'input.sources[0]', message: '5 不是有效的取值，可选：TAX、JUDICIAL、MARKET_REGISTRATION' }],
      [GRANT, { input: { sources: ['TAX'] } }, { field: 'input.purpose', message: '必须提供该字段' }],
      [GRANT, { input: { sources: [null], purpose: 'x' } }, { field: 'input.sources[0]', message: '不能为空' }],
      [GRANT, { input: 'text' }, { field: 'input', message: '应为对象' }],
      [GRANT, { input: { sources: ['TAX'], purpose: 'x', purposes: 'y' } }, { field: 'input', message: '不支持字段 "purposes"' }],
      [GRANT, { input: { sources: ['TAX'], purpose: 7 } }, { field: 'input.purpose', message: '应为文本' }],
      [GRANT, {}, { field: 'input', message: '必须提供该参数' }],
      [GRANT, { input: null }, { field: 'input', message: '不能为空' }],
      [FILTER, { filter: { first: 'many' } }, { field: 'filter.first', message: '应为整数' }],
      [FILTER, { filter: { first: 2 ** 40 } }, { field: 'filter.first', message: '整数超出范围（-2147483648 至 2147483647）' }],
      [FILTER, { filter: { flag: 'yes' } }, { field: 'filter.flag', message: '应为 true 或 false' }],
      [FILTER, { filter: { ratio: 'half' } }, { field: 'filter.ratio', message: '应为数字' }],
      [FILTER, { filter: { id: { nested: true } } }, { field: 'filter.id', message: '应为文本或整数形式的编号' }],
    ];
    for (const [document, variables, expected] of cases) {
      const [[formatted, error]] = coercionErrors(document, variables) as [[GraphQLFormattedError, GraphQLError]];
      const result = format(formatted, error);
      expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [expected] });
      expect(result.message).toBe(`参数取值不合法（${expected.field}）：${expected.message}`);
      expect(isChineseMessage(result.message)).toBe(true);
    }
  });

  it('echoes at most 64 characters of what the client sent', () => {
    const long = `A${'B'.repeat(5_000)}`;
    const [[formatted, error]] = coercionErrors(GRANT, { input: { sources: [long], purpose: 'x' } }) as [[GraphQLFormattedError, GraphQLError]];
    const message = format(formatted, error).message;
    expect(message).toContain(`"A${'B'.repeat(CLIENT_VALUE_MAX_CHARS - 1)}…" 不是有效的取值`);
    expect(message.length).toBeLessThan(200);
    const [[field, fieldError]] = coercionErrors(GRANT, { input: { sources: ['TAX'], purpose: 'x', [`x${'y'.repeat(1_000)}`]: 1 } }) as [[GraphQLFormattedError, GraphQLError]];
    expect(format(field, fieldError).message.length).toBeLessThan(120);
    expect(quoteClientValue('😀'.repeat(100))).toBe(`"${'😀'.repeat(CLIENT_VALUE_MAX_CHARS)}…"`);
  });

  it('does not take a path from a value the client made look like one', () => {
    const spoof = { 'x at "input.hacked"; ': 1 };
    const [[formatted, error]] = coercionErrors(GRANT, { input: { sources: [spoof], purpose: 'x' } }) as [[GraphQLFormattedError, GraphQLError]];
    expect(format(formatted, error).extensions?.fields).toEqual([{ field: 'input.sources[0]', message: expect.stringContaining('不是有效的取值') }]);
  });

  it('keeps a custom scalar’s own Chinese refusal and replaces any other text by a plain sentence', () => {
    expect(chineseCoercionDetail('filter.amountFen', '金额必须是以分为单位的整数')).toEqual({ field: 'filter.amountFen', message: '金额必须是以分为单位的整数' });
    expect(chineseCoercionDetail('filter.at', 'Expected type "DateTime". Invalid time value')).toEqual({ field: 'filter.at', message: '取值不合法' });
    expect(chineseCoercionDetail('filter.at', '时间 must be ISO')).toEqual({ field: 'filter.at', message: '取值不合法' });
    expect(isChineseMessage('金额必须是以分为单位的整数')).toBe(true);
    expect(isChineseMessage('Int cannot represent 整数')).toBe(false);
  });

  it('reads the field from the message alone when the wrapped error is not at hand', () => {
    expect(fieldsFromVariableMessage('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toEqual([{ field: 'first', message: '应为整数' }]);
    expect(fieldsFromVariableMessage('Variable "$sort" got invalid value "CHEAPEST"; Value "CHEAPEST" does not exist in "ProductSort" enum.')).toEqual([
      { field: 'sort', message: '"CHEAPEST" 不是有效的取值' },
    ]);
    expect(fieldsFromVariableMessage('Variable "$f" got invalid value 1.5 at "f.amountFen"; 金额必须是以分为单位的整数')).toEqual([{ field: 'f.amountFen', message: '金额必须是以分为单位的整数' }]);
    expect(fieldsFromVariableMessage('Variable "$id" of required type "ID!" was not provided.')).toEqual([{ field: 'id', message: '必须提供该参数' }]);
    expect(fieldsFromVariableMessage('Variable "$id" of non-null type "ID!" must not be null.')).toEqual([{ field: 'id', message: '不能为空' }]);
    expect(fieldsFromVariableMessage('Syntax Error: Expected Name, found <EOF>.')).toEqual([]);
  });

  it('answers a BAD_USER_INPUT that is no variable error without its English text', () => {
    expect(format({ message: 'Something odd happened', extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError('x'))).toEqual({
      message: '参数取值不合法',
      extensions: { code: 'BAD_USER_INPUT', fields: [] },
    });
    expect(enumValuesOf('GrantInput')).toBeUndefined();
    expect(enumValuesOf('Source')).toEqual(['TAX', 'JUDICIAL', 'MARKET_REGISTRATION']);
  });
});
