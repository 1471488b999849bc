import request from 'supertest';
import type { GraphqlResponse, TestApp } from './test-app';

/** A minimal well-formed PDF (what the sniffer checks is the `%PDF-` header). */
export function pdfBytes(text = '融通测试附件'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
}

/** A 1×1 PNG. */
export function pngBytes(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
}

/** A Windows executable's header (MZ … PE). */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  bytes.write('PE\0\0', 128, 'latin1');
  return bytes;
}

export interface UploadAnswer {
  status: number;
  /** The stored file, or (like every error answer) `errors` in the shape of GraphQL errors. */
  body: {
    id?: string;
    name?: string;
    mimeType?: string;
    size?: number;
    sm3?: string;
    url?: string;
    errors?: GraphqlResponse['errors'];
  };
}

/** The code and first field error of a refused upload. */
export function uploadError(answer: UploadAnswer): { code?: string; field?: { field: string; message: string } } {
  const extensions = answer.body.errors?.[0]?.extensions;
  return { code: extensions?.code, field: extensions?.fields?.[0] };
}

/** POST /api/files with the bytes in the `file` field, as Taro.uploadFile sends it. */
export async function upload(t: TestApp, token: string | null, bytes: Buffer, filename: string, purpose = 'CONTENT_ATTACHMENT'): Promise<UploadAnswer> {
  let call = request(t.http).post(`/api/files?purpose=${purpose}`);
  if (token) call = call.set('Authorization', `Bearer ${token}`);
  const response = await call.attach('file', bytes, { filename, contentType: 'application/octet-stream' });
  return { status: response.status, body: response.body as UploadAnswer['body'] };
}

/** GET a download path, optionally signed in, keeping the body as bytes. */
export function download(t: TestApp, path: string, token: string | null = null): request.Test {
  let call = request(t.http).get(path).buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
  if (token) call = call.set('Authorization', `Bearer ${token}`);
  return call;
}
