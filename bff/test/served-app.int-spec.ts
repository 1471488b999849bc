import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { HTTP_PLATFORMS } from '../src/infra/config/app-config';
import { STRICT_TRANSPORT_SECURITY } from '../src/infra/http/security-headers';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

/**
 * The BFF serves the H5 build precompressed: the .br or .gz the build wrote, by Accept-Encoding, with the
 * original's type and caching, and every response of the app carries its security headers.
 */
const INLINE_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';
const INDEX_HTML = `<!doctype html><html lang="zh-CN"><head><script>${INLINE_SCRIPT}</script><script defer="defer" src="/js/app.0123abcd.js"></script></head><body><div id="app"></div>${'<!-- 融通 -->'.repeat(100)}</body></html>`;
const APP_JS = `console.log(${JSON.stringify('融通 '.repeat(2000))});`;
const APP_CSS = `.home{color:#1f5fd6}`;

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function writeBuild(dir: string): void {
  mkdirSync(join(dir, 'js'));
  mkdirSync(join(dir, 'css'));
  const write = (path: string, text: string, variants: boolean): void => {
    writeFileSync(join(dir, path), text);
    if (!variants) return;
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', INDEX_HTML, true);
  write('js/app.0123abcd.js', APP_JS, true);
  write('css/app.0123abcd.css', APP_CSS, false);
  // A brotli copy left from an earlier build, older than the file it was made from.
  write('js/stale.js', APP_JS, false);
  writeFileSync(join(dir, 'js/stale.js.br'), brotliCompressSync('old'));
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'js/stale.js.br'), past, past);
}

async function listening(server: Server): Promise<number> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** One request with exactly these headers; the body as it came over the wire (never decoded). */
async function fetchRaw(t: TestApp, method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const port = await listening(t.http);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(DIALECTS)('served H5 app (%s)', (dialect) => {
  describe.each(HTTP_PLATFORMS)('on %s', (platform) => {
    let h5Dir: string;
    let t: TestApp;
    beforeAll(async () => {
      h5Dir = mkdtempSync(join(tmpdir(), 'rt-h5-'));
      writeBuild(h5Dir);
      t = await createTestApp({ dialect, platform, seed: false, env: { H5_DIR: h5Dir, MOCK_SERVER_URL: 'http://127.0.0.1:4100' } });
    });
    afterAll(async () => {
      await t?.close();
      rmSync(h5Dir, { recursive: true, force: true });
    });

    it('sends brotli to a browser, with the compressed length, the original type and caching, and Vary', async () => {
      const res = await fetchRaw(t, 'GET', '/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 10);
      expect(brotliDecompressSync(res.body).toString()).toBe(APP_JS);
    });

    it('sends gzip when the client weighs it above brotli or knows no brotli', async () => {
      for (const accept of ['gzip, deflate', 'br;q=0.5, gzip;q=0.8']) {
        const res = await fetchRaw(t, 'GET', '/js/app.0123abcd.js', { 'accept-encoding': accept });
        expect(res.headers['content-encoding']).toBe('gzip');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        expect(gunzipSync(res.body).toString()).toBe(APP_JS);
      }
    });

    it('sends the file as it is to a client that accepts no compression', async () => {
      const clients: Array<Record<string, string>> = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
      for (const headers of clients) {
        const res = await fetchRaw(t, 'GET', '/js/app.0123abcd.js', headers);
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.body.toString()).toBe(APP_JS);
        expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
      }
    });

    it('answers HEAD with the headers of the variant it would send, and no body', async () => {
      const get = await fetchRaw(t, 'GET', '/js/app.0123abcd.js', { 'accept-encoding': 'br' });
      const head = await fetchRaw(t, 'HEAD', '/js/app.0123abcd.js', { 'accept-encoding': 'br' });
      expect(head.status).toBe(200);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
      expect(head.body.length).toBe(0);
    });

    it('serves index.html compressed for the site root and for client-side routes', async () => {
      for (const [path, accept] of [
        ['/', '*/*'],
        ['/pages/market/index', 'text/html,application/xhtml+xml'],
      ]) {
        const res = await fetchRaw(t, 'GET', path, { accept, 'accept-encoding': 'gzip, br' });
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(res.body).toString()).toBe(INDEX_HTML);
      }
    });

    it('sends a file without precompressed copies as it is, and never a copy older than its file', async () => {
      const css = await fetchRaw(t, 'GET', '/css/app.0123abcd.css', { 'accept-encoding': 'br, gzip' });
      expect(css.headers['content-encoding']).toBeUndefined();
      expect(css.headers.vary).toBeUndefined();
      expect(css.body.toString()).toBe(APP_CSS);
      const stale = await fetchRaw(t, 'GET', '/js/stale.js', { 'accept-encoding': 'br' });
      expect(stale.headers['content-encoding']).toBeUndefined();
      expect(stale.body.toString()).toBe(APP_JS);
    });

    it('puts the security headers on the page and on its assets, the inline script allowed by its hash', async () => {
      for (const path of ['/', '/pages/market/index', '/js/app.0123abcd.js', '/css/app.0123abcd.css']) {
        const res = await fetchRaw(t, 'GET', path, { accept: 'text/html', 'accept-encoding': 'br' });
        const policy = String(res.headers['content-security-policy']);
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain(`script-src 'self' ${sha256(INLINE_SCRIPT)};`);
        expect(policy).toContain("object-src 'none'");
        expect(policy).toContain("base-uri 'self'");
        expect(policy).toContain("frame-ancestors 'none'");
        // Uploads read the picked file through its blob: URL; outside production the simulated host bridge on
        // mock-server may be called.
        expect(policy).toContain("connect-src 'self' blob: http://127.0.0.1:4100;");
        expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
      }
    });

    it('sends no HSTS over plain HTTP, whatever an untrusted client claims in X-Forwarded-Proto', async () => {
      const plain = await fetchRaw(t, 'GET', '/', {});
      const claimed = await fetchRaw(t, 'GET', '/', { 'x-forwarded-proto': 'https' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      expect(claimed.headers['strict-transport-security']).toBeUndefined();
    });

    it('leaves API paths and other methods to the API', async () => {
      const post = await fetchRaw(t, 'POST', '/index.html', { 'accept-encoding': 'br' });
      expect(post.headers['content-security-policy']).toBeUndefined();
      const health = await fetchRaw(t, 'GET', '/healthz', { accept: 'text/html' });
      expect(health.headers['content-security-policy']).toBeUndefined();
    });
  });

  describe.each(HTTP_PLATFORMS)('behind a trusted proxy on %s', (platform) => {
    let h5Dir: string;
    let t: TestApp;
    beforeAll(async () => {
      h5Dir = mkdtempSync(join(tmpdir(), 'rt-h5-'));
      writeBuild(h5Dir);
      t = await createTestApp({ dialect, platform, seed: false, env: { H5_DIR: h5Dir, TRUSTED_PROXIES: '127.0.0.1' } });
    });
    afterAll(async () => {
      await t?.close();
      rmSync(h5Dir, { recursive: true, force: true });
    });

    it('sends HSTS when the proxy says the client came over HTTPS, and not when it came over HTTP', async () => {
      const https = await fetchRaw(t, 'GET', '/', { 'x-forwarded-proto': 'https' });
      const asset = await fetchRaw(t, 'GET', '/js/app.0123abcd.js', { 'x-forwarded-proto': 'https' });
      const http = await fetchRaw(t, 'GET', '/', { 'x-forwarded-proto': 'http' });
      expect(https.headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
      expect(asset.headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
      expect(http.headers['strict-transport-security']).toBeUndefined();
    });
  });
});
