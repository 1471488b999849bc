import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logging.module';
import { MetricsService } from '../metrics/metrics.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { graphqlOptions } from './graphql-options';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, MetricsService, LOGGER, RateLimiter],
      useFactory: (config: AppConfig, metrics: MetricsService, logger: Logger, rateLimiter: RateLimiter) =>
        graphqlOptions(config, metrics, logger, rateLimiter),
    }),
  ],
})
export class AppGraphqlModule {}
