import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { BinMapper, type FeatureBinning } from './binning';
import { Booster, TreeGrower, type BinnedData, type GbdtParams, type TrainingTree } from './gbdt';

/** One cross-fitted fold model: trained on every row but its fold's. */
export interface FoldSpec {
  readonly trainRows: Int32Array;
  /** The fold's own rows, which the model never sees: its validation split. */
  readonly heldOut: Int32Array;
  readonly seed: number;
}

export interface FoldModel {
  readonly baseMargin: number;
  readonly trees: TrainingTree[];
}

/**
 * The fold models of a cross-fit, grown side by side. `grow(count)` adds `count` rounds to every model and returns,
 * per round, every row's out-of-fold margin (from the model that did not train on it); `finish(keep)` cuts every
 * model back to its first `keep` trees. The trees do not depend on how the models are spread over threads: each
 * model has its own seeded random source and reads only its own rows.
 */
export interface FoldTeam {
  /** Threads the models grow on. */
  readonly threads: number;
  grow(count: number): Float64Array[];
  finish(keep: number): FoldModel[];
  close(): void;
}

/** All fold models in this thread. */
export class LocalFoldTeam implements FoldTeam {
  readonly threads = 1;
  private readonly boosters: Booster[];

  constructor(
    private readonly data: BinnedData,
    y: Uint8Array,
    params: GbdtParams,
    private readonly folds: readonly FoldSpec[],
  ) {
    const grower = new TreeGrower(data, params);
    const g = new Float64Array(data.rows);
    const h = new Float64Array(data.rows);
    this.boosters = folds.map((fold) => new Booster(data, grower, params, y, fold.trainRows, fold.seed, g, h));
  }

  grow(count: number): Float64Array[] {
    const rounds: Float64Array[] = [];
    for (let round = 0; round < count; round += 1) {
      const oof = new Float64Array(this.data.rows);
      this.boosters.forEach((booster, k) => {
        booster.round();
        for (const row of this.folds[k].heldOut) oof[row] = booster.margin[row];
      });
      rounds.push(oof);
    }
    return rounds;
  }

  finish(keep: number): FoldModel[] {
    return this.boosters.map((booster) => {
      booster.truncate(keep);
      return { baseMargin: booster.baseMargin, trees: booster.trees };
    });
  }

  close(): void {}
}

/** What a fold worker is started with (`fold-worker.ts`): its port back and its flag. */
export interface FoldWorkerData {
  readonly port: MessagePort;
  /** Int32 flags, one per worker: the worker sets its flag to 1 when a reply is waiting. */
  readonly signal: SharedArrayBuffer;
  readonly index: number;
}

/** The data and folds of one training run, shared with the workers. */
export interface FoldJob {
  readonly bins: SharedArrayBuffer;
  readonly rowMajor: SharedArrayBuffer;
  readonly rows: number;
  readonly binnings: readonly FeatureBinning[];
  readonly y: SharedArrayBuffer;
  readonly params: GbdtParams;
  readonly folds: readonly FoldSpec[];
}

export type FoldCommand =
  | { readonly kind: 'load'; readonly job: FoldJob }
  | { readonly kind: 'grow'; readonly count: number }
  | { readonly kind: 'finish'; readonly keep: number };

export type FoldReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'grown'; readonly margins: readonly Float64Array[] }
  | { readonly kind: 'finished'; readonly models: readonly FoldModel[] }
  | { readonly kind: 'failed'; readonly message: string };

/** How long the main thread waits for a worker to start, and for a block of rounds. */
const START_TIMEOUT_MS = 30_000;
const ROUNDS_TIMEOUT_MS = 30 * 60_000;
/** How many times (a millisecond apart) to look for a reply whose flag is up. */
const MESSAGE_POLLS = 10_000;

function shared(source: Uint8Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(source.byteLength);
  new Uint8Array(buffer).set(source);
  return buffer;
}

