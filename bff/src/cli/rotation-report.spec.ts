import { progressLine, summaryText } from './rotation-report';

const PHONE = { table: 'user_accounts', column: 'phone_cipher' } as const;

describe('keys:rotate report', () => {
  it('prints progress per column', () => {
    expect(progressLine({ column: PHONE, checked: 400, reencrypted: 380 })).toBe('  user_accounts.phone_cipher：已检查 400 条，已重新加密 380 条\n');
  });

  it('sums up in Chinese, counting current, changing and undecryptable rows as skipped', () => {
    const text = summaryText({ reencrypted: 12, current: 5, changed: [], undecryptable: [], longestTransactionMs: 3.25 }, 'k2026');
    expect(text).toBe(
      '已重新加密 12 条，跳过 5 条（已是当前密钥 k2026 的绑定格式 5 条，轮换期间一直在变 0 条，无法解密 0 条）\n每批最多 200 条，最长的一次写事务 3.3 ms\n',
    );
  });

  it('lists the rows that need attention by place and id only', () => {
    const text = summaryText(
      { reencrypted: 0, current: 1, changed: [{ column: PHONE, id: 'u-1' }], undecryptable: [{ column: PHONE, id: 'u-2' }], longestTransactionMs: 1 },
      'k2026',
    );
    expect(text).toContain('跳过 3 条');
    expect(text).toContain('请稍后再运行一次 npm run keys:rotate：\n  user_accounts.phone_cipher id=u-1');
    expect(text).toContain('请核查：\n  user_accounts.phone_cipher id=u-2');
  });
});
