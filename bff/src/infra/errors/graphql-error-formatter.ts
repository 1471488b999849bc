import { HttpException } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode, type ErrorExtensions } from '@rongtong/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { tokenLimitMessage } from '../graphql/token-limit';
import { DomainException } from './domain.exception';
import { fieldsFromVariableMessage, isChineseMessage, type EnumValuesLookup } from './input-coercion-message';
import { errorCodeForStatus } from './http-status';

/** Codes Apollo Server gives to requests it rejects before any resolver runs. */
const REQUEST_ERROR_PREFIXES: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: '查询语句无法解析',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '参数取值不合法',
  BAD_REQUEST: '请求格式错误',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  PERSISTED_QUERY_NOT_SUPPORTED: '请求格式错误',
};

/**
 * Apollo's own refusals of a malformed request that carry an HTTP status but no code (a persisted-query hash
 * that does not match the text sent with it, an unsupported persisted-query version).
 */
function isUncodedBadRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined || error.originalError) return false;
  const http = error.extensions.http as { status?: unknown } | undefined;
  return http?.status === 400;
}

/** Marks validation errors whose message is already written for the user (see query-limits.rule.ts). */
export const USER_FACING_EXTENSION = 'userFacing';

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function base(formatted: GraphQLFormattedError, message: string, extensions: ErrorExtensions): GraphQLFormattedError {
  const result: { -readonly [K in keyof GraphQLFormattedError]: GraphQLFormattedError[K] } = { message, extensions: { ...extensions } };
  if (formatted.locations) result.locations = formatted.locations;
  if (formatted.path) result.path = formatted.path;
  return result;
}

function fromDomain(formatted: GraphQLFormattedError, exception: DomainException): GraphQLFormattedError {
  const extensions: ErrorExtensions = { ...exception.extensions, code: exception.code };
  if (exception.code === ErrorCode.BAD_USER_INPUT) extensions.fields = [...(exception.fields ?? [])];
  return base(formatted, exception.message, extensions);
}

function fromRequestError(formatted: GraphQLFormattedError, apolloCode: string): GraphQLFormattedError {
  const userFacing = formatted.extensions?.[USER_FACING_EXTENSION] === true;
  const tokenLimit = apolloCode === 'GRAPHQL_PARSE_FAILED' ? tokenLimitMessage(formatted.message) : undefined;
  const message = userFacing ? formatted.message : (tokenLimit ?? `${REQUEST_ERROR_PREFIXES[apolloCode]}: ${formatted.message}`);
  return base(formatted, message, { code: ErrorCode.BAD_USER_INPUT, fields: [] });
}

/**
 * A value the variables' coercion refused (an unknown enum value, a string for an Int, a missing input field): in
 * Chinese only, with the field path; graphql-js's English text stays out of the answer.
 */
function fromCoercionError(formatted: GraphQLFormattedError, error: unknown, enumValuesOf: EnumValuesLookup | undefined): GraphQLFormattedError {
  const fields = fieldsFromVariableMessage(formatted.message, error, enumValuesOf);
  const lead = REQUEST_ERROR_PREFIXES.BAD_USER_INPUT;
  const [first] = fields;
  const message = first ? `${lead}（${first.field}）：${first.message}` : isChineseMessage(formatted.message) ? `${lead}：${formatted.message}` : lead;
  return base(formatted, message, { code: ErrorCode.BAD_USER_INPUT, fields });
}

export interface GraphqlErrorFormatterOptions {
  /** The values of an input enum, listed in the refusal of an unknown one; absent where the schema is not shown (production). */
  enumValuesOf?: EnumValuesLookup;
}

/**
 * Apollo `formatError`: expected failures keep their code and Chinese message; requests Apollo rejects
 * become BAD_USER_INPUT; everything else is masked as INTERNAL_SERVER_ERROR with a correlation id that is
 * logged together with the real error. Nothing internal (stack, SQL, class names) reaches the client.
 */
export function createGraphqlErrorFormatter(logger: Logger, { enumValuesOf }: GraphqlErrorFormatterOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    if (cause instanceof DomainException) return fromDomain(formatted, cause);

    if (cause instanceof HttpException) {
      const code = errorCodeForStatus(cause.getStatus());
      if (code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        return base(formatted, ERROR_MESSAGES[code], code === ErrorCode.BAD_USER_INPUT ? { code, fields: [] } : { code });
      }
    }

    const apolloCode = formatted.extensions?.code;
    if (apolloCode === ErrorCode.PERSISTED_QUERY_NOT_FOUND) {
      return base(formatted, ERROR_MESSAGES[ErrorCode.PERSISTED_QUERY_NOT_FOUND], { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND });
    }
    if (isUncodedBadRequest(error)) return fromRequestError(formatted, 'BAD_REQUEST');
    if (apolloCode === ErrorCode.BAD_USER_INPUT && !(cause instanceof HttpException)) return fromCoercionError(formatted, error, enumValuesOf);
    if (typeof apolloCode === 'string' && apolloCode in REQUEST_ERROR_PREFIXES && !(cause instanceof HttpException)) {
      return fromRequestError(formatted, apolloCode);
    }

    const correlationId = randomUUID();
    logger.error({ correlationId, err: cause, path: formatted.path }, 'unexpected error in GraphQL operation');
    return base(formatted, ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR], {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      correlationId,
    });
  };
}
