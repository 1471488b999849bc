import {
  InstitutionType,
  PolicyLevel,
  ProductCategory,
  Role,
  findIndustry,
  findRegion,
} from '@rongtong/shared';
import {
  DEMO_ACCOUNT_SEEDS,
  FAQ_CATEGORIES,
  FAQ_SEEDS,
  INSTITUTION_SEEDS,
  NEWS_SEEDS,
  POLICY_SEEDS,
  PRODUCT_SEEDS,
  type ProductSeed,
} from './index';

const LEGAL_RATE_CEILING_BP = 2400;
const ALLOWED_TAGS = new Set(['p', 'h3', 'ol', 'li', 'strong']);
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Problems of an HTML fragment: unknown tags, attributes, or tags that do not nest. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    const [tag, closing, name, rest] = match;
    if (!ALLOWED_TAGS.has(name)) problems.push(`不允许的标签 ${tag}`);
    if (rest.trim() !== '') problems.push(`标签不应带属性 ${tag}`);
    if (!closing) open.push(name);
    else if (open.pop() !== name) problems.push(`标签未正确闭合 ${tag}`);
  }
  if (open.length > 0) problems.push(`标签未闭合 ${open.join(',')}`);
  if (html.replace(/<[^>]*>/g, '').includes('<')) problems.push('存在未转义的 <');
  return problems;
}

/** The staff password policy of DESIGN §9. */
function passwordProblems(username: string, password: string): string[] {
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const problems: string[] = [];
  if (password.length < 10) problems.push('长度不足10位');
  if (classes < 3) problems.push('字符类别少于三类');
  if (password.toLowerCase().includes(username.toLowerCase())) problems.push('包含用户名');
  return problems;
}

function productRangeProblems(product: ProductSeed): string[] {
  const problems: string[] = [];
  const amounts = [product.minAmountFen, product.maxAmountFen];
  if (!amounts.every((fen) => Number.isSafeInteger(fen) && fen > 0)) problems.push('金额须为正的安全整数');
  if (product.minAmountFen > product.maxAmountFen) problems.push('最低金额大于最高金额');
  const terms = [product.minTermMonths, product.maxTermMonths];
  if (!terms.every((months) => Number.isInteger(months) && months > 0)) problems.push('期限须为正整数');
  if (product.minTermMonths > product.maxTermMonths) problems.push('最短期限大于最长期限');
  const rates = [product.minRateBp, product.maxRateBp];
  if (!rates.every((bp) => Number.isInteger(bp) && bp >= 0 && bp <= LEGAL_RATE_CEILING_BP)) {
    problems.push('利率须为0到2400之间的整数基点');
  }
  if (product.minRateBp > product.maxRateBp) problems.push('最低利率大于最高利率');
  return problems;
}

