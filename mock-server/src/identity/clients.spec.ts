import { authenticateClient } from './client-auth';
import { DEFAULT_OIDC_CLIENTS, isRegisteredRedirectUri, parseOidcClients } from './clients';
import { escapeHtml } from './html';
import { basicAuth } from './oidc-test-client';

const [BFF] = DEFAULT_OIDC_CLIENTS;

describe('parseOidcClients', () => {
  it('accepts a list of clients', () => {
    const clients = [{ clientId: 'a.b-c_d', clientSecret: '12345678', redirectUriPrefixes: ['https://app.example.test/cb'] }];
    expect(parseOidcClients(clients)).toEqual({ ok: true, value: clients });
  });

  it('reports every bad field by its path', () => {
    const result = parseOidcClients([
      { clientId: 'ok', clientSecret: 'long-enough', redirectUriPrefixes: ['http://localhost:'] },
      { clientId: 'bad id', clientSecret: 'short', redirectUriPrefixes: ['http://localhost', 'ftp://x/'], extra: 1 },
      { clientId: 'ok', clientSecret: 'long-enough', redirectUriPrefixes: ['http://localhost/'] },
      'not an object',
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields.map((field) => field.field)).toEqual([
      '[1].extra',
      '[1].clientId',
      '[1].clientSecret',
      '[1].redirectUriPrefixes[0]',
      '[1].redirectUriPrefixes[1]',
      '[3]',
      '[1].clientId',
    ]);
    expect(result.fields.at(-1)?.message).toContain('重复');
  });

  it('rejects an empty list or something else', () => {
    expect(parseOidcClients([])).toMatchObject({ ok: false, fields: [{ field: 'body' }] });
    expect(parseOidcClients({})).toMatchObject({ ok: false, fields: [{ field: 'body' }] });
  });
});

describe('isRegisteredRedirectUri', () => {
  it.each([
    'http://127.0.0.1:4000/auth/callback',
    'http://localhost:10086/any/path?x=1',
  ])('accepts %s for the default client', (uri) => {
    expect(isRegisteredRedirectUri(BFF, uri)).toBe(true);
  });

  it.each([
    'https://127.0.0.1:4000/callback',
    'http://127.0.0.1:4000@evil.example/',
    'http://127.0.0.1:4000/callback#x',
    'http://127.0.0.1.nip.io/callback',
    'http://localhost.evil.example:80/',
    'javascript:alert(1)//http://127.0.0.1:',
    'not a url',
  ])('refuses %s', (uri) => {
    expect(isRegisteredRedirectUri(BFF, uri)).toBe(false);
  });

  it('refuses a URI longer than 2000 characters', () => {
    expect(isRegisteredRedirectUri(BFF, `http://127.0.0.1:4000/${'a'.repeat(1978)}`)).toBe(true);
    expect(isRegisteredRedirectUri(BFF, `http://127.0.0.1:4000/${'a'.repeat(1979)}`)).toBe(false);
  });
});

describe('authenticateClient', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields);

  it('accepts the secret in the body or by HTTP Basic', () => {
    expect(authenticateClient(DEFAULT_OIDC_CLIENTS, undefined, form({ client_id: BFF.clientId, client_secret: BFF.clientSecret })))
      .toMatchObject({ ok: true, method: 'client_secret_post', client: BFF });
    expect(authenticateClient(DEFAULT_OIDC_CLIENTS, basicAuth(BFF.clientId, BFF.clientSecret), form({})))
      .toMatchObject({ ok: true, method: 'client_secret_basic', client: BFF });
  });

  it('form-decodes the Basic credentials', () => {
    const clients = [{ clientId: 'app', clientSecret: 'p@ss word:+1', redirectUriPrefixes: ['http://localhost:'] }];
    expect(authenticateClient(clients, basicAuth('app', 'p@ss word:+1'), form({}))).toMatchObject({ ok: true });
  });

  it.each([
    ['a wrong secret', undefined, { client_id: BFF.clientId, client_secret: 'nope' }, 'invalid_client'],
    ['an unknown client', undefined, { client_id: 'nobody', client_secret: BFF.clientSecret }, 'invalid_client'],
    ['no credentials', undefined, {}, 'invalid_client'],
    ['a Basic header that is not base64', 'Basic ***', {}, 'invalid_client'],
    ['a Basic header without a colon', `Basic ${Buffer.from('nocolon').toString('base64')}`, {}, 'invalid_client'],
    ['both methods', basicAuth(BFF.clientId, BFF.clientSecret), { client_secret: BFF.clientSecret }, 'invalid_request'],
    ['a body client_id other than the Basic one', basicAuth(BFF.clientId, BFF.clientSecret), { client_id: 'other' }, 'invalid_request'],
  ])('refuses %s', (_label, header, fields, error) => {
    expect(authenticateClient(DEFAULT_OIDC_CLIENTS, header, form(fields))).toMatchObject({ ok: false, error });
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that could break out of text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
