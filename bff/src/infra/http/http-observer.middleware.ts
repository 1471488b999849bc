import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { MetricsService } from '../metrics/metrics.service';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const API_ROUTES = new Set(['/graphql', '/healthz', '/metrics']);

/** A bounded route label: the API paths by name, everything else (static files, SPA routes, 404s) as one. */
export function routeLabel(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return API_ROUTES.has(path) ? path : '/*';
}

/**
 * One log line and one histogram sample per HTTP request. Plain Node middleware, so it runs unchanged
 * under Express and under Fastify (through @fastify/middie).
 */
export function httpObserver(logger: Logger, metrics: MetricsService): Middleware {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Read now: Express rewrites req.url inside mounted middleware such as Apollo's at /graphql.
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(path);
      metrics.observeHttp(req.method ?? 'GET', route, res.statusCode, seconds);
      logger.info(
        {
          method: req.method,
          path,
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1e6) / 1e3,
          contentLength: Number(res.getHeader('content-length') ?? 0) || undefined,
        },
        'http request',
      );
    });
    next();
  };
}
