import { ProductStatus, Role } from '@rongtong/shared';
import { AuditAction } from '../src/modules/audit/audit-action';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { InstitutionEntity } from '../src/modules/institutions/institution.entity';
import { ProductVersionEntity } from '../src/modules/product-management/product-version.entity';
import { ProductEntity } from '../src/modules/products/product.entity';
import { ProductSearchTermEntity } from '../src/modules/products/search/product-search-term.entity';
import { errorCode, gqlAs, signedInUser } from './support/auth';
import { insertManagedProduct, validProductInput } from './support/product-management';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const PRODUCT = 'id name status minAmountFen maxAmountFen maxRateBp publishedAt institution { id }';
const REVIEW = `id kind status reason reviewedBy proposed { name maxRateBp } product { id name status maxRateBp }`;
const CREATE = `mutation($input: ProductDraftInput!) { createProductDraft(input: $input) { ${PRODUCT} } }`;
const UPDATE = `mutation($id: ID!, $input: ProductDraftInput!) { updateProductDraft(id: $id, input: $input) { ${PRODUCT} } }`;
const SUBMIT = `mutation($id: ID!) { submitProductForReview(id: $id) { ${PRODUCT} } }`;
const PROPOSE = `mutation($id: ID!, $input: ProductDraftInput!) { proposeProductChange(id: $id, input: $input) { ${REVIEW} } }`;
const RETIRE = `mutation($id: ID!) { retireProduct(id: $id) { ${PRODUCT} } }`;
const QUEUE = `query { productReviewQueue(first: 100) { totalCount edges { node { ${REVIEW} } } } }`;
const APPROVE = `mutation($id: ID!) { approveProductReview(id: $id) { ${REVIEW} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectProductReview(id: $id, reason: $reason) { ${REVIEW} } }`;
const HISTORY = `query($id: ID!) { productHistory(id: $id) { id kind status reason submittedAt reviewedAt submittedByName reviewedByName } }`;
const MINE = `query($status: ProductStatus) {
  myInstitutionProducts(status: $status, first: 100) { totalCount edges { node { id product { status name } latestReview { kind status reason } } } }
}`;
const SEARCH = `query($keyword: String!) { products(filter: { keyword: $keyword }, first: 10) { edges { node { id } } } }`;
const PUBLIC = `query($id: ID!) { product(id: $id) { id name maxRateBp } }`;

interface Product {
  id: string;
  name: string;
  status: ProductStatus;
  maxRateBp: number;
  publishedAt: string | null;
}
interface Review {
  id: string;
  kind: string;
  status: string;
  reason: string | null;
  proposed: { name: string; maxRateBp: number };
  product: Product;
}

