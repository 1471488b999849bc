import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';
import { safeError, withSafeErrors } from './safe-error';

/** Keys that hold personal data or secrets; their values never reach a log line. */
export const REDACTED_KEYS = [
  'idNumber',
  'residentId',
  'phone',
  'mobile',
  'password',
  'passwordHash',
  'authorization',
  'cookie',
  'token',
  'refreshToken',
  'accessToken',
  'displayName',
  'secret',
  'totpSecret',
  'newPassword',
  'initialPassword',
  'challengeToken',
  'codeVerifier',
] as const;

/**
 * `code` is a credential (a TOTP code, an OAuth authorization code) where it comes from a request — GraphQL
 * variables or arguments, a body, a query string — and an error code everywhere else (`err.code: 'ER_DUP_ENTRY'`,
 * `result: 'RATE_LIMITED'`), which the log must keep. So `code` is redacted under these containers only.
 */
export const CREDENTIAL_CODE_CONTAINERS = ['variables', 'args', 'input', 'body', 'query', 'params'] as const;
const CONTAINER_DEPTH = 2;

/** pino's redaction matches fixed paths; cover the key at the top level and up to four levels down. */
const MAX_DEPTH = 4;

const wildcards = (count: number): string[] => Array.from({ length: count }, () => '*');

export function redactPaths(keys: readonly string[] = REDACTED_KEYS): string[] {
  const paths: string[] = [];
  for (const key of keys) {
    for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
      paths.push([...wildcards(depth), key].join('.'));
    }
  }
  for (const container of CREDENTIAL_CODE_CONTAINERS) {
    for (let above = 0; above <= CONTAINER_DEPTH; above += 1) {
      for (let below = 0; below <= CONTAINER_DEPTH; below += 1) {
        paths.push([...wildcards(above), container, ...wildcards(below), 'code'].join('.'));
      }
    }
  }
  return paths;
}

/**
 * Before pino sees a call: an Error given as the first argument, or inside the merge object, becomes its
 * SafeError — pino would otherwise take the raw `error.message` as the line's message.
 */
function logMethod(this: Logger, args: Parameters<pino.LogFn>, method: pino.LogFn): void {
  const [first, ...rest] = args as unknown[];
  if (first instanceof Error) {
    const safe = safeError(first);
    method.apply(this, [{ err: safe }, ...(rest.length > 0 ? rest : [safe.message])] as Parameters<pino.LogFn>);
    return;
  }
  method.apply(this, [withSafeErrors(first), ...rest] as Parameters<pino.LogFn>);
}

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'rongtong-bff' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: '[REDACTED]' },
    // Errors anywhere in a line lose their statement parameters and driver fields (safe-error.ts).
    formatters: { level: (label) => ({ level: label }), log: (object) => withSafeErrors(object) },
    serializers: { err: (value: unknown) => withSafeErrors(value) },
    hooks: { logMethod },
  };
  return destination ? pino(options, destination) : pino(options);
}
