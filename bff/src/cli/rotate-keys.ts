import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../infra/config/app-config';
import { ConfigModule } from '../infra/config/config.module';
import { loadConfig } from '../infra/config/load-config';
import { CryptoModule } from '../infra/crypto/crypto.module';
import { FieldCipher } from '../infra/crypto/field-cipher';
import { KeyRotation } from '../infra/crypto/key-rotation';
import { ENTITIES } from '../entities';
import { DatabaseModule } from '../infra/database/database.module';
import { createLogger } from '../infra/logging/logger';
import { LoggingModule } from '../infra/logging/logging.module';
import { safeError } from '../infra/logging/safe-error';
import { exitWithFailure } from './cli-failure';
import { progressLine, summaryText } from './rotation-report';

/** Just what the rotation needs: config, logger, the database (checked like the server's) and the field cipher. */
@Module({})
class RotateKeysModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: RotateKeysModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(logger), DatabaseModule.forRoot(ENTITIES), CryptoModule],
    };
  }
}

/**
 * `npm run keys:rotate` (node dist/src/cli/rotate-keys.js): re-encrypts every encrypted column with the active key
 * of DATA_ENCRYPTION_KEYS / DATA_ENCRYPTION_ACTIVE_KEY, bound to its place (v2), in batches, while the BFF runs
 * (see KeyRotation). Exit status 0 when every value is current, 1 when some rows need attention.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Log lines go to stderr: stdout carries the progress and the summary.
  const logger = createLogger(config.logLevel, process.stderr);
  const app = await NestFactory.createApplicationContext(RotateKeysModule.forRoot(config, logger), { logger: false, abortOnError: false });
  try {
    const cipher = app.get(FieldCipher);
    process.stdout.write(`正在用密钥 ${cipher.activeKeyId} 重新加密各加密字段…\n`);
    const rotation = new KeyRotation(app.get(DataSource), cipher);
    const summary = await rotation.run({ onProgress: (progress) => process.stdout.write(progressLine(progress)) });
    process.stdout.write(summaryText(summary, cipher.activeKeyId));
    if (summary.changed.length > 0 || summary.undecryptable.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) =>
  exitWithFailure(error, '密钥轮换失败', (failure) => {
    // Through safeError: a failed statement's values (re-encrypted secrets among them) never reach the terminal.
    const safe = failure instanceof Error ? safeError(failure) : undefined;
    return safe ? (safe.stack ?? safe.message) : String(failure);
  }),
);
