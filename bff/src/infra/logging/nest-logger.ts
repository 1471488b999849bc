import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';
import { safeError } from './safe-error';

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/** Routes Nest's own log calls (bootstrap, route mapping, uncaught errors) into the pino JSON stream. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    if (message instanceof Error) {
      const err = safeError(message);
      this.logger[level]({ context, err }, err.message);
      return;
    }
    // Nest passes an error's stack as a string whose first lines repeat its message: keep the frames only.
    const trace = params.find((param): param is string => typeof param === 'string' && param.includes('\n    at '));
    const stack = trace
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n');
    this.logger[level]({ context, stack }, typeof message === 'string' ? message : JSON.stringify(message));
  }
}
