import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mulberry32, syntheticUscc } from '@rongtong/shared';
import { enterpriseModel } from '../model/latent-risk';
import { formatMonth, type MonthIndex } from '../model/months';
import { SYNTHETIC_POPULATION } from '../synthetic-enterprises';
import { TRAINING_COLUMNS, trainingRow, type TrainingRow } from './indicators';

export const TRAINING_SET_LIMITS = { defaultRows: 1_000, maxRows: 50_000 } as const;

/** Rows generated between two turns of the event loop. */
const ROWS_PER_CHUNK = 200;

export interface TrainingSetRequest {
  rows: number;
  seed: number;
  asOf: MonthIndex;
}

/**
 * The population indices of a sample: `offset + i × stride (mod population)`, offset and stride drawn from the
 * seed. The stride is odd and not a multiple of 5, hence coprime with the population (10^6): the indices are
 * distinct without remembering them, and `syntheticUscc` scatters neighbouring indices over unrelated codes.
 */
export function sampleIndices(seed: number): { offset: number; stride: number } {
  const random = mulberry32(seed);
  const offset = Math.floor(random() * SYNTHETIC_POPULATION);
  let stride = 1 + 2 * Math.floor(random() * (SYNTHETIC_POPULATION / 2 - 1));
  if (stride % 5 === 0) stride += 2;
  return { offset, stride };
}

/** The rows of a sample, generated on demand: memory holds one row at a time. */
export function* trainingRows(request: TrainingSetRequest): Generator<TrainingRow> {
  const { offset, stride } = sampleIndices(request.seed);
  for (let i = 0; i < request.rows; i += 1) {
    const index = (offset + i * stride) % SYNTHETIC_POPULATION;
    yield trainingRow(enterpriseModel(syntheticUscc(index), request.asOf));
  }
}

/** CSV (RFC 4180, `\n` line ends): the header, then one line per row; null cells are empty. */
export async function* trainingSetCsv(request: TrainingSetRequest): AsyncGenerator<string> {
  yield `${TRAINING_COLUMNS.join(',')}\n`;
  yield* chunked(request, (row) => `${TRAINING_COLUMNS.map((column) => csvCell(row[column])).join(',')}\n`, '');
}

/** `{ asOf, seed, rows, columns, data: [row objects] }`, streamed. */
export async function* trainingSetJson(request: TrainingSetRequest): AsyncGenerator<string> {
  const head = { asOf: formatMonth(request.asOf), seed: request.seed, rows: request.rows, columns: TRAINING_COLUMNS };
  yield `${JSON.stringify(head).slice(0, -1)},"data":[`;
  yield* chunked(request, (row) => JSON.stringify(row), ',');
  yield ']}';
}

async function* chunked(
  request: TrainingSetRequest,
  format: (row: TrainingRow) => string,
  separator: string,
): AsyncGenerator<string> {
  let chunk: string[] = [];
  let first = true;
  for (const row of trainingRows(request)) {
    chunk.push(first ? format(row) : separator + format(row));
    first = false;
    if (chunk.length === ROWS_PER_CHUNK) {
      yield chunk.join('');
      chunk = [];
      await yieldToEventLoop();
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
