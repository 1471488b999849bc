/**
 * Errors as they may appear in a log line: class, code, errno, SQLSTATE, a message and a SQL text with every
 * value taken out, the stack frames and the cause. Nothing else is copied — in particular not TypeORM's
 * `QueryFailedError.parameters`, nor the driver's `sql` (mysql2 formats the values into it), `sqlMessage`,
 * `query` or `driverError`, which carry the personal data of the row that failed to be written.
 */
export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  errno?: number;
  sqlState?: string;
  /** The statement with its values replaced by `?`. */
  sql?: string;
  stack?: string;
  cause?: SafeError;
}

export const REDACTED_VALUE = '[REDACTED]';

/** How many causes deep a serialised error goes (GraphQLError → DomainException → QueryFailedError …). */
const MAX_CAUSES = 3;
const MAX_SQL_LENGTH = 2000;
/** Values shorter than this are not searched for in messages: "1" would blot out every row number. */
const MIN_SEARCHED_VALUE_LENGTH = 2;
const ERROR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * MySQL / MariaDB messages that quote a value of the statement (the server writes it unescaped, so it is cut
 * out up to the fixed text that follows it, not up to the next quote). Identifiers (key, column, table names)
 * stay: they are what makes the line useful.
 */
const VALUE_BEARING_MESSAGES: ReadonlyArray<[RegExp, string]> = [
  [/(Duplicate entry )'[\s\S]*'( for key )/, `$1'${REDACTED_VALUE}'$2`],
  [/(Incorrect [\w ]+ value: )'[\s\S]*'( for (?:column|function) )/, `$1'${REDACTED_VALUE}'$2`],
  [/((?:Truncated incorrect|Incorrect) [\w ]+ value: )'[\s\S]*'/, `$1'${REDACTED_VALUE}'`],
  [/(near )'[\s\S]*'( at line \d+)/, `$1'${REDACTED_VALUE}'$2`],
  [/(Illegal mix of collations .*?for operation )'[\s\S]*'/, `$1'${REDACTED_VALUE}'`],
  [/(Duplicate entry )'[\s\S]*'/, `$1'${REDACTED_VALUE}'`],
];

/** SQL string literals ('…' with '' or \' inside, and X'…' / N'…' forms) become `?`. */
const SQL_STRING_LITERAL = /[XxNnBb]?'(?:[^'\\]|\\[\s\S]|'')*'/g;

/** The statement's own text with every literal value replaced by `?`, shortened to a sane length. */
export function sqlWithoutValues(sql: string, values: readonly string[] = []): string {
  const stripped = withoutValues(sql.replace(SQL_STRING_LITERAL, '?'), values);
  return stripped.length > MAX_SQL_LENGTH ? `${stripped.slice(0, MAX_SQL_LENGTH)}…` : stripped;
}

/** A database message without the values it quotes, and without any of `values` wherever they appear. */
export function messageWithoutValues(message: string, values: readonly string[] = []): string {
  // A message quotes at most one value: the first (most specific) pattern that matches is applied.
  const known = VALUE_BEARING_MESSAGES.find(([pattern]) => pattern.test(message));
  const result = known ? message.replace(known[0], known[1]) : message;
  return withoutValues(result, values);
}

function withoutValues(text: string, values: readonly string[]): string {
  let result = text;
  // Longest first, so a value containing a shorter one is removed whole.
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    if (value.length >= MIN_SEARCHED_VALUE_LENGTH) result = result.split(value).join(REDACTED_VALUE);
  }
  return result;
}

type ErrorFields = Error & {
  code?: unknown;
  errno?: unknown;
  sqlState?: unknown;
  query?: unknown;
  sql?: unknown;
  parameters?: unknown;
  driverError?: unknown;
  originalError?: unknown;
};

/** Every string among a statement's parameters, nested arrays included (numbers and dates are not personal). */
function valuesOf(error: ErrorFields): string[] {
  const values: string[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (typeof value === 'string') values.push(value);
    else if (Buffer.isBuffer(value)) values.push(value.toString('utf8'));
    else if (Array.isArray(value) && depth < 3) for (const item of value) collect(item, depth + 1);
  };
  collect(error.parameters, 0);
  const driver = error.driverError as { parameters?: unknown; values?: unknown } | undefined;
  collect(driver?.parameters, 0);
  collect(driver?.values, 0);
  return values;
}

function causeOf(error: ErrorFields): unknown {
  if (error.cause !== undefined) return error.cause;
  if (error.originalError !== undefined && error.originalError !== null) return error.originalError;
  return undefined;
}

/** Stack frames only: the first lines of `stack` repeat the message, which is replaced by its redacted form. */
function framesOf(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

function typeOf(error: Error): string {
  const constructorName = (error.constructor as { name?: unknown } | undefined)?.name;
  return typeof constructorName === 'string' && constructorName !== '' ? constructorName : error.name;
}

/** The error as it may be logged; see SafeError. */
export function safeError(error: Error, depth = 0): SafeError {
  const fields = error as ErrorFields;
  const values = valuesOf(fields);
  const type = typeOf(error);
  const result: SafeError = { type, message: messageWithoutValues(String(error.message), values) };
  if ((typeof fields.code === 'string' && ERROR_CODE.test(fields.code)) || typeof fields.code === 'number') result.code = fields.code;
  if (typeof fields.errno === 'number') result.errno = fields.errno;
  if (typeof fields.sqlState === 'string' && /^[0-9A-Z]{5}$/.test(fields.sqlState)) result.sqlState = fields.sqlState;
  // TypeORM's `query` keeps the placeholders; mysql2's `sql` has the values formatted in.
  const sql = typeof fields.query === 'string' ? fields.query : typeof fields.sql === 'string' ? fields.sql : undefined;
  if (sql !== undefined) result.sql = sqlWithoutValues(sql, values);
  const frames = framesOf(error.stack);
  if (frames.length > 0) result.stack = [`${type}: ${result.message}`, ...frames].join('\n');
  const cause = causeOf(fields);
  if (depth < MAX_CAUSES && cause !== undefined && cause !== error) {
    result.cause = cause instanceof Error ? safeError(cause, depth + 1) : { type: typeof cause, message: REDACTED_VALUE };
  }
  return result;
}

const MAX_WALK_DEPTH = 5;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A log line's merge object with every Error in it (at any key, in plain objects and arrays) replaced by its
 * SafeError. Objects without errors are returned as they are (no copy).
 */
export function withSafeErrors<T>(value: T, depth = 0): T {
  if (value instanceof Error) return safeError(value) as T;
  if (depth >= MAX_WALK_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => withSafeErrors(item, depth + 1));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const safe = withSafeErrors(item, depth + 1);
    if (safe !== item) {
      copy ??= { ...value };
      copy[key] = safe;
    }
  }
  return (copy ?? value) as T;
}
