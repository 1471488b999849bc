import { Controller, Get, Header, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { DatabaseDialect } from '../database/database-url';
import { LOGGER } from '../logging/logging.module';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: DatabaseDialect;
}

/** Open to anyone (probes, load balancers): declared by the auth wing, see core-modules/auth/guards/infrastructure-access.ts. */
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** 200 when the database answers `SELECT 1`, 503 otherwise. */
  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  async check(): Promise<HealthReport> {
    const database = this.config.database.dialect;
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database };
    } catch (error) {
      this.logger.error({ err: error }, 'health check: database unreachable');
      const report: HealthReport = { status: 'unavailable', database };
      throw new HttpException(report, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
