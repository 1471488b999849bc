import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './infra/config/app-config';
import { ConfigModule } from './infra/config/config.module';
import { ConfigError, loadConfig } from './infra/config/load-config';
import { ClockModule } from './infra/clock/clock';
import { ENTITIES } from './entities';
import { DatabaseModule } from './infra/database/database.module';
import { createLogger } from './infra/logging/logger';
import { LoggingModule } from './infra/logging/logging.module';
import { SWEEP_BATCH } from './modules/files/abandoned-uploads';
import { FileSweeper } from './modules/files/file-sweeper';
import { FilesModule } from './modules/files/files.module';

/** Just what the sweep needs: config, logger, clock, the database (migrated like the server) and the files module. */
@Module({})
class SweepFilesModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: SweepFilesModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(logger), ClockModule, DatabaseModule.forRoot(ENTITIES), FilesModule],
    };
  }
}

/** Sweeps batch after batch (one FILES_SWEPT audit entry each) until a batch comes back short. */
async function sweepAll(sweeper: FileSweeper): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await sweeper.sweep(SWEEP_BATCH);
    total += removed.length;
    if (removed.length < SWEEP_BATCH) return total;
  }
}

/**
 * `npm run files:sweep -w @rongtong/bff` (node dist/src/sweep-files.js): removes every upload nothing references
 * that is older than ABANDONED_UPLOAD_GRACE_HOURS, with the same rules and configuration as the server's sweep.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(SweepFilesModule.forRoot(config, logger), { logger: false });
  try {
    const removed = await sweepAll(app.get(FileSweeper));
    process.stdout.write(`已清理 ${removed} 个未被引用的上传文件\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`清理失败：${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
