import request from 'supertest';
import { HTTP_PLATFORMS } from '../../src/infra/config/app-config';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * /metrics tells anyone who reads it which operations run, how often and how fast, and the process's memory:
 * not for the public. Without METRICS_TOKEN it does not exist; with it, only `Authorization: Bearer <token>`
 * reads it, everything else gets 401 in the uniform error shape.
 */
const TOKEN = 'Zk3v9-metrics-scrape-token-0a7c41e2';

/** The body with its path replaced, so a 404 for /metrics and one for an unknown path can be compared. */
function withoutPath(text: string, path: string): string {
  return text.split(path).join('<path>');
}

describe.each(DIALECTS)('hostile client: /metrics (%s)', (dialect) => {
  describe.each(HTTP_PLATFORMS)('on %s', (platform) => {
    describe('without METRICS_TOKEN', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ dialect, platform, seed: false });
      });
      afterAll(async () => {
        await t?.close();
      });

      it('answers 404 exactly like a path that does not exist, whatever the caller sends', async () => {
        const unknown = await request(t.http).get('/no-such-endpoint');
        for (const authorization of [undefined, 'Bearer ', `Bearer ${TOKEN}`]) {
          const call = request(t.http).get('/metrics');
          const response = authorization === undefined ? await call : await call.set('Authorization', authorization);
          expect(response.status).toBe(404);
          expect(withoutPath(response.text, '/metrics')).toBe(withoutPath(unknown.text, '/no-such-endpoint'));
          expect(response.text).not.toContain('http_request_duration_seconds');
        }
      });
    });

    describe('with METRICS_TOKEN', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ dialect, platform, seed: false, env: { METRICS_TOKEN: TOKEN } });
      });
      afterAll(async () => {
        await t?.close();
      });

      it.each([
        ['no Authorization header', undefined],
        ['an empty bearer', 'Bearer '],
        ['a wrong token of the same length', `Bearer ${TOKEN.slice(0, -1)}x`],
        ['a prefix of the token', `Bearer ${TOKEN.slice(0, 12)}`],
        ['the token with a suffix', `Bearer ${TOKEN}x`],
        ['the token as Basic credentials', `Basic ${Buffer.from(`metrics:${TOKEN}`).toString('base64')}`],
        ['the bare token', TOKEN],
      ])('refuses %s with 401 in the uniform error shape', async (_label, authorization) => {
        const call = request(t.http).get('/metrics');
        const response = authorization === undefined ? await call : await call.set('Authorization', authorization);
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toContain('application/json');
        expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
        expect(JSON.stringify(response.body)).toContain('"UNAUTHENTICATED"');
        expect(response.text).toContain('访问监控指标需要有效的令牌');
        expect(response.text).not.toContain('http_request_duration_seconds');
      });

      it('refuses the token in the query string', async () => {
        expect((await request(t.http).get(`/metrics?token=${TOKEN}`)).status).toBe(401);
      });

      it('serves the metrics to the bearer of the token', async () => {
        for (const authorization of [`Bearer ${TOKEN}`, `bearer ${TOKEN}`]) {
          const response = await request(t.http).get('/metrics').set('Authorization', authorization);
          expect(response.status).toBe(200);
          expect(response.headers['content-type']).toContain('version=0.0.4');
          expect(response.text).toContain('# TYPE http_request_duration_seconds histogram');
        }
      });
    });
  });
});
