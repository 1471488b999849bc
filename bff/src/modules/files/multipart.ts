import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { FileException } from './files.exception';

export interface UploadedPart {
  /** The file name as the client sent it (untrusted). */
  filename: string;
  bytes: Buffer;
}

/** The Node request under either platform (Express's request is one; Fastify's exposes `.raw`). */
export function rawRequest(request: unknown): IncomingMessage {
  const candidate = request as { raw?: IncomingMessage };
  return candidate.raw ?? (request as IncomingMessage);
}

const FIELD = 'file';

/**
 * Reads the single `file` part of a multipart/form-data request into memory, stopping at `maxBytes`
 * (the rest of the stream is drained, never buffered). Anything else in the form is ignored.
 */
export function readSingleFile(request: IncomingMessage, maxBytes: number, sizeMessage: string): Promise<UploadedPart> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    return Promise.reject(FileException.invalid(FIELD, '请以 multipart/form-data 上传文件'));
  }
  return new Promise<UploadedPart>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 }, defParamCharset: 'utf8' });
    } catch {
      reject(FileException.invalid(FIELD, '上传内容格式不正确'));
      return;
    }
    let part: UploadedPart | undefined;
    let failure: FileException | undefined;
    parser.on('file', (name, stream, info) => {
      if (name !== FIELD || part || failure) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failure = FileException.invalid(FIELD, sizeMessage);
      });
      stream.on('end', () => {
        if (!failure) part = { filename: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => reject(FileException.invalid(FIELD, '上传内容格式不正确')));
    request.on('aborted', () => reject(FileException.invalid(FIELD, '上传已中断，请重试')));
    parser.on('close', () => {
      if (failure) reject(failure);
      else if (!part || part.bytes.length === 0) reject(FileException.invalid(FIELD, '请选择要上传的文件'));
      else resolve(part);
    });
    request.pipe(parser);
  });
}

interface ContentTypeParserHost {
  addContentTypeParser(type: string, parser: (request: unknown, payload: unknown, done: (error: Error | null) => void) => void): unknown;
}

/**
 * Fastify refuses content types it has no parser for; this one leaves multipart bodies unread so the
 * upload handler streams them through busboy (Express leaves them alone by itself).
 */
export function acceptMultipartStreams(fastify: ContentTypeParserHost): void {
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
}