describe('seed data volumes', () => {
  it('has at least 30 institutions covering all 16 institution types', () => {
    expect(INSTITUTION_SEEDS.length).toBeGreaterThanOrEqual(30);
    const types = new Set(INSTITUTION_SEEDS.map((institution) => institution.type));
    expect([...types].sort()).toEqual(Object.values(InstitutionType).sort());
  });

  it('has at least 60 products covering every category', () => {
    expect(PRODUCT_SEEDS.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(PRODUCT_SEEDS.map((product) => product.category));
    expect([...categories].sort()).toEqual(Object.values(ProductCategory).sort());
  });

  it('has at least 20 policies and 20 news items with every level present', () => {
    expect(POLICY_SEEDS.length).toBeGreaterThanOrEqual(20);
    expect(NEWS_SEEDS.length).toBeGreaterThanOrEqual(20);
    const levels = Object.values(PolicyLevel).sort();
    expect([...new Set(POLICY_SEEDS.map((policy) => policy.level))].sort()).toEqual(levels);
    expect([...new Set(NEWS_SEEDS.map((item) => item.level))].sort()).toEqual(levels);
  });

  it('has at least 50 FAQ entries, each in a known category, every category used', () => {
    expect(FAQ_SEEDS.length).toBeGreaterThanOrEqual(50);
    const categories = new Set<string>(FAQ_CATEGORIES);
    expect(FAQ_SEEDS.filter((faq) => !categories.has(faq.category))).toEqual([]);
    expect([...new Set(FAQ_SEEDS.map((faq) => faq.category))].sort()).toEqual([...categories].sort());
  });
});

describe('seed data keys and references', () => {
  it.each([
    ['institutions', INSTITUTION_SEEDS.map((institution) => institution.key)],
    ['products', PRODUCT_SEEDS.map((product) => product.key)],
    ['policies', POLICY_SEEDS.map((policy) => policy.key)],
    ['news', NEWS_SEEDS.map((item) => item.key)],
    ['FAQ', FAQ_SEEDS.map((faq) => faq.key)],
    ['demo usernames', DEMO_ACCOUNT_SEEDS.map((account) => account.username)],
    ['institution names', INSTITUTION_SEEDS.map((institution) => institution.name)],
    ['policy document numbers', POLICY_SEEDS.map((policy) => policy.documentNumber)],
  ])('%s are unique', (_label, keys) => {
    expect(duplicates(keys)).toEqual([]);
  });

  it('points every product at an existing institution, and every institution offers a product', () => {
    const institutionKeys = new Set(INSTITUTION_SEEDS.map((institution) => institution.key));
    expect(PRODUCT_SEEDS.filter((product) => !institutionKeys.has(product.institutionKey))).toEqual([]);
    const offering = new Set(PRODUCT_SEEDS.map((product) => product.institutionKey));
    expect(INSTITUTION_SEEDS.filter((institution) => !offering.has(institution.key))).toEqual([]);
  });

  it('uses region codes that resolve', () => {
    const codes = [
      ...INSTITUTION_SEEDS.map((institution) => institution.regionCode),
      ...PRODUCT_SEEDS.flatMap((product) => product.targetRegionCodes),
    ];
    expect(codes.filter((code) => findRegion(code) === undefined)).toEqual([]);
  });

  it('uses industry codes that resolve', () => {
    const codes = [
      ...PRODUCT_SEEDS.flatMap((product) => product.targetIndustryCodes),
      ...POLICY_SEEDS.flatMap((policy) => policy.tags.industryCodes),
    ];
    expect(codes.filter((code) => findIndustry(code) === undefined)).toEqual([]);
  });
});

describe('product parameters', () => {
  it('keeps amounts, terms and rates within sane, ordered ranges', () => {
    const problems = PRODUCT_SEEDS.map((product) => [product.key, productRangeProblems(product)] as const)
      .filter(([, found]) => found.length > 0);
    expect(problems).toEqual([]);
  });

  it('gives every loan-like product a rate and a repayment method', () => {
    const withoutRepayment = [ProductCategory.EQUITY, ProductCategory.INSURANCE];
    const loans = PRODUCT_SEEDS.filter((product) => !withoutRepayment.includes(product.category));
    expect(loans.filter((product) => product.repaymentMethods.length === 0).map((p) => p.key)).toEqual([]);
    expect(loans.filter((product) => product.minRateBp === 0).map((p) => p.key)).toEqual([]);
    expect(loans.filter((product) => product.guaranteeMethods.length === 0).map((p) => p.key)).toEqual([]);
  });

  it('has no duplicated entries inside list fields', () => {
    const lists = PRODUCT_SEEDS.flatMap((product) => [
      product.guaranteeMethods,
      product.repaymentMethods,
      product.targetRegionCodes,
      product.targetIndustryCodes,
      product.targetScales,
      product.requiredMaterials,
    ]);
    expect(lists.filter((list) => duplicates(list).length > 0)).toEqual([]);
  });

  it('has materials, a summary, a description and a popularity figure', () => {
    const incomplete = PRODUCT_SEEDS.filter(
      (product) =>
        product.requiredMaterials.length === 0 ||
        product.summary.length === 0 ||
        product.description.length < 60 ||
        !Number.isInteger(product.applyCount) ||
        product.applyCount < 0 ||
        product.applyCount > 5000 ||
        product.minYearsInBusiness < 0,
    );
    expect(incomplete.map((product) => product.key)).toEqual([]);
  });
});

describe('dates and contact details', () => {
  it('uses real calendar dates, publications within 2025–2026', () => {
    const founded = INSTITUTION_SEEDS.map((institution) => institution.establishedOn);
    const published = [
      ...PRODUCT_SEEDS.map((product) => product.publishedOn),
      ...POLICY_SEEDS.map((policy) => policy.issuedOn),
      ...NEWS_SEEDS.map((item) => item.publishedOn),
    ];
    expect([...founded, ...published].filter((date) => !isCalendarDate(date))).toEqual([]);
    expect(published.filter((date) => date < '2025-01-01' || date > '2026-12-31')).toEqual([]);
    expect(founded.filter((date) => date >= '2025-01-01')).toEqual([]);
  });

  it('gives every institution a landline number and an address', () => {
    const bad = INSTITUTION_SEEDS.filter(
      (institution) => !/^0\d{2,3}-\d{7,8}$/.test(institution.contactPhone) || institution.address.length < 6,
    );
    expect(bad.map((institution) => institution.key)).toEqual([]);
  });
});

describe('rich text', () => {
  it('uses only <p>, <h3>, <ol>, <li> and <strong>, properly nested, in policies and news', () => {
    const bodies = [...POLICY_SEEDS, ...NEWS_SEEDS].map((item) => [item.key, htmlProblems(item.bodyHtml)] as const);
    expect(bodies.filter(([, problems]) => problems.length > 0)).toEqual([]);
  });

  it('has three to six paragraphs of body text', () => {
    const paragraphCounts = [...POLICY_SEEDS, ...NEWS_SEEDS].map(
      (item) => [item.key, (item.bodyHtml.match(/<p>/g) ?? []).length] as const,
    );
    expect(paragraphCounts.filter(([, count]) => count < 3 || count > 6)).toEqual([]);
  });

  it('detects a forbidden tag, an attribute and bad nesting', () => {
    expect(htmlProblems('<p>正文</p><h3>标题</h3><ol><li><strong>一</strong></li></ol>')).toEqual([]);
    expect(htmlProblems('<div>正文</div>')).toHaveLength(2);
    expect(htmlProblems('<p class="x">正文</p>')).toHaveLength(1);
    expect(htmlProblems('<p><strong>正文</p></strong>')).toHaveLength(2);
  });
});

describe('demo accounts', () => {
  it('has an account for every role', () => {
    const roles = new Set(DEMO_ACCOUNT_SEEDS.map((account) => account.role));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
  });

  it('has an institution administrator, reviewer and product manager of the first bank', () => {
    const firstBank = INSTITUTION_SEEDS.find((institution) => institution.type === InstitutionType.BANK);
    const staff = DEMO_ACCOUNT_SEEDS.filter((account) => account.role === Role.INSTITUTION_STAFF);
    expect(staff.every((account) => account.institutionKey === firstBank?.key)).toBe(true);
    expect(staff.flatMap((account) => account.permissions).sort()).toEqual(
      ['INSTITUTION_ADMIN', 'PRODUCT_MANAGER', 'REVIEWER'],
    );
  });

  it('binds only institution staff to an institution', () => {
    const wrong = DEMO_ACCOUNT_SEEDS.filter(
      (account) => (account.role === Role.INSTITUTION_STAFF) !== (account.institutionKey !== null),
    );
    expect(wrong).toEqual([]);
    const unbound = DEMO_ACCOUNT_SEEDS.filter(
      (account) => account.role !== Role.INSTITUTION_STAFF && account.permissions.length > 0,
    );
    expect(unbound).toEqual([]);
  });

  it('gives every account a password that satisfies the staff password policy', () => {
    const weak = DEMO_ACCOUNT_SEEDS.map(
      (account) => [account.username, passwordProblems(account.username, account.password)] as const,
    ).filter(([, problems]) => problems.length > 0);
    expect(weak).toEqual([]);
  });

  it('rejects short, two-class or username-bearing passwords', () => {
    expect(passwordProblems('operator', 'Ab1!')).toContain('长度不足10位');
    expect(passwordProblems('operator', 'abcdefghij12')).toContain('字符类别少于三类');
    expect(passwordProblems('operator', 'Operator@2026')).toContain('包含用户名');
  });
});
