import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createInterface } from 'node:readline/promises';
import type { Logger } from 'pino';
import type { AppConfig } from '../infra/config/app-config';
import { ConfigModule } from '../infra/config/config.module';
import { loadConfig } from '../infra/config/load-config';
import { ClockModule } from '../infra/clock/clock';
import { ENTITIES } from '../entities';
import { DatabaseModule } from '../infra/database/database.module';
import { PendingMigrationsError } from '../infra/database/schema-check';
import { createLogger } from '../infra/logging/logger';
import { LoggingModule } from '../infra/logging/logging.module';
import { AuditModule } from '../modules/audit/audit.module';
import { exitWithFailure } from './cli-failure';
import { BootstrapArgsError, firstLine, parseBootstrapArgs, type BootstrapArgs } from './bootstrap-args';
import { FirstAdministratorBootstrap, FirstAdministratorError, type FirstAdministrator } from './first-administrator';

/** Just what the bootstrap needs: config, logger, clock, the database (checked like the server's) and the audit log. */
@Module({})
class BootstrapAdminModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: BootstrapAdminModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(logger), ClockModule, DatabaseModule.forRoot(ENTITIES), AuditModule],
      providers: [FirstAdministratorBootstrap],
    };
  }
}

/** A password piped in is at most a line; anything longer is not one. */
const MAX_STDIN_BYTES = 4096;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new BootstrapArgsError('--password-stdin 从管道读入密码，例如：printf \'%s\' "$ADMIN_PASSWORD" | npm run admin:bootstrap -- 用户名 --password-stdin');
  }
  let input = '';
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.length > MAX_STDIN_BYTES) throw new BootstrapArgsError('标准输入过长：只读入一行密码');
  }
  return firstLine(input);
}

async function askUsername(): Promise<string> {
  if (!process.stdin.isTTY) throw new BootstrapArgsError('请给出用户名：npm run admin:bootstrap -- 用户名');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question('系统管理员用户名（3–32 位小写字母、数字、点、下划线或连字符，以字母开头）：');
  } finally {
    prompt.close();
  }
}

async function requestOf(args: BootstrapArgs): Promise<{ username: string; displayName: string; password?: string }> {
  const password = args.passwordFromStdin ? await readStdin() : undefined;
  const username = args.username ?? (await askUsername());
  return { username, displayName: args.displayName, password };
}

function report(admin: FirstAdministrator): string {
  const lines = [`已创建系统管理员 ${admin.username}（${admin.displayName}）。`];
  if (admin.generatedPassword !== null) {
    lines.push(`初始密码：${admin.generatedPassword}`, '（只显示这一次，不会保存明文；请当面或经安全渠道交给本人。）');
  } else {
    lines.push('初始密码为标准输入读入的密码。');
  }
  lines.push('首次登录须先修改初始密码，再用身份验证器绑定动态验证码，之后才能进入平台；其他账号由该管理员在平台中创建。');
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run admin:bootstrap -- [用户名] [姓名] [--password-stdin]` (node dist/src/cli/bootstrap-admin.js): creates the
 * first system administrator of an empty platform, once (see FirstAdministratorBootstrap). The initial password is
 * generated and printed once, or read from stdin; never from an argument.
 */
async function main(): Promise<void> {
  const args = parseBootstrapArgs(process.argv.slice(2));
  const config = loadConfig(process.env);
  // Log lines go to stderr: stdout carries only the result (and the one-time password).
  const logger = createLogger(config.logLevel, process.stderr);
  const request = await requestOf(args);
  const app = await NestFactory.createApplicationContext(BootstrapAdminModule.forRoot(config, logger), {
    logger: false,
    abortOnError: false, // a failure reaches the message below instead of ending the process silently
  });
  try {
    process.stdout.write(report(await app.get(FirstAdministratorBootstrap).create(request)));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) =>
  exitWithFailure(error, '创建系统管理员失败', (failure) => {
    const known = failure instanceof BootstrapArgsError || failure instanceof FirstAdministratorError || failure instanceof PendingMigrationsError;
    return known ? failure.message : failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
  }),
);
