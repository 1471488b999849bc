import { Controller, Get, Header, Headers, NotFoundException, Res } from '@nestjs/common';
import { ErrorCode } from '@rongtong/shared';
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { AppConfig } from '../config/app-config';
import { equalBytes } from '../crypto/hmac-sm3';
import { DomainException } from '../errors/domain.exception';
import { MetricsService } from './metrics.service';

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when `authorization` is `Bearer <token>`. Digests of equal length are compared in constant time, so
 * neither the token's length nor its first differing character shows in the answer time.
 */
export function presentsToken(authorization: string | undefined, token: string): boolean {
  const presented = BEARER.exec(authorization ?? '')?.[1];
  const matches = equalBytes(digest(presented ?? ''), digest(token));
  return presented !== undefined && matches;
}

/** Express's response is the Node response; Fastify's reply exposes it as `.raw`. */
function rawResponse(response: unknown): ServerResponse {
  return (response as { raw?: ServerResponse }).raw ?? (response as ServerResponse);
}

/**
 * /metrics is for the monitoring system only: it answers 404, like any unknown path, unless METRICS_TOKEN is
 * configured, and then 401 to anyone who does not present it as a bearer token. The auth wing declares it public
 * (core-modules/auth/guards/infrastructure-access.ts), which only tells the access guard that no user session is
 * needed; the token check is here.
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  /** Prometheus text exposition format 0.0.4. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: unknown): Promise<string> {
    const token = this.config.metricsToken;
    if (token === undefined) throw new NotFoundException('Cannot GET /metrics');
    if (!presentsToken(authorization, token)) {
      rawResponse(response).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new DomainException(ErrorCode.UNAUTHENTICATED, '访问监控指标需要有效的令牌');
    }
    return this.metrics.render();
  }
}
