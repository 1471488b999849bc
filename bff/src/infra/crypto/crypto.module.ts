import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logging.module';
import { FieldCipher } from './field-cipher';
import { TokenHasher } from './token-hasher';

let warnedAboutDevelopmentKeys = false;

/** Once per process: a development key in use is worth one loud line, not one per app instance. */
function warnOnDevelopmentKeys(config: AppConfig, logger: Logger): void {
  const defaults = config.crypto.developmentDefaults;
  if (defaults.length === 0 || warnedAboutDevelopmentKeys) return;
  warnedAboutDevelopmentKeys = true;
  logger.warn(
    { variables: defaults },
    `使用内置的开发密钥（${defaults.join(', ')} 未设置）：仅供开发和测试，生产环境必须配置这些变量`,
  );
}

/** The field cipher and the token hasher, built from the configured keys. */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [AppConfig, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => {
        warnOnDevelopmentKeys(config, logger);
        return new FieldCipher(config.crypto);
      },
    },
    { provide: TokenHasher, inject: [AppConfig], useFactory: (config: AppConfig) => new TokenHasher(config.crypto) },
  ],
  exports: [FieldCipher, TokenHasher],
})
export class CryptoModule {}
