import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ENCODING_SUFFIX, negotiateEncoding, PRECOMPRESSED_ENCODINGS, type PrecompressedEncoding } from './accept-encoding';
import type { Middleware } from './http-observer.middleware';
import { isHttpsRequest, trustedProxyList } from './request-protocol';
import { contentSecurityPolicyOf, setSecurityHeaders } from './security-headers';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that belong to the API and are never answered with the SPA. */
const API_PREFIXES = ['/graphql', '/healthz', '/metrics', '/api'];

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The file under `root` that `urlPath` names, or undefined when it escapes the root or is not a file. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(`${root}${sep}`)) return undefined;
  return isFile(file) ? file : undefined;
}

/**
 * The precompressed variants the build wrote beside `file` (file.br, file.gz). One older than the file itself
 * is left from an earlier build (e.g. a watch build since) and not used.
 */
function variantsOf(file: string): PrecompressedEncoding[] {
  const modified = statSync(file).mtimeMs;
  return PRECOMPRESSED_ENCODINGS.filter((encoding) => {
    const variant = `${file}${ENCODING_SUFFIX[encoding]}`;
    return isFile(variant) && statSync(variant).mtimeMs >= modified;
  });
}

/** Hashed build assets can be cached for a year; index.html must always be revalidated. */
function cacheControl(file: string): string {
  return /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|webp|woff2?)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function addVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const fields = current === undefined ? [] : String(current).split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.some((f) => f === '*' || f.toLowerCase() === field.toLowerCase())) res.setHeader('Vary', [...fields, field].join(', '));
}

interface Delivery {
  policy: string;
  https: boolean;
}

/** Sends `file` (or its precompressed variant the client accepts best) with its type, caching and security headers. */
function send(req: IncomingMessage, res: ServerResponse, file: string, delivery: Delivery): void {
  const variants = variantsOf(file);
  const encoding = negotiateEncoding(req.headers['accept-encoding'], variants);
  const body = encoding ? `${file}${ENCODING_SUFFIX[encoding]}` : file;
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (variants.length > 0) addVary(res, 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', statSync(body).size);
  res.setHeader('Cache-Control', cacheControl(file));
  setSecurityHeaders(res, delivery.policy, delivery.https);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed mid-response (a rebuild) ends the connection instead of crashing the process.
  createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}

export interface StaticFilesOptions {
  /** TRUSTED_PROXIES: the proxies whose X-Forwarded-Proto decides whether HSTS is sent. */
  trustedProxies: readonly string[];
  /** Origins besides its own the page may fetch from (the CSP's connect-src). */
  connectSources: readonly string[];
}

/**
 * The served app's settings from the configuration. Outside production the page may also reach mock-server,
 * whose dev endpoints stand in for the host app's JSAPI (the H5 development bridge, the simulated 皖事通).
 */
export function servedAppOptions(config: AppConfig): StaticFilesOptions {
  return {
    trustedProxies: config.trustedProxies,
    connectSources: config.isProduction ? [] : [new URL(config.mockServerUrl).origin],
  };
}

/**
 * Serves the H5 build: files as they are (or their .br / .gz variant, by Accept-Encoding), and index.html for
 * any other GET that is not an API path and asks for HTML (client-side routes of the single-page app). Every
 * response carries the app's Content-Security-Policy and the other security headers.
 */
export function staticFiles(rootDir: string, options: StaticFilesOptions): Middleware {
  const root = resolve(rootDir);
  const index = join(root, 'index.html');
  const policy = contentSecurityPolicyOf(index, options.connectSources);
  const trustedProxies = trustedProxyList(options.trustedProxies);
  return (req, res, next) => {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if ((method !== 'GET' && method !== 'HEAD') || isApiPath(path)) {
      next();
      return;
    }
    const delivery = (): Delivery => ({ policy: policy(), https: isHttpsRequest(req, trustedProxies) });
    // The site root is the app itself, whatever the client says it accepts (curl, uptime probes).
    const file = resolveStaticFile(root, path === '/' ? '/index.html' : path);
    if (file) {
      send(req, res, file, delivery());
      return;
    }
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (wantsHtml && extname(path) === '' && existsSync(index)) {
      send(req, res, index, delivery());
      return;
    }
    next();
  };
}
