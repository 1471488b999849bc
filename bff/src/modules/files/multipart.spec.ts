import { ErrorCode } from '@rongtong/shared';
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { FileException } from './files.exception';
import { readSingleFile, type UploadLimits } from './multipart';

/** Stands in for a Node request: headers, and `complete` once the client has sent the whole body. */
class FakeRequest extends PassThrough {
  complete = false;
  readonly headers: Record<string, string>;

  constructor(contentType: string) {
    super();
    this.headers = { 'content-type': contentType };
  }

  /** The client sends the rest and finishes. */
  finish(bytes: Buffer | string = ''): void {
    this.complete = true;
    this.end(bytes);
  }

  /** The client goes away mid-body. */
  abort(): void {
    this.emit('aborted');
    this.destroy();
  }

  asRequest(): IncomingMessage {
    return this as unknown as IncomingMessage;
  }
}

const EVENTS = ['data', 'end', 'aborted', 'close', 'error'] as const;
const LIMITS: UploadLimits = { maxBytes: 1024, sizeMessage: '文件不能超过 1 KB', timeoutMs: 1000 };
const FORM = 'multipart/form-data; boundary=XYZ';

function listenerCounts(request: FakeRequest): number[] {
  return EVENTS.map((event) => request.listenerCount(event));
}

function form(content: Buffer | string, filename = 'a.png'): Buffer {
  return Buffer.concat([
    Buffer.from(`--XYZ\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
    Buffer.from(content),
    Buffer.from('\r\n--XYZ--\r\n'),
  ]);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: ErrorCode; message: string; field?: string }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof FileException)) throw new Error(`expected a FileException, got ${String(error)}`);
  return { code: error.code, message: error.message, field: error.fields?.[0]?.field };
}

describe('readSingleFile', () => {
  it('reads the file part and leaves no listener behind', async () => {
    const request = new FakeRequest(FORM);
    const before = listenerCounts(request);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.finish(form('\x89PNG 内容', '图.png'));
    const part = await reading;
    expect(part.filename).toBe('图.png');
    expect(part.bytes.toString()).toBe('\x89PNG 内容');
    expect(listenerCounts(request)).toEqual(before);
  });

  it('refuses a form that ends without its closing boundary (issue 10) without an unhandled stream error', async () => {
    const request = new FakeRequest(FORM);
    const before = listenerCounts(request);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.finish(Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG', 'latin1'));
    expect(await refusal(reading)).toEqual({ code: ErrorCode.BAD_USER_INPUT, message: '上传内容格式不正确', field: 'file' });
    expect(listenerCounts(request)).toEqual(before);
  });

  it.each([
    ['no boundary', 'multipart/form-data'],
    ['an empty boundary', 'multipart/form-data; boundary='],
    ['another boundary', 'multipart/form-data; boundary=ABC'],
  ])('refuses a form with %s after reading off the body', async (_label, contentType) => {
    const request = new FakeRequest(contentType);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.finish(form('\x89PNG'));
    expect(await refusal(reading)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: '上传内容格式不正确' });
    expect(request.readableEnded).toBe(true);
  });

  it('refuses a body that is not a form at all', async () => {
    const request = new FakeRequest('application/json');
    expect(await refusal(readSingleFile(request.asRequest(), LIMITS))).toMatchObject({ message: '请以 multipart/form-data 上传文件' });
  });

  it('refuses a form of thousands of parts at the thirteenth, reading the rest off', async () => {
    const request = new FakeRequest(FORM);
    const reading = readSingleFile(request.asRequest(), { ...LIMITS, maxBytes: 1024 * 1024 });
    const fields = Array.from({ length: 3000 }, (_, n) => `--XYZ\r\nContent-Disposition: form-data; name="f${n}"\r\n\r\nv\r\n`).join('');
    request.finish(Buffer.concat([Buffer.from(fields), form('\x89PNG')]));
    expect(await refusal(reading)).toMatchObject({ message: '上传内容包含过多字段：最多 12 个', field: 'file' });
    expect(request.readableEnded).toBe(true);
  });

  it('accepts a form of twelve parts', async () => {
    const request = new FakeRequest(FORM);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    const fields = Array.from({ length: 11 }, (_, n) => `--XYZ\r\nContent-Disposition: form-data; name="f${n}"\r\n\r\nv\r\n`).join('');
    request.finish(Buffer.concat([Buffer.from(fields), form('\x89PNG')]));
    expect((await reading).bytes.toString()).toBe('\x89PNG');
  });

  it('refuses a part header over 16 KB', async () => {
    const request = new FakeRequest(FORM);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.finish(`--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n\x89PNG\r\n--XYZ--\r\n`);
    expect(await refusal(reading)).toMatchObject({ message: '上传内容格式不正确' });
  });

  it('refuses a file over the limit with its message', async () => {
    const request = new FakeRequest(FORM);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.finish(form(Buffer.alloc(2000)));
    expect(await refusal(reading)).toEqual({ code: ErrorCode.BAD_USER_INPUT, message: '文件不能超过 1 KB', field: 'file' });
    expect(request.readableEnded).toBe(true);
  });

  it('stops draining a refused body after 16 MB and leaves it paused, so the answer closes the connection', async () => {
    const request = new FakeRequest(FORM);
    const outcome = refusal(readSingleFile(request.asRequest(), LIMITS));
    request.write(form(Buffer.alloc(2000)));
    const megabyte = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 20 && request.readableFlowing !== false; i += 1) {
      request.write(megabyte);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await outcome).toMatchObject({ message: '文件不能超过 1 KB' });
    expect(request.readableFlowing).toBe(false);
    expect(request.readableEnded).toBe(false);
  });

  it('answers REQUEST_TIMEOUT when the body has not arrived in time, without waiting for the rest', async () => {
    const request = new FakeRequest(FORM);
    const before = listenerCounts(request);
    const started = Date.now();
    const reading = readSingleFile(request.asRequest(), { ...LIMITS, timeoutMs: 100 });
    request.write('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89P');
    expect(await refusal(reading)).toEqual({ code: ErrorCode.REQUEST_TIMEOUT, message: '上传超时，请检查网络后重试', field: 'file' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(request.readableFlowing).toBe(false);
    expect(listenerCounts(request)).toEqual(before);
  });

  it('refuses an aborted upload, and hears nothing of the request afterwards', async () => {
    const request = new FakeRequest(FORM);
    const before = listenerCounts(request);
    const reading = readSingleFile(request.asRequest(), LIMITS);
    request.write('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89P');
    await new Promise((resolve) => setImmediate(resolve));
    request.abort();
    expect(await refusal(reading)).toMatchObject({ message: '上传已中断，请重试' });
    expect(listenerCounts(request)).toEqual(before);
  });

  it('refuses a form without the file, or with an empty one', async () => {
    const other = new FakeRequest(FORM);
    const readingOther = readSingleFile(other.asRequest(), LIMITS);
    other.finish('--XYZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--XYZ--\r\n');
    expect(await refusal(readingOther)).toMatchObject({ message: '请选择要上传的文件' });
    const empty = new FakeRequest(FORM);
    const readingEmpty = readSingleFile(empty.asRequest(), LIMITS);
    empty.finish(form(''));
    expect(await refusal(readingEmpty)).toMatchObject({ message: '请选择要上传的文件' });
  });
});
