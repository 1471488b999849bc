// Deterministic synthetic products for the benchmarks, spread over the seeded institutions.
import { createHash } from 'node:crypto';

const PLACES = ['阜阳', '颍州', '颍东', '颍泉', '临泉', '太和', '阜南', '颍上', '界首', '皖北'];
const KINDS = [
  ['税易贷', 'CREDIT', ['CREDIT']],
  ['惠农贷', 'CREDIT', ['CREDIT', 'GUARANTEE']],
  ['科创贷', 'IP_PLEDGE', ['PLEDGE']],
  ['厂房抵押贷', 'MORTGAGE', ['MORTGAGE']],
  ['订单融资', 'SUPPLY_CHAIN', ['CREDIT', 'PLEDGE']],
  ['担保快贷', 'GUARANTEE', ['GUARANTEE']],
  ['设备租赁', 'LEASING', ['MORTGAGE', 'GUARANTEE']],
  ['应收账款保理', 'FACTORING', ['PLEDGE']],
  ['续贷过桥', 'BRIDGE_LOAN', ['GUARANTEE']],
];
const REPAYMENTS = [['EQUAL_INSTALLMENT'], ['INTEREST_FIRST'], ['EQUAL_PRINCIPAL', 'EQUAL_INSTALLMENT'], ['INTEREST_FIRST', 'EQUAL_INSTALLMENT']];
const REGIONS = [[], ['341200'], ['341202', '341203'], ['340000'], ['341221', '341222']];
const INDUSTRIES = [[], ['A'], ['C'], ['13', '39'], ['F', 'G']];
const SCALES = [[], ['MICRO', 'SMALL'], ['SMALL', 'MEDIUM'], ['MICRO']];
const WAN = 1_000_000;

function uuid(name) {
  const hex = createHash('sha1').update(`bench-product:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The i-th synthetic product's own fields (everything but its institution and row bookkeeping). */
export function syntheticProduct(i) {
  const [kind, category, guarantees] = KINDS[i % KINDS.length];
  const minAmount = (1 + (i % 20)) * WAN;
  const minRate = 300 + ((i * 37) % 900);
  return {
    id: uuid(i),
    name: `${PLACES[i % PLACES.length]}${kind}${String(i).padStart(4, '0')}号`,
    category,
    guaranteeMethods: guarantees,
    minAmountFen: minAmount,
    maxAmountFen: minAmount * (5 + (i % 60)),
    minTermMonths: 1 + (i % 12),
    maxTermMonths: 12 + (i % 48),
    minRateBp: minRate,
    maxRateBp: minRate + 200 + (i % 400),
    repaymentMethods: REPAYMENTS[i % REPAYMENTS.length],
    targetRegionCodes: REGIONS[i % REGIONS.length],
    targetIndustryCodes: INDUSTRIES[(i * 3) % INDUSTRIES.length],
    targetScales: SCALES[i % SCALES.length],
    minYearsInBusiness: i % 4,
    minCreditGrade: i % 3 === 0 ? 'BBB' : null,
    requiredMaterials: ['营业执照', '法定代表人身份证'],
    onlineApply: i % 3 !== 1,
    summary: `面向小微企业的${kind}产品，最高${(minAmount * (5 + (i % 60))) / WAN}万元，线上申请、快速审批`,
    description: `${kind}产品说明，编号 ${i}。`,
    status: i % 25 === 0 ? 'RETIRED' : 'PUBLISHED',
    applyCount: (i * 131) % 5000,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 7),
  };
}

/** Inserts products up to `count` and indexes them for keyword search, as product management would. */
export async function generateProducts(dataSource, ProductEntity, count, indexer) {
  const existing = await dataSource.getRepository(ProductEntity).count();
  if (existing >= count) return;
  const institutions = (await dataSource.query('SELECT id FROM institutions ORDER BY id')).map((row) => row.id);
  const now = new Date();
  const rows = [];
  for (let i = existing; i < count; i += 1) {
    const institutionId = institutions[(i * 7) % institutions.length];
    rows.push({ ...syntheticProduct(i), institutionId, version: 1, createdAt: now, updatedAt: now });
  }
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = rows.slice(start, start + 200);
      await manager.insert(ProductEntity, chunk);
      await indexer.reindexMany(manager, chunk.map((row) => row.id));
    }
  });
  // A catalogue that grew in production would have fresh planner statistics; give the bench the same.
  await dataSource.query(
    dataSource.options.type === 'mysql' ? 'ANALYZE TABLE products, institutions, product_search_terms' : 'ANALYZE',
  );
}
