import type { FastifyInstance, FastifyServerOptions, LogLevel } from 'fastify';

export interface LogDestination {
  write(line: string): void;
}

export interface LoggingOptions {
  level?: LogLevel;
  /** Where JSON lines go; stdout when absent. Tests pass a collector. */
  stream?: LogDestination;
}

/** Personal data and credentials: never written to a log, at whatever depth they appear. */
export const SENSITIVE_FIELDS = ['authorization', 'idNumber', 'phone', 'residentId'] as const;

export const REDACTED = '[REDACTED]';

const MAX_REDACT_DEPTH = 4;

export const REDACT_PATHS: readonly string[] = SENSITIVE_FIELDS.flatMap((field) =>
  Array.from({ length: MAX_REDACT_DEPTH }, (_, depth) => `${'*.'.repeat(depth)}${field}`),
);

const SENSITIVE_QUERY = new RegExp(`([?&])(${SENSITIVE_FIELDS.join('|')})=[^&#]*`, 'gi');

/** Query strings carry personal data too (`?phone=…`); keep the key, hide the value. */
export function redactUrl(url: string): string {
  return url.replace(SENSITIVE_QUERY, `$1$2=${REDACTED}`);
}

export function loggerOptions(logging: LoggingOptions | false): FastifyServerOptions['logger'] {
  if (logging === false) return false;
  return {
    level: logging.level ?? 'info',
    name: 'mock-server',
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    ...(logging.stream === undefined ? {} : { stream: logging.stream }),
  };
}

/** One line per request, written when the response has gone. */
export function registerRequestLogging(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: redactUrl(request.url),
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request',
    );
  });
}
