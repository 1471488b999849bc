import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppModule, type AppOptions } from './app.module';
import type { AppConfig } from './infra/config/app-config';
import { answerClientError } from './infra/errors/client-error';
import { httpRefusals } from './infra/errors/http-refusals.middleware';
import { httpObserver, type Middleware } from './infra/http/http-observer.middleware';
import { servedAppOptions, staticFiles } from './infra/http/static-files.middleware';
import { NestPinoLogger } from './infra/logging/nest-logger';
import { MetricsService } from './infra/metrics/metrics.service';
import { acceptMultipartStreams } from './modules/files/multipart';

/** GraphQL requests are small; a generous cap still stops memory abuse. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** A whole request (headers and body) must arrive within this: Node's default, which Fastify turns off. */
const REQUEST_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Whose X-Forwarded-For is believed: only the configured proxies (TRUSTED_PROXIES). With none, the client
 * IP (audit log, sessions, rate limits) is the socket's peer and a forwarded header is ignored.
 */
function trustedProxies(config: AppConfig): string[] | false {
  return config.trustedProxies.length > 0 ? [...config.trustedProxies] : false;
}

async function createPlatformApp(config: AppConfig, logger: Logger, appOptions: AppOptions): Promise<INestApplication> {
  const module = AppModule.forRoot(config, logger, appOptions);
  // rawBody: signed callbacks (face verification) are checked over the bytes as sent, kept as request.rawBody.
  const options = { logger: new NestPinoLogger(logger.child({ component: 'nest' })), bufferLogs: true, rawBody: true };
  if (config.httpPlatform === 'fastify') {
    const adapter = new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      trustProxy: trustedProxies(config),
      requestTimeout: REQUEST_TIMEOUT_MS,
      clientErrorHandler: answerClientError,
    });
    acceptMultipartStreams(adapter.getInstance());
    return NestFactory.create<NestFastifyApplication>(module, adapter, options);
  }
  const app = await NestFactory.create<NestExpressApplication>(module, options);
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.set('trust proxy', trustedProxies(config));
  app.disable('x-powered-by');
  const server = app.getHttpServer() as Server;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.on('clientError', answerClientError);
  return app;
}

/**
 * The whole BFF, initialised (migrations run, demo data seeded when configured) but not listening.
 * Used by main.ts, the integration tests and the benchmarks alike; `options` are for the latter two only.
 */
export async function createApp(config: AppConfig, logger: Logger, options: AppOptions = {}): Promise<INestApplication> {
  const app = await createPlatformApp(config, logger, options);
  app.use(httpObserver(logger.child({ component: 'http' }), app.get(MetricsService)) satisfies Middleware);
  app.use(httpRefusals());
  if (existsSync(join(config.h5Dir, 'index.html'))) app.use(staticFiles(config.h5Dir, servedAppOptions(config)));
  app.enableShutdownHooks();
  try {
    await app.init();
    if (config.httpPlatform === 'fastify') await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  } catch (error) {
    // A refused start (pending migrations, a database that is away) must not leave the pool and timers open.
    await app.close().catch((closeError: unknown) => logger.warn({ err: closeError }, 'closing the app after a failed start failed'));
    throw error;
  }
  return app;
}
