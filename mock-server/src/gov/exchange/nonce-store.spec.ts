import { NonceStore } from './nonce-store';

describe('NonceStore', () => {
  it('refuses a nonce used by the same app key within the window, not by another key', () => {
    let now = 0;
    const store = new NonceStore(() => now, 600_000);
    expect(store.use('bff', 'nonce-a')).toBe(true);
    expect(store.use('bff', 'nonce-a')).toBe(false);
    expect(store.use('bank', 'nonce-a')).toBe(true);
    now = 599_999;
    expect(store.use('bff', 'nonce-a')).toBe(false);
    now = 600_000;
    expect(store.use('bff', 'nonce-a')).toBe(true);
  });

  it('forgets expired nonces as new ones arrive', () => {
    let now = 0;
    const store = new NonceStore(() => now, 1_000);
    for (let i = 0; i < 100; i += 1) store.use('bff', `nonce-${i}`);
    expect(store.size).toBe(100);
    now = 1_000;
    store.use('bff', 'fresh');
    expect(store.size).toBe(1);
  });

  it('still refuses a replay when the clock steps back', () => {
    let now = 10_000;
    const store = new NonceStore(() => now, 1_000);
    store.use('bff', 'late');
    now = 5_000;
    store.use('bff', 'early');
    expect(store.use('bff', 'late')).toBe(false);
  });
});
