// Micro-benchmark of the recommendation ranking over 5,000 products (not a test).
// Run `npx tsc -b tsconfig.build.json` first, then `node bench/ranking.mjs`.
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

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

// The same spread as generate-products.mjs.
const GUARANTEES = [['CREDIT'], ['CREDIT', 'GUARANTEE'], ['PLEDGE'], ['MORTGAGE'], ['CREDIT', 'PLEDGE'], ['GUARANTEE'], ['MORTGAGE', 'GUARANTEE'], ['PLEDGE'], ['GUARANTEE']];
const REGIONS = [[], ['341200'], ['341202', '341203'], ['340000'], ['341221', '341222']];
const INDUSTRIES = [[], ['A'], ['C'], ['13', '39'], ['F', 'G']];
const SCALES = [[], ['MICRO', 'SMALL'], ['SMALL', 'MEDIUM'], ['MICRO']];
const WAN = 1_000_000;

function product(i) {
  const minAmountFen = (1 + (i % 20)) * WAN;
  return {
    id: `bench-product-${String(i).padStart(5, '0')}`,
    guaranteeMethods: GUARANTEES[i % GUARANTEES.length],
    minAmountFen,
    maxAmountFen: minAmountFen * (5 + (i % 60)),
    minTermMonths: 1 + (i % 12),
    maxTermMonths: 12 + (i % 48),
    minRateBp: 300 + ((i * 37) % 900),
    targetRegionCodes: REGIONS[i % REGIONS.length],
    targetIndustryCodes: INDUSTRIES[(i * 3) % INDUSTRIES.length],
    targetScales: SCALES[i % SCALES.length],
    minYearsInBusiness: i % 4,
    minCreditGrade: i % 3 === 0 ? 'BBB' : null,
    onlineApply: i % 3 !== 1,
    applyCount: (i * 131) % 5000,
  };
}

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

const products = Array.from({ length: PRODUCTS }, (_, i) => product(i));
const index = indexForRanking(products);
const sample = rankProducts(REQUEST, index, LIMITS);
console.log(`${PRODUCTS} products: ${sample.eligible.length} recommended, ${sample.nearMisses.length} near misses shown`);
console.table([
  await measure('array (index built per call)', () => rankProducts(REQUEST, products, LIMITS)),
  await measure('index built once', () => rankProducts(REQUEST, index, LIMITS)),
]);
