// Micro-benchmark of the recommendation ranking over 5,000 products (not a test).
// Run `npx tsc -b tsconfig.build.json` first, then `node bench/ranking.mjs`.
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { syntheticProduct } from './generate-products.mjs';

const require = createRequire(import.meta.url);
const { indexForRanking, rankProducts } = require('../dist/src/modules/recommendation/ranking.js');

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

const PRODUCTS = 5000;
const WARMUP_CALLS = 500;
const MEASURED_CALLS = 2000;
const LIMITS = { eligible: 20, nearMisses: 10 };
const REQUEST = {
  amountFen: 200_000_000,
  termMonths: 12,
  preferences: ['LOW_RATE', 'NO_COLLATERAL'],
  expectedRateBp: 450,
  profile: { regionCode: '341202', industryCode: 'C', scale: 'SMALL', yearsInBusiness: 3 },
};

const gcPauses = [];
new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((entry) => entry.duration))).observe({ entryTypes: ['gc'] });
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

async function measure(name, rank) {
  for (let i = 0; i < WARMUP_CALLS; i += 1) rank();
  collectGarbage();
  await nextTick();
  gcPauses.length = 0;
  const micros = new Float64Array(MEASURED_CALLS);
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < MEASURED_CALLS; i += 1) {
    const start = process.hrtime.bigint();
    rank();
    micros[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  await nextTick();
  micros.sort();
  const mean = micros.reduce((sum, value) => sum + value, 0) / MEASURED_CALLS;
  return {
    path: name,
    'mean µs': mean.toFixed(1),
    'p99 µs': micros[Math.ceil(MEASURED_CALLS * 0.99) - 1].toFixed(1),
    'heap growth KiB': (heapGrowth / 1024).toFixed(0),
    'GC pauses': gcPauses.length,
    'GC ms': gcPauses.reduce((sum, value) => sum + value, 0).toFixed(1),
  };
}

// The synthetic products of the HTTP benchmarks: the ranking reads only a product's own fields.
const products = Array.from({ length: PRODUCTS }, (_, i) => syntheticProduct(i));
const index = indexForRanking(products);
const sample = rankProducts(REQUEST, index, LIMITS);
console.log(`${PRODUCTS} products: ${sample.eligible.length} recommended, ${sample.nearMisses.length} near misses shown`);
console.table([
  await measure('array (index built per call)', () => rankProducts(REQUEST, products, LIMITS)),
  await measure('index built once', () => rankProducts(REQUEST, index, LIMITS)),
]);
