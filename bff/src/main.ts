import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './app.factory';
import type { AppConfig } from './infra/config/app-config';
import { ConfigError, loadConfig } from './infra/config/load-config';
import { PendingMigrationsError } from './infra/database/schema-check';
import { createLogger } from './infra/logging/logger';
import { SeedOnStart } from './seed/seed.module';

function banner(config: AppConfig, app: INestApplication): string {
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    '融通 BFF 已启动',
    `  GraphQL   ${base}/graphql`,
    `  健康检查  ${base}/healthz`,
    `  指标      ${base}/metrics`,
    `  H5        ${base}/`,
    `  数据库    ${config.database.dialect}`,
  ];
  const { reference, demo: seeded } = app.get(SeedOnStart).outcome;
  if (reference.applied) {
    lines.push('', `已写入参考数据：常见问题 ${reference.counts.faqs} 条，首页轮播图 ${reference.counts.banners} 个`);
  }
  if (seeded.applied) {
    lines.push('', '已写入演示数据，演示账号（仅供演示，正式使用前请修改密码）：');
    for (const account of seeded.accounts) {
      lines.push(`  ${account.username.padEnd(20)} ${account.password}  ${account.displayName}`);
    }
    const totpSecrets = new Set(seeded.accounts.flatMap((account) => (account.totpSecret ? [account.totpSecret] : [])));
    for (const secret of totpSecrets) {
      const holders = seeded.accounts.filter((account) => account.totpSecret === secret).map((account) => account.username);
      lines.push('', `动态验证码（TOTP）密钥 ${secret}：${holders.join('、')} 登录时需输入身份验证器显示的 6 位数字`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  await app.listen(config.port, config.host);
  process.stdout.write(banner(config, app));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof PendingMigrationsError) {
    process.stderr.write(`启动失败：${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`启动失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
