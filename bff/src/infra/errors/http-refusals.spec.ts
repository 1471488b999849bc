import { ErrorCode } from '@rongtong/shared';
import type { IncomingMessage } from 'node:http';
import { clientErrorStatus, MAX_URL_LENGTH, type ClientError } from './client-error';
import { errorResponseBody, refusalBody } from './error-response';
import { refusalStatus } from './http-refusals.middleware';

function parserError(code: string, rawPacket?: string): ClientError {
  return Object.assign(new Error(code), { code, rawPacket: rawPacket === undefined ? undefined : Buffer.from(rawPacket, 'latin1') });
}

function request(url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { url, headers } as unknown as IncomingMessage;
}

describe('refusalBody', () => {
  it('answers each refusal of the HTTP layer with its code and a Chinese message, in the shape of GraphQL errors', () => {
    expect(refusalBody(400)).toEqual(errorResponseBody('请求格式错误：请求内容无法解析', { code: ErrorCode.BAD_USER_INPUT, fields: [] }));
    expect(refusalBody(408)).toEqual({ errors: [{ message: '请求超时，请检查网络后重试', extensions: { code: 'REQUEST_TIMEOUT' } }] });
    expect(refusalBody(413)).toEqual({ errors: [{ message: '请求内容过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(refusalBody(414)).toEqual({ errors: [{ message: '请求地址过长', extensions: { code: 'URI_TOO_LONG' } }] });
    expect(refusalBody(415)).toEqual({ errors: [{ message: '不支持的请求内容类型', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    expect(refusalBody(431)).toEqual({ errors: [{ message: '请求头过大', extensions: { code: 'REQUEST_HEADERS_TOO_LARGE' } }] });
    expect(refusalBody(404).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('gives other client errors BAD_USER_INPUT and server errors their own code', () => {
    expect(refusalBody(405).errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [] });
    expect(refusalBody(503).errors[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(refusalBody(500).errors[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('clientErrorStatus', () => {
  it('tells a URL that overflowed the header limit (414) from headers that did (431)', () => {
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', `GET /?q=${'a'.repeat(20_000)}`))).toBe(414);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', `GET /?q=${'a'.repeat(MAX_URL_LENGTH)} HTTP/1.1\r\nHost: x\r\n`))).toBe(414);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', `GET / HTTP/1.1\r\nX-Big: ${'b'.repeat(20_000)}`))).toBe(431);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW'))).toBe(431);
  });

  it('answers timeouts 408, oversized chunk extensions 413 and anything else 400', () => {
    expect(clientErrorStatus(parserError('ERR_HTTP_REQUEST_TIMEOUT'))).toBe(408);
    expect(clientErrorStatus(parserError('HPE_CHUNK_EXTENSIONS_OVERFLOW'))).toBe(413);
    expect(clientErrorStatus(parserError('HPE_INVALID_METHOD'))).toBe(400);
    expect(clientErrorStatus(parserError('HPE_INVALID_CONSTANT'))).toBe(400);
  });
});

describe('refusalStatus', () => {
  it('refuses a URL longer than 8 KB', () => {
    expect(refusalStatus(request(`/graphql?query=${'a'.repeat(MAX_URL_LENGTH)}`))).toBe(414);
    expect(refusalStatus(request(`/graphql?query=${'a'.repeat(MAX_URL_LENGTH - 20)}`))).toBeUndefined();
  });

  it('refuses a body of a media type nothing reads, and lets JSON, forms and text/plain through', () => {
    const withBody = (contentType: string | undefined) =>
      request('/graphql', { 'content-length': '10', ...(contentType === undefined ? {} : { 'content-type': contentType }) });
    expect(refusalStatus(withBody('application/xml'))).toBe(415);
    expect(refusalStatus(withBody('application/x-www-form-urlencoded'))).toBe(415);
    expect(refusalStatus(withBody(undefined))).toBe(415);
    expect(refusalStatus(request('/graphql', { 'transfer-encoding': 'chunked', 'content-type': 'image/png' }))).toBe(415);
    expect(refusalStatus(withBody('application/json; charset=utf-8'))).toBeUndefined();
    expect(refusalStatus(withBody('Application/JSON'))).toBeUndefined();
    expect(refusalStatus(withBody('multipart/form-data; boundary=x'))).toBeUndefined();
    expect(refusalStatus(withBody('text/plain'))).toBeUndefined();
  });

  it('does not mind the content type of a request without a body', () => {
    expect(refusalStatus(request('/healthz', { 'content-type': 'application/xml' }))).toBeUndefined();
    expect(refusalStatus(request('/healthz', { 'content-type': 'application/xml', 'content-length': '0' }))).toBeUndefined();
  });
});
