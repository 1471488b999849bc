import { buildMockServer } from '@rongtong/mock-server';
import { CREDIT_DIMENSIONS, CreditDimension, DATA_SOURCE_SLUGS } from '@rongtong/shared';
import type { AppConfig } from '../src/infra/config/app-config';
import { GovExchangeClient } from '../src/modules/gov-data/exchange/gov-exchange-client';
import { GOV_SOURCES, RawFields } from '../src/modules/gov-data/sources';
import { auc } from '../src/scoring/engine/metrics';
import { prepareDataset } from '../src/scoring/engine/prepare';
import type { IndicatorSources } from '../src/scoring/indicators/basis';
import {
  DIMENSION_FEATURE_COLUMNS,
  INDICATOR_CATEGORICAL_COLUMNS,
  indicatorTrainingTable,
  TRAINING_TARGET_COLUMN,
} from '../src/scoring/indicators/training-table';
import { indicatorsFromSources, indicatorsFromTrainingRow, INDICATOR_FEATURE_COLUMNS, type IndicatorVector } from '../src/scoring/indicators/vector';

/**
 * One definition for training and live scoring: for synthetic enterprises, the indicators computed from what the
 * exchange answers (fetched over mock-server's signed HTTP surface with the BFF's own client and read with the BFF's
 * own source mappers) equal those computed from the training-set row of the same enterprise and month.
 */
const AS_OF = '2026-11';
const APP_KEY = 'rongtong-bff';
const SECRET = 'parity-test-exchange-secret';

type Mock = ReturnType<typeof buildMockServer>;

