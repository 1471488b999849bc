import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Logger } from 'pino';
import { LOGGER } from '../../infra/logging/logging.module';
import { AuditModule } from '../../modules/audit/audit.module';
import { AccessGuard } from './guards/access.guard';
import { declareInfrastructureAccess } from './guards/infrastructure-access';
import { collectOperationDeclarations } from './guards/operation-declarations';
import { SessionsModule } from './sessions/sessions.module';

// The framework's own endpoints (health, metrics) live in infra/, which knows no access rules: declared here.
declareInfrastructureAccess();

/** Says at start which operations nobody can call because they lack a declaration (the guard refuses them). */
class UndeclaredOperationsReport implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = collectOperationDeclarations(this.discovery, this.scanner).filter((declaration) => !declaration.rule);
    if (undeclared.length === 0) return;
    this.logger.error(
      { operations: undeclared.map((declaration) => declaration.handler) },
      `这些操作没有声明访问权限，所有调用都会被拒绝: ${undeclared.map((declaration) => declaration.operation).join(', ')}`,
    );
  }
}

/** The global access guard and the start-up check of access declarations. */
@Module({
  imports: [DiscoveryModule, SessionsModule, AuditModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    {
      provide: UndeclaredOperationsReport,
      inject: [DiscoveryService, MetadataScanner, LOGGER],
      useFactory: (discovery: DiscoveryService, scanner: MetadataScanner, logger: Logger) =>
        new UndeclaredOperationsReport(discovery, scanner, logger),
    },
  ],
})
export class AuthModule {}
