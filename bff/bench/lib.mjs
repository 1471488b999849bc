// Shared helpers of the BFF benchmarks: child servers, autocannon runs, result files, tables.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');

export const BFF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = join(BFF_DIR, '..');
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

export const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 5);

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * The BFF runs as deployed (production), where only operations on its safelist run, sent by hash. The
 * benchmark's own operations (each one named operation) join the app's (shared/persisted-operations.json) in a
 * safelist file of this run; give the BFF its path as PERSISTED_OPERATIONS_FILE.
 */
export function registerOperations(documents) {
  const safelist = JSON.parse(readFileSync(join(REPO_ROOT, 'shared', 'persisted-operations.json'), 'utf8'));
  for (const document of documents) safelist[sha256(document)] = document;
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-safelist-'));
  const file = join(dir, 'persisted-operations.json');
  writeFileSync(file, JSON.stringify(safelist));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return file;
}

/** The JSON body of a request for a registered operation, as the app's production builds send it: by hash. */
export function persistedBody(document, variables, operationName) {
  return JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } } });
}

/** A throwaway SQLite file. */
export function sqliteDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-'));
  return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throwaway MySQL database on the server at `serverUrl`, or undefined when the server does not answer. */
export async function mysqlDatabase(serverUrl) {
  const url = new URL(serverUrl);
  const options = {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    connectTimeout: 3000,
  };
  let admin;
  try {
    admin = await mysql.createConnection(options);
  } catch {
    return undefined;
  }
  const name = `rt_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const auth = options.password ? `${url.username}:${url.password}` : url.username || 'root';
  return {
    url: `mysql://${auth}@${options.host}:${options.port}/${name}`,
    drop: async () => {
      const dropper = await mysql.createConnection(options);
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
}

/**
 * Starts `script` in its own Node process (so the load generator never shares its event loop) and resolves
 * with the JSON object it prints on its first stdout line once it listens.
 */
export function startServer(script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(BFF_DIR, 'bench', script)], {
      cwd: BFF_DIR,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk.toString();
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      try {
        resolve({ child, info: JSON.parse(buffer.slice(0, newline)) });
      } catch (error) {
        reject(new Error(`${script} printed ${buffer.slice(0, newline)}: ${error.message}`));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

export function stopServer({ child }) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * One autocannon run of POST requests with a JSON body — or, given several bodies, each connection cycling
 * through them in turn — and the figures we report. `headers` are added to every request (a bearer token, say).
 */
export async function load(url, bodies, label, headers = {}) {
  const requests = (Array.isArray(bodies) ? bodies : [bodies]).map((body) => ({ method: 'POST', body }));
  const options = { url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, requests, connections: CONNECTIONS };
  // Warm up at the measured concurrency: the first seconds under full load (JIT, heap growth) are not the steady state.
  const warmup = await autocannon({ ...options, duration: WARMUP_SECONDS });
  if (warmup.non2xx > 0 || warmup.errors > 0) throw new Error(`${label}: warm-up saw ${warmup.non2xx} non-2xx and ${warmup.errors} errors`);
  const result = await autocannon({ ...options, duration: DURATION_SECONDS });
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export function machine() {
  return { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: (require('node:os').cpus() ?? []).length };
}

export function writeResults(file, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, file);
  writeFileSync(path, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: machine(), durationSeconds: DURATION_SECONDS, connections: CONNECTIONS, ...data }, null, 2)}\n`);
  return path;
}

export function printTable(rows) {
  const header = ['case', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'];
  const lines = rows.map((row) => [row.label, row.requestsPerSecond, row.latencyMs.p50, row.latencyMs.p99, row.non2xx, row.errors].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  process.stdout.write(`${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${lines.map(format).join('\n')}\n`);
}
