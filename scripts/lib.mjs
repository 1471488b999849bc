// Helpers shared by the root start and test scripts and the H5 benchmark: building, spawning and waiting for services.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ARTIFACTS = {
  shared: join(ROOT, 'shared/dist/index.js'),
  mockServer: join(ROOT, 'mock-server/dist/main.js'),
  bff: join(ROOT, 'bff/dist/src/main.js'),
  h5: join(ROOT, 'miniapp/dist/h5/index.html'),
};

export function log(message) {
  process.stdout.write(`[rongtong] ${message}\n`);
}

/** Runs an npm script synchronously, inheriting output; returns true on success. */
export function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  return result.status === 0;
}

export function npmRun(script, workspace, extraEnv = {}) {
  const args = ['run', script, ...(workspace ? ['-w', workspace] : [])];
  return run('npm', args, { env: { ...process.env, ...extraEnv } });
}

/** Builds each part whose artefact is missing (or all of them when `force`). */
export function buildMissing({ force = false } = {}) {
  const steps = [
    [ARTIFACTS.shared, '@rongtong/shared', 'build'],
    [ARTIFACTS.mockServer, '@rongtong/mock-server', 'build'],
    [ARTIFACTS.bff, '@rongtong/bff', 'build'],
    [ARTIFACTS.h5, '@rongtong/miniapp', 'build:h5'],
  ];
  for (const [artifact, workspace, script] of steps) {
    if (!force && existsSync(artifact)) continue;
    if (!npmRun(script, workspace)) throw new Error(`构建失败: ${workspace} (${script})`);
  }
}

/** Starts a long-running node process with a name prefix on each output line. */
export function startService(name, entry, env) {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, target) => {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/** Polls a health URL until it answers 200, the child dies, or the timeout passes. */
export async function waitForHealthy(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} 的服务进程已退出 (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`等待 ${url} 超时 (${timeoutMs / 1000}s)`);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Sends SIGTERM to every child still running and waits for them, with a SIGKILL fallback. */
export async function stopAll(children, graceMs = 10_000) {
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    alive.map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
