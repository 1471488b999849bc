import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './infra/config/app-config';
import { ConfigModule } from './infra/config/config.module';
import { AuthModule } from './core-modules/auth/auth.module';
import { ClockModule } from './infra/clock/clock';
import { CryptoModule } from './infra/crypto/crypto.module';
import { ENTITIES } from './entities';
import { DatabaseModule } from './infra/database/database.module';
import { SqliteMutationSerializer } from './infra/database/sqlite-mutation-serializer';
import { AllExceptionsFilter } from './infra/errors/all-exceptions.filter';
import { validationExceptionFactory } from './infra/errors/validation-exception.factory';
import { AppGraphqlModule } from './infra/graphql/graphql.module';
import { HealthModule } from './infra/health/health.module';
import { LoggingModule } from './infra/logging/logging.module';
import { MetricsModule } from './infra/metrics/metrics.module';
import type { RateLimitSettings } from './infra/rate-limit/rate-limit-quotas';
import { RateLimitModule } from './infra/rate-limit/rate-limit.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuditModule } from './modules/audit/audit.module';
import { BannersModule } from './modules/banners/banners.module';
import { ConsentsModule } from './modules/consents/consents.module';
import { ContentModule } from './modules/content/content.module';
import { DataUseModule } from './modules/data-use/data-use.module';
import { FilesModule } from './modules/files/files.module';
import { FaceVerificationModule } from './modules/face-verification/face-verification.module';
import { GovDataModule } from './modules/gov-data/gov-data.module';
import { EnterprisesModule } from './modules/enterprises/enterprises.module';
import { IdentityModule } from './core-modules/auth/identity/identity.module';
import { MeModule } from './core-modules/auth/me/me.module';
import { InstitutionsModule } from './modules/institutions/institutions.module';
import { MessagesModule } from './modules/messages/messages.module';
import { ProductManagementModule } from './modules/product-management/product-management.module';
import { ProductsModule } from './modules/products/products.module';
import { RecommendationModule } from './modules/recommendation/recommendation.module';
import { SessionsModule } from './core-modules/auth/sessions/sessions.module';
import { StaffModule } from './core-modules/auth/staff/staff.module';
import { MemoizingValidationPipe } from './infra/validation/memoized-validation';
import { SeedModule } from './seed/seed.module';
import { EventsModule } from './core-modules/events/events.module';
import { EventsSettingsModule } from './core-modules/events/events-settings.module';
import type { SubscriptionLimits } from './core-modules/events/events-settings';

/** What only code may change, never the environment: tests and benchmarks pass their own rate-limit quotas. */
export interface AppOptions {
  rateLimit?: Partial<RateLimitSettings>;
  /** Live updates: the Redis channel (one per test run) and the subscription limits. */
  events?: { channel?: string; limits?: Partial<SubscriptionLimits> };
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        ClockModule,
        CryptoModule,
        MetricsModule,
        RateLimitModule.forRoot(options.rateLimit),
        EventsSettingsModule.forRoot(options.events),
        DatabaseModule.forRoot(ENTITIES),
        AuditModule,
        SessionsModule,
        AuthModule,
        AppGraphqlModule,
        HealthModule,
        InstitutionsModule,
        ProductsModule,
        RecommendationModule,
        ProductManagementModule,
        FilesModule,
        ContentModule,
        BannersModule,
        EventsModule,
        MessagesModule,
        AccountsModule,
        EnterprisesModule,
        DataUseModule,
        ConsentsModule,
        GovDataModule,
        ApplicationsModule,
        FaceVerificationModule,
        IdentityModule,
        StaffModule,
        MeModule,
        SeedModule,
      ],
      providers: [
        {
          provide: APP_PIPE,
          useValue: new MemoizingValidationPipe({
            transform: true,
            whitelist: true,
            stopAtFirstError: true,
            exceptionFactory: validationExceptionFactory,
          }),
        },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Only SQLite needs it; elsewhere an interceptor would only add a pass-through step to every request.
        ...(config.database.dialect === 'sqlite' ? [{ provide: APP_INTERCEPTOR, useClass: SqliteMutationSerializer }] : []),
      ],
    };
  }
}
