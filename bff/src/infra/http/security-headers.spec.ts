import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy, contentSecurityPolicyOf, inlineScriptHashes } from './security-headers';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the body of each inline script and skips external and empty ones', () => {
    const html =
      '<head><script>!function(n){n.x=1}(window);</script><script defer="defer" src="/js/app.js"></script>' +
      '<script type="module">console.log("融通")</script><script></script></head>';
    expect(inlineScriptHashes(html)).toEqual([sha256('!function(n){n.x=1}(window);'), sha256('console.log("融通")')]);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (policy: string): Map<string, string> =>
    new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]));

  it('allows only our own origin, the hashed inline scripts and the given connect sources', () => {
    const policy = directives(contentSecurityPolicy({ inlineScriptHashes: ["'sha256-abc='"], connectSources: ['http://127.0.0.1:4100'] }));
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self' 'sha256-abc='");
    expect(policy.get('connect-src')).toBe("'self' blob: http://127.0.0.1:4100");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('script-src')).not.toContain('unsafe');
  });
});

describe('contentSecurityPolicyOf', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rt-csp-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows index.html when a rebuild changes it, and allows no inline script without one', () => {
    const index = join(dir, 'index.html');
    const policy = contentSecurityPolicyOf(index, []);
    expect(policy()).toContain("script-src 'self'; ");
    writeFileSync(index, '<script>a()</script>');
    expect(policy()).toContain(`script-src 'self' ${sha256('a()')};`);
    writeFileSync(index, '<script>b(1)</script>');
    utimesSync(index, new Date(), new Date(Date.now() + 5000));
    expect(policy()).toContain(`script-src 'self' ${sha256('b(1)')};`);
  });
});
