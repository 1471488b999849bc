import { HttpException } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode, type ErrorExtensions, type FieldError } from '@rongtong/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { tokenLimitMessage } from '../graphql/token-limit';
import { DomainException } from './domain.exception';
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

const VARIABLE_AT_PATH = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"; ([\s\S]*)$/;
const VARIABLE_VALUE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?; ([\s\S]*)$/;
const VARIABLE_MISSING = /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;

/** The input field a variable-coercion message is about, when graphql-js names it. */
export function fieldsFromVariableMessage(message: string): FieldError[] {
  const atPath = VARIABLE_AT_PATH.exec(message);
  if (atPath?.[1] && atPath[2]) return [{ field: atPath[1], message: atPath[2] }];
  const value = VARIABLE_VALUE.exec(message);
  if (value?.[1] && value[2]) return [{ field: value[1], message: value[2] }];
  const missing = VARIABLE_MISSING.exec(message);
  if (missing?.[1]) return [{ field: missing[1], message: '必须提供该参数' }];
  return [];
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
  const fields = apolloCode === 'BAD_USER_INPUT' ? fieldsFromVariableMessage(formatted.message) : [];
  return base(formatted, message, { code: ErrorCode.BAD_USER_INPUT, fields });
}

/**
 * Apollo `formatError`: expected failures keep their code and Chinese message; requests Apollo rejects
 * become BAD_USER_INPUT; everything else is masked as INTERNAL_SERVER_ERROR with a correlation id that is
 * logged together with the real error. Nothing internal (stack, SQL, class names) reaches the client.
 */
export function createGraphqlErrorFormatter(logger: Logger) {
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
