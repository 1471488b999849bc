import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

/** One year; sent only on responses that reached the client over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** The `'sha256-…'` source of each inline `<script>` (one without `src`) in the page, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes) || body === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export interface ContentSecurityPolicyInput {
  /** Hash sources of the inline scripts index.html carries (the root font-size script of the H5 build). */
  inlineScriptHashes: readonly string[];
  /** Origins besides our own the page may fetch from (mock-server's host bridge outside production). */
  connectSources: readonly string[];
}

/**
 * What the H5 app needs and nothing more: its own scripts plus the hashed inline one, its own, data: and blob:
 * images (uploads under /api/files, the TOTP QR code, an upload's preview), the GraphQL API on the same origin. Styles allow inline
 * attributes and elements because Taro's H5 router and NutUI set them at run time. Nobody may frame the app:
 * the 皖事通 container opens it in a web view of its own, which frame-ancestors does not concern.
 */
export function contentSecurityPolicy(input: ContentSecurityPolicyInput): string {
  const directives: Array<[string, readonly string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...input.inlineScriptHashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    // blob: — an upload on H5 reads the picked file back through its object URL (Taro.uploadFile).
    ['connect-src', ["'self'", 'blob:', ...input.connectSources]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Identifies one version of a file cheaply; 'missing' when there is none. */
function fingerprint(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The policy for the build in `indexFile`, recomputed only when the file changes (a rebuild while running). */
export function contentSecurityPolicyOf(indexFile: string, connectSources: readonly string[]): () => string {
  let cached: { key: string; policy: string } | undefined;
  return () => {
    const key = fingerprint(indexFile);
    if (cached?.key !== key) {
      const html = key === 'missing' ? '' : readOrEmpty(indexFile);
      cached = { key, policy: contentSecurityPolicy({ inlineScriptHashes: inlineScriptHashes(html), connectSources }) };
    }
    return cached.policy;
  };
}

/** Headers every response of the served app carries; HSTS only when it travelled over HTTPS. */
export function setSecurityHeaders(res: ServerResponse, policy: string, https: boolean): void {
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // For browsers older than CSP's frame-ancestors (the app supports Android 5 web views).
  res.setHeader('X-Frame-Options', 'DENY');
  if (https) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
}