describe.each(DIALECTS)('product management (%s)', (dialect) => {
  let t: TestApp;
  let manager: { userId: string; token: string };
  let otherManager: string;
  let operator: { userId: string; token: string };
  let reviewerStaff: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    const other = await t.dataSource.manager.findOneByOrFail(InstitutionEntity, { name: '皖北城市商业银行股份有限公司阜阳分行' });
    const pm = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['PRODUCT_MANAGER'], displayName: '产品经理甲' });
    manager = { userId: pm.userId, token: pm.tokens.accessToken };
    otherManager = (await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['PRODUCT_MANAGER'], institutionId: other.id })).tokens
      .accessToken;
    const ops = await signedInUser(t, { role: Role.OPERATOR, displayName: '运营审核员乙' });
    operator = { userId: ops.userId, token: ops.tokens.accessToken };
    reviewerStaff = (await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER', 'PRODUCT_MANAGER'] })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function createDraft(overrides = {}): Promise<Product> {
    const response = await gqlAs<{ createProductDraft: Product }>(t, manager.token, CREATE, { input: validProductInput(overrides) });
    if (!response.data) throw new Error(response.text);
    return response.data.createProductDraft;
  }

  async function pendingReviewOf(productId: string): Promise<Review> {
    const queue = await gqlAs<{ productReviewQueue: { edges: Array<{ node: Review }> } }>(t, operator.token, QUEUE);
    const review = queue.data?.productReviewQueue.edges.map((edge) => edge.node).find((node) => node.product.id === productId);
    if (!review) throw new Error(`no pending review for ${productId}: ${queue.text}`);
    return review;
  }

  interface Managed {
    id: string;
    product: { status: string; name: string };
    latestReview: { kind: string; status: string; reason: string | null } | null;
  }

  async function mineOf(status: string | null = null): Promise<Managed[]> {
    const response = await gqlAs<{ myInstitutionProducts: { edges: Array<{ node: Managed }> } }>(t, manager.token, MINE, { status });
    if (!response.data) throw new Error(response.text);
    return response.data.myInstitutionProducts.edges.map((edge) => edge.node);
  }

  async function searchIds(keyword: string): Promise<string[]> {
    const response = await gqlAs<{ products: { edges: Array<{ node: { id: string } }> } }>(t, null, SEARCH, { keyword });
    return response.data?.products.edges.map((edge) => edge.node.id) ?? [];
  }

  async function publish(productId: string): Promise<void> {
    await gqlAs(t, manager.token, SUBMIT, { id: productId });
    const approved = await gqlAs(t, operator.token, APPROVE, { id: (await pendingReviewOf(productId)).id });
    expect(approved.errors).toBeUndefined();
  }

  it('runs the lifecycle: draft, edit, submit, reject with a reason, resubmit, approve, retire — with history and audit', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null, minAmountFen: 10_000_00 });
    const edited = await gqlAs<{ updateProductDraft: Product }>(t, manager.token, UPDATE, {
      id: draft.id,
      input: validProductInput({ name: '科创信用贷（修订）' }),
    });
    expect(edited.data?.updateProductDraft.name).toBe('科创信用贷（修订）');

    const submitted = await gqlAs<{ submitProductForReview: Product }>(t, manager.token, SUBMIT, { id: draft.id });
    expect(submitted.data?.submitProductForReview.status).toBe('PENDING_REVIEW');
    expect(errorCode(await gqlAs(t, manager.token, UPDATE, { id: draft.id, input: validProductInput() }))).toBe('CONFLICT');
    expect((await gqlAs(t, null, PUBLIC, { id: draft.id })).data).toBeNull();

    const first = await pendingReviewOf(draft.id);
    expect(first).toMatchObject({ kind: 'INITIAL', status: 'PENDING', proposed: { name: '科创信用贷（修订）' } });
    const rejected = await gqlAs<{ rejectProductReview: Review }>(t, operator.token, REJECT, { id: first.id, reason: '利率说明不完整' });
    expect(rejected.data?.rejectProductReview).toMatchObject({ status: 'REJECTED', reason: '利率说明不完整', product: { status: 'REJECTED' } });

    await gqlAs(t, manager.token, UPDATE, { id: draft.id, input: validProductInput({ name: '科创信用贷', description: '年化利率 3.5%–6%。' }) });
    await gqlAs(t, manager.token, SUBMIT, { id: draft.id });
    const second = await pendingReviewOf(draft.id);
    const approved = await gqlAs<{ approveProductReview: Review }>(t, operator.token, APPROVE, { id: second.id });
    expect(approved.data?.approveProductReview).toMatchObject({ status: 'APPROVED', product: { status: 'PUBLISHED' } });
    expect(approved.data?.approveProductReview.product.publishedAt).not.toBeNull();
    expect((await gqlAs<{ product: Product }>(t, null, PUBLIC, { id: draft.id })).data?.product.name).toBe('科创信用贷');

    const retired = await gqlAs<{ retireProduct: Product }>(t, manager.token, RETIRE, { id: draft.id });
    expect(retired.data?.retireProduct.status).toBe('RETIRED');
    expect(errorCode(await gqlAs(t, null, PUBLIC, { id: draft.id }))).toBe('NOT_FOUND');

    const history = await gqlAs<{ productHistory: Array<{ kind: string; status: string; reason: string | null }> }>(t, operator.token, HISTORY, {
      id: draft.id,
    });
    expect(history.data?.productHistory.map((row) => [row.kind, row.status, row.reason])).toEqual([
      ['INITIAL', 'APPROVED', null],
      ['INITIAL', 'REJECTED', '利率说明不完整'],
    ]);
    const actions = (await t.dataSource.manager.findBy(AuditLogEntity, { targetId: draft.id })).map((row) => row.action).sort();
    expect(actions).toEqual(
      [
        'PRODUCT_DRAFT_CREATED',
        'PRODUCT_DRAFT_UPDATED',
        'PRODUCT_DRAFT_UPDATED',
        'PRODUCT_SUBMITTED',
        'PRODUCT_SUBMITTED',
        'PRODUCT_REVIEW_REJECTED',
        'PRODUCT_REVIEW_APPROVED',
        'PRODUCT_RETIRED',
      ].sort(),
    );
    const mine = await mineOf('RETIRED');
    expect(mine.map((node) => node.id)).toContain(draft.id);
  });

  it('keeps the published version visible while a change is under review, then applies it on approval', async () => {
    const product = await createDraft({ name: '税易贷' });
    await publish(product.id);
    const proposed = await gqlAs<{ proposeProductChange: Review }>(t, manager.token, PROPOSE, {
      id: product.id,
      input: validProductInput({ name: '税易贷（升级版）', maxRateBp: 550 }),
    });
    expect(proposed.data?.proposeProductChange).toMatchObject({ kind: 'CHANGE', status: 'PENDING', product: { name: '税易贷', status: 'PUBLISHED' } });
    expect((await gqlAs<{ product: Product }>(t, null, PUBLIC, { id: product.id })).data?.product).toMatchObject({ name: '税易贷', maxRateBp: 600 });
    const again = await gqlAs(t, manager.token, PROPOSE, { id: product.id, input: validProductInput() });
    expect(errorCode(again)).toBe('CONFLICT');

    const approved = await gqlAs<{ approveProductReview: Review }>(t, operator.token, APPROVE, { id: proposed.data?.proposeProductChange.id });
    expect(approved.data?.approveProductReview.product).toMatchObject({ name: '税易贷（升级版）', maxRateBp: 550, status: 'PUBLISHED' });
    expect((await gqlAs<{ product: Product }>(t, null, PUBLIC, { id: product.id })).data?.product.name).toBe('税易贷（升级版）');
    const found = await gqlAs<{ products: { edges: Array<{ node: { id: string } }> } }>(
      t,
      null,
      'query { products(filter: { keyword: "升级版" }, first: 10) { edges { node { id } } } }',
    );
    expect(found.data?.products.edges.map((edge) => edge.node.id)).toEqual([product.id]);
  });

  it("lists the institution's products with their latest review: a rejection's reason, a change under review", async () => {
    const never = await createDraft({ name: '未提交的草稿' });
    const rejected = await createDraft({ name: '将被驳回的产品' });
    await gqlAs(t, manager.token, SUBMIT, { id: rejected.id });
    await gqlAs(t, operator.token, REJECT, { id: (await pendingReviewOf(rejected.id)).id, reason: '担保方式与类别不符' });
    const changed = await createDraft({ name: '变更中的产品' });
    await publish(changed.id);
    await gqlAs(t, manager.token, PROPOSE, { id: changed.id, input: validProductInput({ name: '变更中的产品（新版）' }) });

    const byId = new Map((await mineOf()).map((node) => [node.id, node]));
    expect(byId.get(never.id)).toMatchObject({ product: { status: 'DRAFT' }, latestReview: null });
    expect(byId.get(rejected.id)).toMatchObject({
      product: { status: 'REJECTED' },
      latestReview: { kind: 'INITIAL', status: 'REJECTED', reason: '担保方式与类别不符' },
    });
    expect(byId.get(changed.id)).toMatchObject({
      product: { status: 'PUBLISHED', name: '变更中的产品' },
      latestReview: { kind: 'CHANGE', status: 'PENDING', reason: null },
    });

    const history = await gqlAs<{ productHistory: Array<{ status: string; submittedByName: string; reviewedByName: string | null }> }>(
      t,
      manager.token,
      HISTORY,
      { id: rejected.id },
    );
    expect(history.data?.productHistory).toMatchObject([{ status: 'REJECTED', submittedByName: '产品经理甲', reviewedByName: '运营审核员乙' }]);
  });

  it('retiring takes the product out of the supermarket and its search index at once and cancels a change under review', async () => {
    const product = await createDraft({ name: '萤石专精特新贷' });
    await publish(product.id);
    expect(await searchIds('萤石')).toEqual([product.id]);
    const proposed = await gqlAs<{ proposeProductChange: Review }>(t, manager.token, PROPOSE, {
      id: product.id,
      input: validProductInput({ name: '萤石专精特新贷（二期）' }),
    });
    const changeId = proposed.data?.proposeProductChange.id;

    const retired = await gqlAs<{ retireProduct: Product }>(t, manager.token, RETIRE, { id: product.id });
    expect(retired.data?.retireProduct.status).toBe('RETIRED');
    expect(await searchIds('萤石')).toEqual([]);
    expect(await t.dataSource.manager.countBy(ProductSearchTermEntity, { productId: product.id })).toBe(0);

    const queue = await gqlAs<{ productReviewQueue: { edges: Array<{ node: Review }> } }>(t, operator.token, QUEUE);
    expect(queue.data?.productReviewQueue.edges.map((edge) => edge.node.id)).not.toContain(changeId);
    const late = await gqlAs(t, operator.token, APPROVE, { id: changeId });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toBe('该变更已因产品下架而撤销，无需审核');
    const row = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: product.id });
    expect(row).toMatchObject({ status: ProductStatus.RETIRED, name: '萤石专精特新贷' });

    const history = await gqlAs<{ productHistory: Array<{ kind: string; status: string; reason: string | null }> }>(t, manager.token, HISTORY, {
      id: product.id,
    });
    expect(history.data?.productHistory.map((review) => [review.kind, review.status, review.reason])).toEqual([
      ['CHANGE', 'CANCELLED', '产品已下架，待审核的变更随之撤销'],
      ['INITIAL', 'APPROVED', null],
    ]);
    const audit = await t.dataSource.manager.findOneByOrFail(AuditLogEntity, { targetId: product.id, action: AuditAction.PRODUCT_RETIRED });
    expect(audit.detail).toContain(changeId);
  });

  it('refuses inverted ranges, unknown codes and rates above the legal ceiling with the field path, and changes nothing', async () => {
    const before = await t.dataSource.manager.count(ProductEntity);
    async function fieldsOf(overrides: Record<string, unknown>) {
      const response = await gqlAs(t, manager.token, CREATE, { input: { ...validProductInput(), ...overrides } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      return response.errors?.[0]?.extensions?.fields;
    }
    expect(await fieldsOf({ minAmountFen: 500_00, maxAmountFen: 100_00 })).toEqual([{ field: 'input.maxAmountFen', message: '最高额度不能低于最低额度' }]);
    expect(await fieldsOf({ minTermMonths: 24, maxTermMonths: 12 })).toEqual([{ field: 'input.maxTermMonths', message: '最长期限不能短于最短期限' }]);
    expect(await fieldsOf({ minRateBp: 500, maxRateBp: 400 })).toEqual([{ field: 'input.maxRateBp', message: '最高利率不能低于最低利率' }]);
    expect(await fieldsOf({ maxRateBp: 2401 })).toEqual([
      { field: 'input.maxRateBp', message: '年利率必须是 0 到 2400 之间的基点数（100 基点 = 1%，法定上限 24%）' },
    ]);
    expect(await fieldsOf({ maxTermMonths: 361 })).toEqual([{ field: 'input.maxTermMonths', message: '期限必须是 1 到 360 之间的整月数' }]);
    expect(await fieldsOf({ minAmountFen: 0 })).toEqual([{ field: 'input.minAmountFen', message: '金额必须是以分为单位的正整数' }]);
    expect(await fieldsOf({ targetRegionCodes: ['999999'] })).toEqual([{ field: 'input.targetRegionCodes', message: '适用地区不存在' }]);
    expect(await fieldsOf({ targetIndustryCodes: ['Z9'] })).toEqual([{ field: 'input.targetIndustryCodes', message: '适用行业不存在' }]);
    expect(await fieldsOf({ minCreditGrade: 'AAAA' })).toEqual([{ field: 'input.minCreditGrade', message: '信用等级不存在' }]);
    expect(await fieldsOf({ guaranteeMethods: [] })).toEqual([{ field: 'input.guaranteeMethods', message: '请至少选择一种担保方式' }]);
    const unknownEnum = await fieldsOf({ category: 'LOTTERY' });
    expect(unknownEnum?.[0]?.field).toBe('input.category');
    expect(await t.dataSource.manager.count(ProductEntity)).toBe(before);

    const equity = await gqlAs(t, manager.token, CREATE, {
      input: validProductInput({ category: 'EQUITY' as never, guaranteeMethods: [], repaymentMethods: [] }),
    });
    expect(equity.errors).toBeUndefined();
  });

  it("forbids a staff member another institution's product, and approval by anyone but an operator", async () => {
    const draft = await createDraft();
    for (const [document, variables] of [
      [UPDATE, { id: draft.id, input: validProductInput() }],
      [SUBMIT, { id: draft.id }],
      [RETIRE, { id: draft.id }],
      [HISTORY, { id: draft.id }],
      [`query($id: ID!) { productDraft(id: $id) { id } }`, { id: draft.id }],
    ] as const) {
      expect(errorCode(await gqlAs(t, otherManager, document, variables))).toBe('FORBIDDEN');
    }
    await gqlAs(t, manager.token, SUBMIT, { id: draft.id });
    const review = await pendingReviewOf(draft.id);
    for (const token of [manager.token, reviewerStaff, otherManager]) {
      expect(errorCode(await gqlAs(t, token, APPROVE, { id: review.id }))).toBe('FORBIDDEN');
      expect(errorCode(await gqlAs(t, token, REJECT, { id: review.id, reason: '不符合要求' }))).toBe('FORBIDDEN');
    }
    const row = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: draft.id });
    expect(row.status).toBe(ProductStatus.PENDING_REVIEW);
  });

  it('lets exactly one of a concurrent approve and reject win; the other gets CONFLICT', async () => {
    const productId = await insertManagedProduct(t, ProductStatus.DRAFT);
    await gqlAs(t, manager.token, SUBMIT, { id: productId });
    const review = await pendingReviewOf(productId);
    const [approve, reject] = await Promise.all([
      gqlAs(t, operator.token, APPROVE, { id: review.id }),
      gqlAs(t, operator.token, REJECT, { id: review.id, reason: '同时驳回' }),
    ]);
    const codes = [errorCode(approve) ?? 'OK', errorCode(reject) ?? 'OK'].sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const version = await t.dataSource.manager.findOneByOrFail(ProductVersionEntity, { id: review.id });
    const product = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: productId });
    expect(product.status).toBe(version.status === 'APPROVED' ? ProductStatus.PUBLISHED : ProductStatus.REJECTED);
  });
});
