import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';

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
] as const;

/** pino's redaction matches fixed paths; cover the key at the top level and up to four levels down. */
const MAX_DEPTH = 4;

export function redactPaths(keys: readonly string[] = REDACTED_KEYS): string[] {
  const paths: string[] = [];
  for (const key of keys) {
    for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
      paths.push([...Array.from({ length: depth }, () => '*'), key].join('.'));
    }
  }
  return paths;
}

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'rongtong-bff' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: '[REDACTED]' },
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
