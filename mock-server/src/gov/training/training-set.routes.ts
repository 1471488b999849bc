import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@rongtong/shared';
import { badUserInput } from '../../http-errors';
import { MAX_SEED } from '../../random';
import { parseIntegerParam } from '../../validation';
import type { GovExchange } from '../exchange/exchange';
import { formatMonth, parseMonth } from '../model/months';
import { GOV_PREFIX } from '../synthetic-enterprises';
import { TRAINING_SET_LIMITS, trainingSetCsv, trainingSetJson, type TrainingSetRequest } from './training-set';

interface TrainingSetQuery {
  n?: string;
  seed?: string;
  format?: string;
  asOf?: string;
}

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `GET /gov/v1/_synthetic/training-set?n=&seed=&format=json|csv&asOf=YYYY-MM`: the synthetic side door, no
 * signature. Rows are generated while they are sent, so n = 50,000 needs no more memory than n = 1.
 */
export function registerTrainingSetRoute(app: FastifyInstance, exchange: GovExchange): void {
  app.get<{ Querystring: TrainingSetQuery }>(`${GOV_PREFIX}/_synthetic/training-set`, async (request, reply) => {
    const errors: FieldError[] = [];
    const { defaultRows, maxRows } = TRAINING_SET_LIMITS;
    const rows = parseIntegerParam(request.query.n, {
      field: 'n',
      min: 1,
      max: maxRows,
      defaultValue: defaultRows,
      message: `n 必须是 1–${maxRows} 之间的整数`,
    }, errors);
    const seed = parseIntegerParam(request.query.seed, {
      field: 'seed',
      min: 0,
      max: MAX_SEED,
      defaultValue: 1,
      message: `seed 必须是 0–${MAX_SEED} 之间的整数`,
    }, errors);
    const format = request.query.format ?? 'json';
    if (!isFormat(format)) errors.push({ field: 'format', message: 'format 只能是 json 或 csv' });
    const asOf = request.query.asOf === undefined ? exchange.asOf() : parseMonth(request.query.asOf);
    if (asOf === undefined) errors.push({ field: 'asOf', message: 'asOf 必须是 YYYY-MM 格式的月份' });
    if (errors.length > 0 || asOf === undefined || !isFormat(format)) return reply.code(400).send(badUserInput(errors));

    const set: TrainingSetRequest = { rows, seed, asOf };
    const name = `training-set-${formatMonth(asOf)}-seed${seed}-n${rows}.${format}`;
    void reply
      .header('content-disposition', `inline; filename="${name}"`)
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    return reply.send(Readable.from(format === 'csv' ? trainingSetCsv(set) : trainingSetJson(set)));
  });
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
