// `npm test`: the dependency rule (.dependency-cruiser.cjs), every workspace's unit and integration tests (the BFF
// on SQLite, and on MariaDB/MySQL when DATABASE_URL is a mysql:// URL), the three mini-program builds with the weapp
// size check, and the browser journeys against a real BFF + mock-server serving the H5 build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, freePort, log, npmRun, startService, stopAll, waitForHealthy } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = [];

async function step(name, action) {
  const started = Date.now();
  log(`▶ ${name}`);
  let ok = false;
  try {
    ok = (await action()) === true;
  } catch (error) {
    log(`${name}: ${error.message}`);
  }
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

async function browserJourneys() {
  if (!existsSync(CHROMIUM)) {
    const banner = '!'.repeat(72);
    log(`${banner}\n浏览器旅程无法运行: 未找到 Chromium (${CHROMIUM})。\n请安装: apt-get update && apt-get install -y chromium\n${banner}`);
    return false;
  }
  const [port, mockPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'rongtong-e2e-'));
  const databaseFile = join(dataDir, 'e2e.sqlite');
  const children = [];
  try {
    const mock = startService('mock', ARTIFACTS.mockServer, { MOCK_PORT: String(mockPort) });
    children.push(mock);
    await waitForHealthy(`http://127.0.0.1:${mockPort}/healthz`, mock);
    const bff = startService('bff', ARTIFACTS.bff, {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${databaseFile}`,
      MOCK_SERVER_URL: `http://127.0.0.1:${mockPort}`,
      LOG_LEVEL: 'warn',
      // The security console journey locks an account from several addresses, sent as X-Forwarded-For.
      TRUSTED_PROXIES: '127.0.0.1',
    });
    children.push(bff);
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`, bff, 120_000);
    // Every journey (`e2e/run.mjs` without --only); the enterprise register profile comes through the app's own
    // 数据授权 and 企业信息 → 刷新 against mock-server's government data exchange.
    return npmRun('e2e', '@rongtong/miniapp', {
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      CHROMIUM_PATH: CHROMIUM,
    });
  } finally {
    await stopAll(children);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!process.env.DATABASE_URL?.startsWith('mysql')) {
    log('DATABASE_URL 不是 mysql:// 地址: BFF 集成测试只在 SQLite 上运行 (CI 会同时在 MariaDB 上运行)');
  }
  // The dependency rule first: it needs no build and fails in seconds (cycle count, module walls, infra, app api/auth).
  await step('dependency rule (lint:deps)', () => npmRun('lint:deps'));
  await step('dependency rule catches wrong imports (test:deps)', () => npmRun('test:deps'));
  await step('build shared', () => npmRun('build', '@rongtong/shared'));
  // The workspaces' tiers (`npm run test:unit` / `test:int` run the same from the root); shared, mock-server and
  // the app have unit tests only, the app's journeys run below against a real BFF.
  await step('test shared (unit)', () => npmRun('test:unit', '@rongtong/shared'));
  await step('test mock-server (unit)', () => npmRun('test:unit', '@rongtong/mock-server'));
  await step('test bff (unit)', () => npmRun('test:unit', '@rongtong/bff'));
  await step('test bff (integration)', () => npmRun('test:int', '@rongtong/bff'));
  await step('test miniapp (unit)', () => npmRun('test:unit', '@rongtong/miniapp'));
  const servicesBuilt =
    (await step('build mock-server', () => npmRun('build', '@rongtong/mock-server'))) &&
    (await step('build bff', () => npmRun('build', '@rongtong/bff')));
  const h5Built = await step('build miniapp h5', () => npmRun('build:h5', '@rongtong/miniapp'));
  await step('build miniapp weapp + size check', () => npmRun('build:weapp', '@rongtong/miniapp') && npmRun('size:weapp', '@rongtong/miniapp'));
  await step('build miniapp alipay', () => npmRun('build:alipay', '@rongtong/miniapp'));
  if (servicesBuilt && h5Built) {
    await step('browser journeys (Chromium)', browserJourneys);
  } else {
    results.push({ name: 'browser journeys (Chromium)', ok: false, seconds: 0 });
    log('✘ browser journeys: skipped because a build failed');
  }

  const failed = results.filter((r) => !r.ok);
  log('summary:');
  for (const r of results) log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
  process.stdout.write(`steps: ${results.length - failed.length} passed, ${failed.length} failed\n`);
  process.exit(failed.length === 0 ? 0 : 1);
}

void main();
