import { workerData } from 'node:worker_threads';
import { binnedDataFrom, LocalFoldTeam, type FoldCommand, type FoldReply, type FoldWorkerData } from './fold-team';

/**
 * A worker thread of the fold pool (see ThreadedFoldTeam): it holds some fold models of one training run at a time,
 * answers every command on its port, then raises its flag so the main thread, blocked on it, reads the answer.
 */
const { port, signal: signalBuffer, index } = workerData as FoldWorkerData;
const signal = new Int32Array(signalBuffer);

function reply(message: FoldReply): void {
  port.postMessage(message);
  Atomics.store(signal, index, 1);
  Atomics.notify(signal, index);
}

let team: LocalFoldTeam | null = null;
let heldOut: Int32Array[] = [];

port.on('message', (command: FoldCommand) => {
  try {
    switch (command.kind) {
      case 'load': {
        const { job } = command;
        team = new LocalFoldTeam(binnedDataFrom(job), new Uint8Array(job.y).slice(), job.params, job.folds);
        heldOut = job.folds.map((fold) => fold.heldOut);
        reply({ kind: 'ready' });
        break;
      }
      case 'grow': {
        if (!team) throw new Error('no training run loaded');
        const rounds = team.grow(command.count);
        // Per fold, the held-out rows' margins, round after round.
        const margins = heldOut.map((rows) => {
          const block = new Float64Array(command.count * rows.length);
          rounds.forEach((oof, round) => rows.forEach((row, i) => (block[round * rows.length + i] = oof[row])));
          return block;
        });
        reply({ kind: 'grown', margins });
        break;
      }
      case 'finish': {
        if (!team) throw new Error('no training run loaded');
        const models = team.finish(command.keep);
        team = null;
        reply({ kind: 'finished', models });
        break;
      }
      default: {
        const unknown: never = command;
        throw new Error(`unknown command ${JSON.stringify(unknown)}`);
      }
    }
  } catch (error) {
    team = null;
    reply({ kind: 'failed', message: (error as Error).message });
  }
});

reply({ kind: 'ready' });
