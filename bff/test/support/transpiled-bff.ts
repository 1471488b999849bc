import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';
import { findRepoRoot } from '../../src/infra/config/repo-root';

const REPO_ROOT = findRepoRoot();
const BFF_DIR = join(REPO_ROOT, 'bff');
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'rongtong-bff-transpiled');
/** Older transpilations are removed once nobody can still be running them. */
const STALE_AFTER_MS = 60 * 60 * 1000;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  isolatedModules: true,
};

interface Tree {
  /** Where the sources are. */
  from: string;
  /** Where their JavaScript goes, inside the output folder. */
  to: string;
}

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, found);
    else if (!/\.(spec|int-spec)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found.sort();
}

const TREES: readonly Tree[] = [
  { from: join(BFF_DIR, 'src'), to: 'src' },
  { from: join(BFF_DIR, 'migrations'), to: 'migrations' },
  // Resolved before the workspace's shared/dist (which may be stale or missing), as jest maps it to the sources.
  { from: join(REPO_ROOT, 'shared', 'src'), to: join('node_modules', '@rongtong', 'shared') },
];

function write(file: string, text: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function transpileInto(out: string, files: ReadonlyMap<Tree, string[]>): void {
  for (const [tree, paths] of files) {
    for (const path of paths) {
      const target = join(out, tree.to, relative(tree.from, path));
      if (!path.endsWith('.ts')) {
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(path, target);
        continue;
      }
      const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), { fileName: path, compilerOptions: COMPILER_OPTIONS });
      write(target.replace(/\.ts$/, '.js'), outputText);
    }
  }
  write(join(out, 'node_modules', '@rongtong', 'shared', 'package.json'), JSON.stringify({ name: '@rongtong/shared', main: 'index.js' }));
}

function pruneStale(keep: string): void {
  for (const entry of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, entry);
    if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The BFF's sources (src/, migrations/ and shared/src as @rongtong/shared) transpiled file by file, without a type
 * check, for tests that run the server or a CLI as a child process: `npm test` runs this suite before the build, so
 * dist/ may be missing or stale. Cached under node_modules/.cache by a hash of the sources (so Node resolves the
 * workspace's dependencies from there): about 8 s on the shared 2-core machine the first time, then reused.
 * Answers the folder holding src/ and migrations/.
 */
export function transpiledBff(): string {
  const files = new Map(TREES.map((tree) => [tree, sourceFiles(tree.from)] as const));
  const hash = createHash('sha256').update(`${ts.version}\n${JSON.stringify(COMPILER_OPTIONS)}\n`);
  for (const [tree, paths] of files) for (const path of paths) hash.update(`${tree.to}/${relative(tree.from, path)}\n`).update(readFileSync(path));
  const out = join(CACHE_DIR, hash.digest('hex').slice(0, 16));
  mkdirSync(CACHE_DIR, { recursive: true });
  if (!existsSync(out)) {
    const building = `${out}.${process.pid}.tmp`;
    rmSync(building, { recursive: true, force: true });
    transpileInto(building, files);
    try {
      renameSync(building, out);
    } catch (error) {
      // Another run finished the same transpilation first; theirs is as good as ours.
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(out)) throw error;
    }
  }
  pruneStale(out);
  return out;
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> ...args` to its end with exactly `env` (nothing inherited but PATH), optionally feeding stdin. */
export function runNode(script: string, args: readonly string[], env: Record<string, string>, stdin?: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

export interface RunningBff {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
}

/** Starts main.js with exactly `env` (and PATH), listening on `port`; resolves once it printed its start banner. */
export function startBff(main: string, env: Record<string, string>, port: number): Promise<RunningBff> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('融通 BFF 已启动')) resolve({ child, url: `http://127.0.0.1:${port}`, stdout: () => stdout });
    });
    child.once('exit', (code) => reject(new Error(`the BFF exited with ${code} before it listened:\n${stderr}${stdout}`)));
  });
}

/** Ends a child BFF with `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and waits for it to exit. */
export function stopBff(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