describe('indicators: live source data and the training set agree', () => {
  let mock: Mock;
  let baseUrl: string;
  let exchange: GovExchangeClient;

  beforeAll(async () => {
    mock = buildMockServer({ logger: false, gov: { asOfMonth: AS_OF, appKeys: [{ appKey: APP_KEY, secret: SECRET }] } });
    baseUrl = await mock.listen({ port: 0, host: '127.0.0.1' });
    const config = { govExchange: { baseUrl, appKey: APP_KEY, appSecret: SECRET, timeoutMs: 5000, refreshIntervalMinutes: 0 } } as AppConfig;
    exchange = new GovExchangeClient(config);
  });

  afterAll(async () => {
    await mock.close();
  });

  /** The seven sources of an enterprise, as the gov-data module would store them in a snapshot. */
  async function fetchSnapshot(uscc: string): Promise<{ sources: IndicatorSources; asOf: string }> {
    const sources: Record<string, unknown> = {};
    let asOf = '';
    for (const description of GOV_SOURCES) {
      const answer = await exchange.get({
        path: `/gov/v1/sources/${DATA_SOURCE_SLUGS[description.scope]}/${uscc}`,
        consentRef: 'consent:parity-test',
        signing: description.signing,
        timeoutMs: 5000,
        maxBytes: description.maxPayloadBytes,
      });
      if (answer.kind !== 'OK') throw new Error(`${description.key} of ${uscc}: ${answer.kind}`);
      const body = answer.body as { asOf: string; complete: boolean; data: Record<string, unknown> };
      expect(body.complete).toBe(true);
      const fields = new RawFields(body.data);
      sources[description.key] = description.map(fields);
      expect([description.key, fields.unreadable]).toEqual([description.key, []]);
      asOf = body.asOf;
    }
    return { sources: sources as IndicatorSources, asOf };
  }

  async function trainingRows(format: 'json' | 'csv', n: number, seed: number): Promise<Record<string, string | number | null>[]> {
    const response = await fetch(`${baseUrl}/gov/v1/_synthetic/training-set?n=${n}&seed=${seed}&format=${format}&asOf=${AS_OF}`);
    expect(response.status).toBe(200);
    if (format === 'json') return ((await response.json()) as { data: Record<string, string | number | null>[] }).data;
    const [header, ...lines] = (await response.text()).trimEnd().split('\n');
    const columns = header.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])));
  }

  function expectSame(live: IndicatorVector, trained: IndicatorVector, uscc: string): void {
    expect([uscc, live]).toEqual([uscc, trained]);
  }

  it('gives equal vectors for enterprises of a JSON training set, from every source', async () => {
    const rows = await trainingRows('json', 8, 11);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const uscc = String(row.uscc);
      const { sources, asOf } = await fetchSnapshot(uscc);
      expect(asOf.slice(0, 7)).toBe(AS_OF);
      const live = indicatorsFromSources(sources, asOf, null);
      const trained = indicatorsFromTrainingRow(row);
      expectSame(live, trained, uscc);
      expect(Object.values(live.availability).every((entry) => entry.status !== 'MISSING')).toBe(true);
      for (const dimension of CREDIT_DIMENSIONS) expect(live.dimensions[dimension].score).not.toBeNaN();
    }
  });

  it('gives equal vectors from the CSV training set, cells read as text', async () => {
    const rows = await trainingRows('csv', 6, 2027);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const uscc = String(row.uscc);
      const { sources, asOf } = await fetchSnapshot(uscc);
      expectSame(indicatorsFromSources(sources, asOf, null), indicatorsFromTrainingRow(row), uscc);
    }
  });

  it('covers enterprises with public records: the sample holds some with court cases, and they agree too', async () => {
    // A larger sample so some enterprises carry cases, enforcements or penalties; only those are fetched.
    const rows = (await trainingRows('json', 200, 5)).filter(
      (row) => Number(row.enforcements_5y) > 0 || Number(row.penalties_3y) > 0 || Number(row.cases_as_defendant_5y) > 0,
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows.slice(0, 6)) {
      const uscc = String(row.uscc);
      const { sources, asOf } = await fetchSnapshot(uscc);
      const live = indicatorsFromSources(sources, asOf, null);
      expectSame(live, indicatorsFromTrainingRow(row), uscc);
      expect(live.numeric.enforcements5y + live.numeric.penalties3y + live.numeric.casesAsDefendant5y).toBeGreaterThan(0);
    }
  });

  it('turns the training set into the engine table, and every dimension score ranks the defaults the right way', async () => {
    const rows = await trainingRows('json', 3000, 42);
    const table = indicatorTrainingTable(rows);
    expect(table.columns.map((column) => column.name)).toEqual([...INDICATOR_FEATURE_COLUMNS, TRAINING_TARGET_COLUMN]);
    const prepared = prepareDataset(table, { target: TRAINING_TARGET_COLUMN, positive: '1', categorical: INDICATOR_CATEGORICAL_COLUMNS });
    const defaults = rows.filter((row) => Number(row.default_12m) === 1).length;
    expect(prepared.dataset.x.rows).toBe(3000);
    expect(prepared.dataset.y.reduce((total, value) => total + value, 0)).toBe(defaults);
    const features = new Map(prepared.dataset.features.map((feature) => [feature.name, feature.kind]));
    for (const column of DIMENSION_FEATURE_COLUMNS) expect([column, features.get(column)]).toEqual([column, 'numeric']);
    for (const column of INDICATOR_CATEGORICAL_COLUMNS) expect([column, features.get(column)]).toEqual([column, 'categorical']);

    // Higher dimension scores are safer: each alone ranks the defaults better than chance (AUC of −score); industry
    // only a little (one level moves the synthetic log-odds by 0.3), the others clearly.
    const vectors = rows.map((row) => indicatorsFromTrainingRow(row));
    const labels = rows.map((row) => Number(row.default_12m));
    for (const dimension of CREDIT_DIMENSIONS) {
      const area = auc(labels, vectors.map((vector) => -vector.dimensions[dimension].score));
      expect([dimension, area > (dimension === CreditDimension.INDUSTRY ? 0.5 : 0.65)]).toEqual([dimension, true]);
    }
  });
});