/** The worker script beside this module: compiled JavaScript, or TypeScript run through ts-node (the unit tests). */
function workerScript(): { file: string; execArgv: string[] } | null {
  const compiled = join(__dirname, 'fold-worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  const source = join(__dirname, 'fold-worker.ts');
  if (!existsSync(source)) return null;
  try {
    return { file: source, execArgv: ['--require', require.resolve('ts-node/register/transpile-only')] };
  } catch {
    return null;
  }
}

interface PooledWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly index: number;
}

/**
 * Worker threads kept for the life of the process (unreferenced, so they never keep it alive): a worker warmed up by
 * one training run serves the next one at full speed. One per processor, created on first use.
 */
class FoldWorkerPool {
  private readonly workers: PooledWorker[] = [];
  readonly signal: Int32Array;

  private constructor(script: { file: string; execArgv: string[] }, size: number) {
    const buffer = new SharedArrayBuffer(4 * size);
    this.signal = new Int32Array(buffer);
    for (let index = 0; index < size; index += 1) {
      const { port1, port2 } = new MessageChannel();
      const workerData: FoldWorkerData = { port: port2, signal: buffer, index };
      const worker = new Worker(script.file, { workerData, transferList: [port2], execArgv: script.execArgv });
      worker.unref();
      port1.unref();
      this.workers.push({ worker, port: port1, index });
    }
  }

  private static instance: FoldWorkerPool | null | undefined;

  /** The pool, or null when workers cannot run here (no worker script, or they did not start). */
  static get(): FoldWorkerPool | null {
    if (FoldWorkerPool.instance !== undefined) return FoldWorkerPool.instance;
    const script = workerScript();
    let pool: FoldWorkerPool | null = null;
    if (script) {
      pool = new FoldWorkerPool(script, availableParallelism());
      try {
        for (const worker of pool.workers) pool.await(worker, START_TIMEOUT_MS, 'ready');
      } catch {
        pool.terminate();
        pool = null;
      }
    }
    FoldWorkerPool.instance = pool;
    return pool;
  }

  take(count: number): PooledWorker[] {
    return this.workers.slice(0, count);
  }

  /** Blocks until the worker replies, and returns its reply. */
  await<K extends FoldReply['kind']>(worker: PooledWorker, timeoutMs: number, kind: K): Extract<FoldReply, { kind: K }> {
    if (Atomics.wait(this.signal, worker.index, 0, timeoutMs) === 'timed-out') throw new Error(`fold worker ${worker.index} did not answer`);
    Atomics.store(this.signal, worker.index, 0);
    // The message crosses threads on its own: it can land a moment after the flag. Poll for it, a millisecond apart.
    let received = receiveMessageOnPort(worker.port);
    for (let attempt = 0; !received && attempt < MESSAGE_POLLS; attempt += 1) {
      Atomics.wait(this.signal, worker.index, 0, 1);
      received = receiveMessageOnPort(worker.port);
    }
    const reply = received?.message as FoldReply | undefined;
    if (!reply) throw new Error(`fold worker ${worker.index} signalled without a message`);
    if (reply.kind === 'failed') throw new Error(`fold worker ${worker.index}: ${reply.message}`);
    if (reply.kind !== kind) throw new Error(`fold worker ${worker.index} answered ${reply.kind}, expected ${kind}`);
    return reply as Extract<FoldReply, { kind: K }>;
  }

  /** Stops every worker and forgets the pool (a broken pool is not reused). */
  terminate(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    FoldWorkerPool.instance = null;
  }
}

/**
 * The fold models spread over the pool's worker threads (the folds dealt out in turn), driven synchronously: the
 * main thread posts a command to every worker, then blocks on a shared flag per worker until its reply is in
 * (Atomics.wait and receiveMessageOnPort), so training stays a plain function call.
 */
export class ThreadedFoldTeam implements FoldTeam {
  private readonly assigned: number[][];

  get threads(): number {
    return this.workers.length;
  }

  private constructor(
    private readonly pool: FoldWorkerPool,
    private readonly workers: PooledWorker[],
    private readonly data: BinnedData,
    private readonly folds: readonly FoldSpec[],
  ) {
    this.assigned = workers.map((_, w) => folds.map((__, k) => k).filter((k) => k % workers.length === w));
  }

