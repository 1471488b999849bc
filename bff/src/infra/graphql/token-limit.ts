/**
 * Apollo's `parseOptions.maxTokens`: the parser gives up after this many lexical tokens, before validation. The
 * longest app document has 148 and the standard introspection query 184 (every option of
 * `getIntrospectionQuery()` on). The bound also caps what graphql-js's own rules can be made to do:
 * OverlappingFieldsCanBeMerged compares same-named fields pairwise, and 800 tokens of
 * `{ faqs { id } faqs { id } … }` take about 20 ms of validation on the 2-core machine.
 */
export const MAX_QUERY_TOKENS = 800;

/** graphql-js's message when `maxTokens` is exceeded (its wording, "more that", is the library's). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;

/** The user-facing message for a parse error caused by the token limit, or undefined for any other message. */
export function tokenLimitMessage(parseErrorMessage: string): string | undefined {
  const match = TOKEN_LIMIT_MESSAGE.exec(parseErrorMessage);
  return match ? `查询语句过长：最多 ${match[1]} 个词法单元` : undefined;
}
