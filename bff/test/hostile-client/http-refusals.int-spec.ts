import { ERROR_CODES } from '@rongtong/shared';
import { HTTP_PLATFORMS } from '../../src/infra/config/app-config';
import { listenOnLoopback, rawExchange, type RawAnswer } from '../support/raw-http';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Requests refused by the HTTP layer before any handler runs — malformed JSON (400), a body over 1 MB (413), a URL
 * over 8 KB or over Node's 16 KB header limit (414), a body of an unsupported media type (415), headers over the limit
 * (431), an unknown path (404) — answer on both platforms in the shape of GraphQL errors, with a code and a Chinese
 * message, and never repeat what was sent.
 */

const CASES = DIALECTS.flatMap((dialect) => HTTP_PLATFORMS.map((platform) => [dialect, platform] as const));
const MARKER = 'hostile-marker';

interface ErrorAnswer {
  status: number;
  code: unknown;
  message: unknown;
}

describe.each(CASES)('HTTP-layer refusals (%s, %s)', (dialect, platform) => {
  let t: TestApp;
  let port: number;

  const exchange = (head: string[], body?: string | Buffer): Promise<RawAnswer> => {
    const bytes = body === undefined ? undefined : Buffer.from(body);
    const lines = [...head, 'Host: 127.0.0.1', 'Connection: close'];
    if (bytes) lines.push(`Content-Length: ${bytes.length}`);
    return rawExchange(port, { head: lines.join('\r\n'), body: bytes });
  };

  const postGraphql = (contentType: string, body: string | Buffer) => exchange(['POST /graphql HTTP/1.1', `Content-Type: ${contentType}`], body);

  /** The answer's status, code and message, after checking it has the shape of a GraphQL error and nothing else. */
  function errorOf(answer: RawAnswer): ErrorAnswer {
    if (answer.kind !== 'answer') throw new Error('the connection closed without an answer');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).not.toContain(MARKER);
    const body = JSON.parse(answer.body) as { errors?: Array<Record<string, unknown> & { extensions?: Record<string, unknown> }> };
    expect(Object.keys(body)).toEqual(['errors']);
    const [error] = body.errors ?? [];
    expect(Object.keys(error ?? {}).sort()).toEqual(['extensions', 'message']);
    expect(ERROR_CODES).toContain(error?.extensions?.code);
    expect(error?.message).toMatch(/[\u4e00-\u9fa5]/);
    return { status: answer.status, code: error?.extensions?.code, message: error?.message };
  }

  beforeAll(async () => {
    t = await createTestApp({ dialect, platform, seed: false });
    port = await listenOnLoopback(t.app);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers malformed JSON to /graphql 400 BAD_USER_INPUT', async () => {
    for (const body of ['{"query": ', `{"query": "{ __typename }", "${MARKER}`, '{]']) {
      expect(errorOf(await postGraphql('application/json', body))).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        message: '请求格式错误：请求内容无法解析',
      });
    }
  });

  it('answers a body over 1 MB 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${MARKER}${'x'.repeat(1024 * 1024)}` });
    expect(errorOf(await postGraphql('application/json', body))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
  });

  it('answers a URL over 8 KB, and one over the 16 KB header limit, 414 URI_TOO_LONG without echoing it', async () => {
    for (const length of [9 * 1024, 40 * 1024]) {
      const url = `/graphql?query=${encodeURIComponent('{ __typename }')}&${MARKER}=${'a'.repeat(length)}`;
      expect(errorOf(await exchange([`GET ${url} HTTP/1.1`]))).toEqual({ status: 414, code: 'URI_TOO_LONG', message: '请求地址过长' });
    }
  });

  it('answers a body of an unsupported media type 415 UNSUPPORTED_MEDIA_TYPE, on GraphQL and elsewhere', async () => {
    const refused = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' };
    expect(errorOf(await postGraphql('application/xml', `<query>${MARKER}</query>`))).toEqual(refused);
    expect(errorOf(await postGraphql('application/x-www-form-urlencoded', `query=${MARKER}`))).toEqual(refused);
    expect(errorOf(await exchange(['POST /healthz HTTP/1.1', 'Content-Type: image/png'], MARKER))).toEqual(refused);
  });

  it('answers headers over the limit 431 REQUEST_HEADERS_TOO_LARGE and an unknown path 404 NOT_FOUND', async () => {
    const headers = await exchange(['GET /healthz HTTP/1.1', `X-Big: ${MARKER}${'b'.repeat(20 * 1024)}`]);
    expect(errorOf(headers)).toEqual({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE', message: '请求头过大' });
    const unknown = await exchange([`POST /${MARKER} HTTP/1.1`, 'Content-Type: application/json'], '{}');
    expect(errorOf(unknown)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('still answers GraphQL and the health check afterwards', async () => {
    const graphql = await postGraphql('application/json', JSON.stringify({ query: '{ __typename }' }));
    expect(graphql.kind === 'answer' && [graphql.status, JSON.parse(graphql.body)]).toEqual([200, { data: { __typename: 'Query' } }]);
    const health = await exchange(['GET /healthz HTTP/1.1']);
    expect(health.kind === 'answer' && health.status).toBe(200);
  });
});
