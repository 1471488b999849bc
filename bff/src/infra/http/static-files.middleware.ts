import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Middleware } from './http-observer.middleware';

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
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Hashed build assets can be cached for a year; index.html must always be revalidated. */
function cacheControl(file: string): string {
  return /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|webp|woff2?)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function send(res: Parameters<Middleware>[1], file: string, headOnly: boolean): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', statSync(file).size);
  res.setHeader('Cache-Control', cacheControl(file));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/**
 * Serves the H5 build: files as they are, and index.html for any other GET that is not an API path and
 * asks for HTML (client-side routes of the single-page app).
 */
export function staticFiles(rootDir: string): Middleware {
  const root = resolve(rootDir);
  const index = join(root, 'index.html');
  return (req, res, next) => {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if ((method !== 'GET' && method !== 'HEAD') || isApiPath(path)) {
      next();
      return;
    }
    // The site root is the app itself, whatever the client says it accepts (curl, uptime probes).
    const file = resolveStaticFile(root, path === '/' ? '/index.html' : path);
    if (file) {
      send(res, file, method === 'HEAD');
      return;
    }
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (wantsHtml && extname(path) === '' && existsSync(index)) {
      send(res, index, method === 'HEAD');
      return;
    }
    next();
  };
}
