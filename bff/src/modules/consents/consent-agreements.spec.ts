import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES, DATA_SOURCE_LABELS, DATA_SOURCES } from '@rongtong/shared';
import { createHash } from 'node:crypto';
import { AGREEMENTS_2026_1, agreementSha256 } from '../../../migrations/consent-agreements-2026-1';

/** The published agreement texts: complete, of a readable length, and hashed exactly as the app must hash them. */
describe('data authorisation agreements 2026.1', () => {
  it('has one agreement per purpose, titled with the purpose', () => {
    expect(AGREEMENTS_2026_1.map((agreement) => agreement.purpose)).toEqual(CONSENT_PURPOSES);
    for (const agreement of AGREEMENTS_2026_1) {
      expect(agreement.title).toBe(`融通平台政务数据授权协议（${CONSENT_PURPOSE_LABELS[agreement.purpose]}）`);
      expect(agreement.text.startsWith(`${agreement.title}\n\n版本：${agreement.version}\n`)).toBe(true);
    }
  });

  it('runs 800 to 1,500 characters each', () => {
    for (const agreement of AGREEMENTS_2026_1) {
      const length = [...agreement.text].length;
      expect(length).toBeGreaterThanOrEqual(800);
      expect(length).toBeLessThanOrEqual(1500);
    }
  });

  it('says what is collected, for what, who receives it, how long, how to revoke, and the rights under PIPL', () => {
    for (const agreement of AGREEMENTS_2026_1) {
      for (const source of DATA_SOURCES) expect(agreement.text).toContain(DATA_SOURCE_LABELS[source]);
      for (const clause of ['使用目的', '数据的接收方', '最长不超过一年', '我的—数据授权', '撤销立即生效', '数据使用记录', '个人信息保护法', '撤回同意', '解释说明']) {
        expect(agreement.text).toContain(clause);
      }
    }
  });

  it('hashes the UTF-8 text with SHA-256 in lowercase hex', () => {
    const text = AGREEMENTS_2026_1[0]?.text ?? '';
    expect(agreementSha256(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(agreementSha256(text)).toMatch(/^[0-9a-f]{64}$/);
  });
});
