import type { FieldError } from '@rongtong/shared';
import { isEnumType, type GraphQLSchema } from 'graphql';

/**
 * graphql-js's variable coercion errors ("Variable "$input" got invalid value … at "input.sources[0]"; Value
 * "CREDIT_BUREAU" does not exist in "DataSource" enum.") as a field path and a Chinese message. Nothing of the
 * English text reaches the client, and at most CLIENT_VALUE_MAX_CHARS of the client's value is echoed.
 */

/** The enum's values, for the message that lists them; undefined when they must not be listed (production). */
export type EnumValuesLookup = (enumName: string) => readonly string[] | undefined;

/** How much of a value the client sent is quoted back. */
export const CLIENT_VALUE_MAX_CHARS = 64;
/** An enum with more values than this is not listed in the message. */
export const MAX_LISTED_ENUM_VALUES = 12;

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const VARIABLE_PREFIX = new RegExp(`^Variable "\\$(${NAME})" got invalid value `);
const PATH_AT_END = / at "([^"]+)"$/;
/** Only when the wrapped error is not at hand: the path and detail read off the message itself. */
const VARIABLE_AT_PATH = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"; ([\s\S]*)$/;
const VARIABLE_DETAIL = /^Variable "\$[^"]+" got invalid value [\s\S]*?; ([\s\S]*)$/;
const VARIABLE_MISSING = new RegExp(`^Variable "\\$(${NAME})" of required type "[^"]+" was not provided\\.$`);
const VARIABLE_NULL = new RegExp(`^Variable "\\$(${NAME})" of non-null type "[^"]+" must not be null\\.$`);
const VARIABLE_NOT_INPUT = new RegExp(`^Variable "\\$(${NAME})" expected value of type "[^"]+" which cannot be used as an input type\\.$`);

const SUGGESTION = '(?: Did you mean [\\s\\S]*)?';
const ENUM_UNKNOWN = new RegExp(`^Value "([\\s\\S]*)" does not exist in "(${NAME})" enum\\.${SUGGESTION}$`);
const ENUM_NOT_STRING = new RegExp(`^Enum "(${NAME})" cannot represent non-string value: ([\\s\\S]*?)\\.${SUGGESTION}$`);
const FIELD_MISSING = new RegExp(`^Field "(${NAME})" of required type "[^"]+" was not provided\\.$`);
const FIELD_UNKNOWN = new RegExp(`^Field "([\\s\\S]*)" is not defined by type "${NAME}"\\.${SUGGESTION}$`);
const ONE_OF_NULL = new RegExp(`^Field "${NAME}" must be non-null\\.$`);

/** Fixed graphql-js details (those that carry the value say nothing more about it than their kind). */
const FIXED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Expected non-nullable type "[^"]+" not to be null\.$/, '不能为空'],
  [/^Expected type "[^"]+" to be an object\.$/, '应为对象'],
  [/^Exactly one key must be specified for OneOf type "[^"]+"\.$/, '必须且只能提供其中一个字段'],
  [/^Int cannot represent non 32-bit signed integer value: /, '整数超出范围（-2147483648 至 2147483647）'],
  [/^Int cannot represent non-integer value: /, '应为整数'],
  [/^Float cannot represent non numeric value: /, '应为数字'],
  [/^String cannot represent a non string value: /, '应为文本'],
  [/^Boolean cannot represent a non boolean value: /, '应为 true 或 false'],
  [/^ID cannot represent value: /, '应为文本或整数形式的编号'],
];

const GENERIC = '取值不合法';
const HAN = /[\u3400-\u9fff]/;
/** Three or more English words in a row: a sentence, not a code, a field path or a value such as TAX. */
const ENGLISH_WORDS = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]+){2,}/;

/** `"value"` for the message: the client's text cut to CLIENT_VALUE_MAX_CHARS characters. */
export function quoteClientValue(value: string, quoted = true): string {
  const characters = Array.from(value);
  const shown = characters.length > CLIENT_VALUE_MAX_CHARS ? `${characters.slice(0, CLIENT_VALUE_MAX_CHARS).join('')}…` : value;
  return quoted ? `"${shown}"` : shown;
}

