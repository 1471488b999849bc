/** `scheme://host` with an optional `:port` or `:*` (any port); nothing else may be a wildcard. */
const ORIGIN_PATTERN = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}|\*))?$/;

export const DEFAULT_LOGIN_REDIRECT_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*'];

/** True when `pattern` is an origin pattern this module understands. */
export function isOriginPattern(pattern: string): boolean {
  return ORIGIN_PATTERN.test(pattern);
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80';
}

function matchesPattern(url: URL, pattern: string): boolean {
  const match = ORIGIN_PATTERN.exec(pattern);
  if (!match) return false;
  const [, scheme, host, port] = match;
  if (url.protocol !== `${scheme}:` || url.hostname.toLowerCase() !== host.toLowerCase()) return false;
  if (port === '*') return true;
  const actual = url.port === '' ? defaultPort(url.protocol) : url.port;
  return actual === (port ?? defaultPort(url.protocol));
}

/**
 * True when `redirectUri` is an absolute http(s) URL without credentials or fragment whose origin one of
 * the patterns allows. The path is free: the origin is what decides who receives the code.
 */
export function isAllowedRedirectUri(redirectUri: string, patterns: readonly string[]): boolean {
  if (redirectUri.length > 2000 || redirectUri.includes('#')) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return patterns.some((pattern) => matchesPattern(url, pattern));
}
