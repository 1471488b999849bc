// `npm start`: the embedded default — builds what is missing, starts mock-server and the BFF
// (SQLite under var/, in-memory pub/sub), which serves the H5 build at `/`.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, buildMissing, log, startService, stopAll, waitForHealthy } from './lib.mjs';

const port = process.env.PORT ?? '4000';
const mockPort = process.env.MOCK_PORT ?? '4100';
const force = process.argv.includes('--rebuild');
// The embedded default is a development platform; NODE_ENV=production gets no demo accounts and none are printed.
const nodeEnv = process.env.NODE_ENV ?? 'development';
// /metrics answers only this bearer token; a fresh one per start unless METRICS_TOKEN is given.
const metricsToken = process.env.METRICS_TOKEN ?? randomBytes(24).toString('base64url');

/** Development and test seed the demo accounts (seed/seeder.ts): their names, password and TOTP secret. */
function demoAccountLines() {
  if (nodeEnv === 'production') {
    return ['生产环境: 不创建演示账号和演示数据。首个系统管理员: npm run admin:bootstrap -- <用户名>'];
  }
  const require = createRequire(import.meta.url);
  const { DEMO_ACCOUNT_SEEDS } = require(join(ROOT, 'bff/dist/src/seed/data/accounts.js'));
  const { ROLE_LABELS } = require(ARTIFACTS.shared);
  return [
    '演示账号 (用户名 / 密码 / 角色):',
    ...DEMO_ACCOUNT_SEEDS.map((account) => {
      const password = account.role === 'ENTERPRISE' ? '(统一身份认证登录)' : account.password;
      const totp = account.totpSecret ? ` [动态验证码密钥 ${account.totpSecret}]` : '';
      return `  ${account.username.padEnd(20)} ${password.padEnd(16)} ${ROLE_LABELS[account.role]}${totp}`;
    }),
    '',
    '企业用户在 H5 的「我的」页点击登录,在模拟的统一身份认证页面选择测试企业。',
  ];
}

function printWelcome() {
  const lines = [
    '',
    '融通 · 金融大数据服务平台 已启动',
    `  用户端 (H5 / PC):   http://localhost:${port}/`,
    `  GraphQL:            http://localhost:${port}/graphql`,
    `  健康检查:           http://localhost:${port}/healthz`,
    // A token the operator configured is not printed; the generated one is only good until Ctrl-C.
    `  监控指标:           curl -H "Authorization: Bearer ${process.env.METRICS_TOKEN ? '$METRICS_TOKEN' : metricsToken}" http://localhost:${port}/metrics`,
    `  模拟外部系统:        http://localhost:${mockPort}/healthz`,
    '',
    ...demoAccountLines(),
    '',
    '按 Ctrl-C 停止。',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('正在停止所有服务…');
  await stopAll(children);
  process.exit(code);
}

async function main() {
  buildMissing({ force });
  mkdirSync(join(ROOT, 'var'), { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const mock = startService('mock', ARTIFACTS.mockServer, { MOCK_PORT: mockPort });
  children.push(mock);
  await waitForHealthy(`http://127.0.0.1:${mockPort}/healthz`, mock);

  const bff = startService('bff', ARTIFACTS.bff, {
    // The embedded default is a development platform: demo data, development keys, mock-server as identity.
    NODE_ENV: nodeEnv,
    PORT: port,
    MOCK_SERVER_URL: process.env.MOCK_SERVER_URL ?? `http://127.0.0.1:${mockPort}`,
    METRICS_TOKEN: metricsToken,
  });
  children.push(bff);
  await waitForHealthy(`http://127.0.0.1:${port}/healthz`, bff, 120_000);

  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        log(`一个服务意外退出 (code ${code}),正在停止其他服务`);
        void shutdown(1);
      }
    });
  }
  printWelcome();
}

main().catch(async (error) => {
  log(`启动失败: ${error.message}`);
  await shutdown(1);
});