/** Whether a message is written in Chinese for the user (a custom scalar's own refusal), with no English sentence. */
export function isChineseMessage(message: string): boolean {
  return HAN.test(message) && !ENGLISH_WORDS.test(message);
}

function allowedValues(enumName: string, enumValuesOf: EnumValuesLookup | undefined): string {
  const values = enumValuesOf?.(enumName);
  return values && values.length > 0 && values.length <= MAX_LISTED_ENUM_VALUES ? `，可选：${values.join('、')}` : '';
}

/** One graphql-js coercion detail (the text after the variable's prefix) in Chinese; `field` may go one level deeper. */
export function chineseCoercionDetail(field: string, detail: string, enumValuesOf?: EnumValuesLookup): FieldError {
  const unknownValue = ENUM_UNKNOWN.exec(detail);
  if (unknownValue?.[1] !== undefined && unknownValue[2]) {
    return { field, message: `${quoteClientValue(unknownValue[1])} 不是有效的取值${allowedValues(unknownValue[2], enumValuesOf)}` };
  }
  const notString = ENUM_NOT_STRING.exec(detail);
  if (notString?.[1] && notString[2] !== undefined) {
    return { field, message: `${quoteClientValue(notString[2], false)} 不是有效的取值${allowedValues(notString[1], enumValuesOf)}` };
  }
  const missing = FIELD_MISSING.exec(detail);
  if (missing?.[1]) return { field: `${field}.${missing[1]}`, message: '必须提供该字段' };
  const unknownField = FIELD_UNKNOWN.exec(detail);
  if (unknownField?.[1] !== undefined) return { field, message: `不支持字段 ${quoteClientValue(unknownField[1])}` };
  if (ONE_OF_NULL.test(detail)) return { field, message: '不能为空' };
  for (const [pattern, message] of FIXED) if (pattern.test(detail)) return { field, message };
  return { field, message: isChineseMessage(detail) ? detail : GENERIC };
}

/** The messages down an error's chain of original errors, outermost first. */
function chainMessages(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    messages.push(current.message);
    current = (current as { originalError?: unknown }).originalError;
  }
  return messages;
}

/**
 * Field path and detail of a "got invalid value" message. The detail is the message of the coercion error graphql-js
 * wraps, so the path is read from what precedes it, at its end, where a client's value cannot pose as a path.
 */
function splitInvalidValue(message: string, error: unknown): { field: string; detail: string } | null {
  const variable = VARIABLE_PREFIX.exec(message);
  if (!variable?.[1]) return null;
  const detail = chainMessages(error).find((inner) => inner !== message && message.endsWith(`; ${inner}`));
  if (detail !== undefined) {
    const prefix = message.slice(0, message.length - detail.length - 2);
    return { field: PATH_AT_END.exec(prefix)?.[1] ?? variable[1], detail };
  }
  const atPath = VARIABLE_AT_PATH.exec(message);
  if (atPath?.[1] && atPath[2] !== undefined) return { field: atPath[1], detail: atPath[2] };
  const bare = VARIABLE_DETAIL.exec(message);
  return bare?.[1] !== undefined ? { field: variable[1], detail: bare[1] } : null;
}

/** The field and Chinese message of a variable coercion error; [] when the message is not one. */
export function fieldsFromVariableMessage(message: string, error?: unknown, enumValuesOf?: EnumValuesLookup): FieldError[] {
  const invalid = splitInvalidValue(message, error);
  if (invalid) return [chineseCoercionDetail(invalid.field, invalid.detail, enumValuesOf)];
  const missing = VARIABLE_MISSING.exec(message);
  if (missing?.[1]) return [{ field: missing[1], message: '必须提供该参数' }];
  const nulled = VARIABLE_NULL.exec(message);
  if (nulled?.[1]) return [{ field: nulled[1], message: '不能为空' }];
  const notInput = VARIABLE_NOT_INPUT.exec(message);
  if (notInput?.[1]) return [{ field: notInput[1], message: GENERIC }];
  return [];
}

/** An EnumValuesLookup over the running schema (given once it is built). */
export function schemaEnumValues(schema: () => GraphQLSchema | undefined): EnumValuesLookup {
  return (enumName) => {
    const type = schema()?.getType(enumName);
    return isEnumType(type) ? type.getValues().map((value) => value.name) : undefined;
  };
}
