import { randomBytes } from 'node:crypto';

/**
 * The secrets production requires (the process refuses to start without them), random per test run, so a
 * test can start the app with NODE_ENV=production.
 */
export function productionSecrets(): Record<string, string> {
  return {
    OIDC_ISSUER: 'https://ids.example.gov.cn/oidc',
    LOGIN_REDIRECT_ORIGINS: 'https://rongtong.example.gov.cn',
    OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    GOV_EXCHANGE_BASE_URL: 'https://data.example.gov.cn/exchange',
    GOV_EXCHANGE_APP_KEY: 'rongtong-test',
    GOV_EXCHANGE_APP_SECRET: randomBytes(24).toString('base64url'),
    FACE_PROVIDER_BASE_URL: 'https://face.example.com/api',
    FACE_MERCHANT_ID: 'rongtong-test',
    FACE_MERCHANT_SECRET: randomBytes(24).toString('base64url'),
    FACE_CALLBACK_URL: 'https://rongtong.example.gov.cn/api/callbacks/face-verification',
    DATA_ENCRYPTION_KEYS: `test1:${randomBytes(48).toString('base64')}`,
    DATA_ENCRYPTION_ACTIVE_KEY: 'test1',
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    AUDIT_CHAIN_KEY: randomBytes(32).toString('base64'),
    TOKEN_HASH_KEY: randomBytes(32).toString('base64'),
  };
}
