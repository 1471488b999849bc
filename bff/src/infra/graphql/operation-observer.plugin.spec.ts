import pino from 'pino';
import { MetricsService } from '../metrics/metrics.service';
import { operationObserverPlugin, UNLISTED_OPERATION } from './operation-observer.plugin';
import { PersistedOperations, sha256Hex } from './persisted-operations';

const BANNERS = 'query HomeBanners { homeBanners { id title } }';
const safelist = PersistedOperations.fromEntries({ [sha256Hex(BANNERS)]: BANNERS }, 'test');

/** One operation through the plugin, as Apollo would report it. */
async function observe(metrics: MetricsService, request: { operationName: string | null; queryHash?: string }): Promise<void> {
  const listener = await operationObserverPlugin(pino({ level: 'silent' }), metrics, safelist).requestDidStart();
  await listener.willSendResponse({
    operationName: request.operationName,
    queryHash: request.queryHash,
    request: { operationName: request.operationName },
    operation: { operation: 'query' as never },
    response: { body: { kind: 'single', singleResult: {} } },
  });
}

async function operationLabels(metrics: MetricsService): Promise<string[]> {
  const metric = await metrics.registry.getSingleMetric('graphql_operation_duration_seconds')!.get();
  return [...new Set(metric.values.map((value) => String(value.labels.operation_name)))].sort();
}

describe('operationObserverPlugin metric labels', () => {
  it('names an operation only by the safelist, whatever name the request carries', async () => {
    const metrics = new MetricsService();
    await observe(metrics, { operationName: 'HomeBanners', queryHash: sha256Hex(BANNERS) });
    await observe(metrics, { operationName: 'Renamed', queryHash: sha256Hex(BANNERS) });
    await observe(metrics, { operationName: 'HomeBanners', queryHash: sha256Hex('query HomeBanners { homeBanners { id } }') });
    await observe(metrics, { operationName: null });
    expect(await operationLabels(metrics)).toEqual(['HomeBanners', UNLISTED_OPERATION]);
  });

  it('counts a thousand invented operation names under one label', async () => {
    const metrics = new MetricsService();
    for (let i = 0; i < 1000; i += 1) await observe(metrics, { operationName: `Invented${i}`, queryHash: sha256Hex(`query Invented${i} { me { id } }`) });
    expect(await operationLabels(metrics)).toEqual([UNLISTED_OPERATION]);
  });
});