  /** Loads the run into the pool's workers; null when there is no pool (then the caller trains in this thread). */
  static start(data: BinnedData, y: Uint8Array, params: GbdtParams, folds: readonly FoldSpec[], threads: number): ThreadedFoldTeam | null {
    const pool = FoldWorkerPool.get();
    if (!pool) return null;
    const team = new ThreadedFoldTeam(pool, pool.take(Math.min(threads, folds.length)), data, folds);
    const bins = shared(data.bins);
    const rowMajor = shared(data.rowMajor);
    const labels = shared(y);
    team.workers.forEach((worker, w) => {
      const job: FoldJob = { bins, rowMajor, rows: data.rows, binnings: data.mapper.binnings, y: labels, params, folds: team.assigned[w].map((k) => folds[k]) };
      worker.port.postMessage({ kind: 'load', job } satisfies FoldCommand);
    });
    team.workers.forEach((worker) => team.call(() => pool.await(worker, START_TIMEOUT_MS, 'ready')));
    return team;
  }

  /** Runs a wait on the pool; a failure breaks the pool for good (its workers may be mid-command). */
  private call<T>(action: () => T): T {
    try {
      return action();
    } catch (error) {
      this.pool.terminate();
      throw error;
    }
  }

  private command(command: FoldCommand): void {
    for (const worker of this.workers) worker.port.postMessage(command);
  }

  grow(count: number): Float64Array[] {
    this.command({ kind: 'grow', count });
    const rounds = Array.from({ length: count }, () => new Float64Array(this.data.rows));
    this.workers.forEach((worker, w) => {
      const { margins } = this.call(() => this.pool.await(worker, ROUNDS_TIMEOUT_MS, 'grown'));
      this.assigned[w].forEach((k, local) => {
        const heldOut = this.folds[k].heldOut;
        const block = margins[local];
        for (let round = 0; round < count; round += 1) {
          const target = rounds[round];
          const from = round * heldOut.length;
          for (let i = 0; i < heldOut.length; i += 1) target[heldOut[i]] = block[from + i];
        }
      });
    });
    return rounds;
  }

  finish(keep: number): FoldModel[] {
    this.command({ kind: 'finish', keep });
    const models: FoldModel[] = new Array<FoldModel>(this.folds.length);
    this.workers.forEach((worker, w) => {
      const reply = this.call(() => this.pool.await(worker, ROUNDS_TIMEOUT_MS, 'finished'));
      this.assigned[w].forEach((k, local) => (models[k] = reply.models[local]));
    });
    return models;
  }

  /** The workers drop the run when they finish it; nothing to release here. */
  close(): void {}
}

/** Below this many values (rows × features) starting threads costs more than it saves. */
const THREADS_FROM_CELLS = 50_000;

/** Threads for the fold models: as many as asked for and the machine has, one when the data is small. */
export function foldThreads(requested: number, data: BinnedData): number {
  if (data.rows * data.mapper.features < THREADS_FROM_CELLS) return 1;
  const processors = availableParallelism();
  return requested === 0 ? processors : Math.max(1, Math.min(requested, processors));
}

/** The fold team for a training run: worker threads when asked for and possible, else this thread. */
export function startFoldTeam(data: BinnedData, y: Uint8Array, params: GbdtParams, folds: readonly FoldSpec[], threads: number): FoldTeam {
  const count = foldThreads(threads, data);
  if (count > 1) {
    try {
      const team = ThreadedFoldTeam.start(data, y, params, folds, count);
      if (team) return team;
    } catch {
      // The pool broke while loading the run (and is gone): train in this thread instead.
    }
  }
  return new LocalFoldTeam(data, y, params, folds);
}

/**
 * Rebuilds, in a worker, the binned data the main thread shared, copied into the worker's own memory (typed arrays
 * over shared memory are read more slowly in the hot loops).
 */
export function binnedDataFrom(job: FoldJob): BinnedData {
  return { bins: new Uint8Array(job.bins).slice(), rowMajor: new Uint8Array(job.rowMajor).slice(), rows: job.rows, mapper: new BinMapper(job.binnings) };
}
