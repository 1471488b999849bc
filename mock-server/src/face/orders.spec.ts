import { FaceOrderStore, orderState, type NewFaceOrder } from './orders';
import { maskName } from './verify-page';

const NEW_ORDER: NewFaceOrder = {
  merchantId: 'm',
  name: '余辉浩',
  residentId: '341204198609114182',
  businessReference: 'ref',
  callbackUrl: 'http://127.0.0.1/cb',
  returnUrl: null,
};

describe('FaceOrderStore', () => {
  it('forgets orders past the retention time as new ones arrive', () => {
    let now = 0;
    const store = new FaceOrderStore(() => now, { retentionMs: 1_000, maxOrders: 10 });
    const old = store.create(NEW_ORDER);
    now = 999;
    store.create(NEW_ORDER);
    expect(store.size).toBe(2);
    now = 1_000;
    store.create(NEW_ORDER);
    expect(store.size).toBe(2);
    expect(store.get(old.certifyId)).toBeUndefined();
    expect(store.byToken(old.pageToken)).toBeUndefined();
  });

  it('keeps at most maxOrders, dropping the oldest', () => {
    const store = new FaceOrderStore(() => 0, { retentionMs: 1_000, maxOrders: 3 });
    const orders = Array.from({ length: 5 }, () => store.create(NEW_ORDER));
    expect(store.size).toBe(3);
    expect(store.list({ limit: 10 }).map((order) => order.certifyId)).toEqual(orders.slice(2).reverse().map((order) => order.certifyId));
  });

  it('gives every order its own unguessable certify id and page token', () => {
    const store = new FaceOrderStore(() => 0);
    const [a, b] = [store.create(NEW_ORDER), store.create(NEW_ORDER)];
    expect(a.certifyId).not.toBe(b.certifyId);
    expect(a.pageToken).not.toBe(b.pageToken);
    expect(a.pageToken).toHaveLength(43);
  });
});

describe('orderState', () => {
  it('derives the state from the result, the start and the clock', () => {
    const store = new FaceOrderStore(() => 0);
    const order = store.create(NEW_ORDER);
    expect(orderState(order, 0)).toBe('INIT');
    expect(orderState(order, 600_000)).toBe('EXPIRED');
    order.startedAtMs = 10;
    expect(orderState(order, 599_999)).toBe('PENDING');
    order.result = 'LIVENESS_FAILED';
    expect(orderState(order, 700_000)).toBe('FAILED');
  });
});

describe('maskName', () => {
  it.each([
    ['余辉浩', '余*浩'],
    ['李四', '李*'],
    ['欧阳明月', '欧**月'],
    ['王', '*'],
    ['买买提·艾力', '买****力'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
