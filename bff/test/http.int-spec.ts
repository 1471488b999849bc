import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { HTTP_PLATFORMS } from '../src/infra/config/app-config';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

describe.each(DIALECTS)('health (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is ok while the database answers', async () => {
    const response = await request(t.http).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: dialect });
  });

  it('is 503 when the database is gone', async () => {
    await t.dataSource.destroy();
    const response = await request(t.http).get('/healthz');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'unavailable', database: dialect });
  });
});

const METRICS_TOKEN = 'metrics-token-for-the-http-surface-test';

describe.each(HTTP_PLATFORMS)('HTTP surface on %s', (platform) => {
  let t: TestApp;
  let h5: string;

  beforeAll(async () => {
    h5 = mkdtempSync(join(tmpdir(), 'rt-h5-'));
    mkdirSync(join(h5, 'assets'));
    writeFileSync(join(h5, 'index.html'), '<!doctype html><title>融通</title>');
    writeFileSync(join(h5, 'assets', 'app.3f2a9c1b.js'), 'console.log(1)');
    t = await createTestApp({ dialect: 'sqlite', platform, env: { H5_DIR: h5, METRICS_TOKEN } });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(h5, { recursive: true, force: true });
  });

  it('answers GraphQL', async () => {
    const response = await t.gql<{ products: { totalCount: number } }>('query HttpProducts { products(first: 20) { totalCount } }');
    expect(response.status).toBe(200);
    expect(response.data?.products.totalCount).toBeGreaterThan(60);
  });

  it('serves the H5 build with a single-page-app fallback', async () => {
    const index = await request(t.http).get('/').set('Accept', 'text/html');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('融通');
    expect(index.headers['cache-control']).toBe('no-cache');

    const asset = await request(t.http).get('/assets/app.3f2a9c1b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');

    const bareRoot = await request(t.http).get('/');
    expect(bareRoot.status).toBe(200);
    expect(bareRoot.text).toContain('融通');

    const route = await request(t.http).get('/pages/product/detail?id=1').set('Accept', 'text/html');
    expect(route.status).toBe(200);
    expect(route.text).toContain('融通');
  });

  it('never answers API paths, missing assets or path escapes with the SPA', async () => {
    expect((await request(t.http).get('/assets/missing.js')).status).toBe(404);
    expect((await request(t.http).get('/../package.json').set('Accept', 'text/html')).text).not.toContain('"workspaces"');
    const graphql = await request(t.http).get('/graphql').set('Accept', 'text/html');
    expect(graphql.text).not.toContain('融通');
    const health = await request(t.http).get('/healthz').set('Accept', 'text/html');
    expect(health.body).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('exposes Prometheus metrics for HTTP requests, GraphQL operations and the process', async () => {
    await t.gql('query MetricsProbe { products(first: 1) { totalCount } }');
    await request(t.http).get('/healthz');
    const response = await request(t.http).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;/);
    expect(response.headers['content-type']).toContain('version=0.0.4');
    const text = response.text;
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(text).toContain('# TYPE graphql_operation_duration_seconds histogram');
    expect(text).toMatch(
      // labels come from the safelist only; operation text (a test's, a tool's) is counted as unlisted
      /graphql_operation_duration_seconds_count\{operation_name="unlisted",operation_type="query",result="OK"\} \d+/,
    );
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('answers unknown REST paths with a JSON 404', async () => {
    const response = await request(t.http).post('/nothing-here').send({});
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.text).not.toContain('    at ');
  });
});
