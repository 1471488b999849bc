import { ErrorCode } from '@rongtong/shared';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { DomainException } from '../../../infra/errors/domain.exception';
import { FREE_FORM_REFUSED_MESSAGE } from '../../../infra/graphql/persisted-operations.plugin';
import { sha256Hex, type PersistedOperations } from '../../../infra/graphql/persisted-operations';
import { queryLimitsRule } from '../../../infra/graphql/query-limits.rule';
import { MAX_QUERY_TOKENS } from '../../../infra/graphql/token-limit';

/** The `subscribe` message's payload as graphql-ws hands it over (only its shape is trusted). */
export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

export interface SubscriptionDocument {
  document: DocumentNode;
  operationName: string | undefined;
  /** The safelist's name of the operation, or `unlisted` (as the HTTP path labels its metrics). */
  listedName: string;
}

export interface DocumentPolicy {
  /** Production: only operations on the safelist run (by hash, or text identical to a listed one). */
  onlyListed: boolean;
  introspection: boolean;
}

export const ONLY_SUBSCRIPTIONS_MESSAGE = '实时连接只用于订阅：查询和修改请通过 HTTP 发送';

function refusal(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new DomainException(code, message) });
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new DomainException(ErrorCode.BAD_USER_INPUT, message, []) });
}

function persistedHash(extensions: SubscribePayload['extensions']): string | undefined | null {
  const persisted = extensions?.persistedQuery;
  if (persisted === undefined) return undefined;
  const hash = (persisted as { sha256Hash?: unknown; version?: unknown } | null)?.sha256Hash;
  const version = (persisted as { version?: unknown } | null)?.version;
  return typeof hash === 'string' && version === 1 ? hash : null;
}

/**
 * Judges a subscription document as the HTTP path judges a query (graphql-options.ts): the safelist of persisted
 * operations (a hash looked up; in production nothing else), the token limit while parsing, graphql-js's rules and
 * the depth / alias / cost limits (query-limits.rule.ts), introspection off where it is off; and only
 * subscriptions — queries and mutations go over HTTP, where the rate limits, CSRF prevention and the SQLite
 * write queue apply. Refusals are GraphQL errors the formatter turns into BAD_USER_INPUT or
 * PERSISTED_QUERY_NOT_FOUND.
 */
export class SubscriptionDocuments {
  private readonly rules: readonly ValidationRule[];

  constructor(
    private readonly safelist: PersistedOperations,
    private readonly policy: DocumentPolicy,
  ) {
    this.rules = [...specifiedRules, queryLimitsRule(), ...(policy.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  }

  resolve(schema: GraphQLSchema, payload: SubscribePayload): SubscriptionDocument | readonly GraphQLError[] {
    const hash = persistedHash(payload.extensions);
    if (hash === null) return [badInput('请求格式错误：extensions.persistedQuery 应为 { version: 1, sha256Hash }')];
    let text = payload.query;
    let listedName = 'unlisted';
    if (hash !== undefined) {
      const listed = this.safelist.get(hash);
      if (!listed) return [refusal(ErrorCode.PERSISTED_QUERY_NOT_FOUND, '应用版本已更新，请刷新页面或重新打开小程序后再试')];
      if (text !== '' && text !== listed.document) return [badInput('请求格式错误：操作文本与 sha256Hash 不符')];
      text = listed.document;
      listedName = listed.operationName;
    } else {
      const listed = this.safelist.get(sha256Hex(text));
      if (listed) listedName = listed.operationName;
      else if (this.policy.onlyListed) return [refusal(ErrorCode.PERSISTED_QUERY_NOT_FOUND, FREE_FORM_REFUSED_MESSAGE)];
    }
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: MAX_QUERY_TOKENS });
    } catch (error) {
      // The formatter words a syntax error (and the token limit) for the user.
      return [error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : badInput('查询语句无法解析')];
    }
    const errors = validate(schema, document, this.rules);
    if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operationName = payload.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [badInput('无法确定要执行的操作')];
    if (operation.operation !== 'subscription') return [badInput(ONLY_SUBSCRIPTIONS_MESSAGE)];
    return { document, operationName, listedName };
  }
}

/** Marks a parse or validation error as Apollo would, so the shared formatter words it the same way. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}
