import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { FileException } from './files.exception';

export interface UploadedPart {
  /** The file name as the client sent it (untrusted). */
  filename: string;
  bytes: Buffer;
}

export interface UploadLimits {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** The field error for a larger file. */
  sizeMessage: string;
  /** The whole body must have arrived by then (a slow-drip body is answered REQUEST_TIMEOUT, HTTP 408). */
  timeoutMs: number;
}

/** The Node request under either platform (Express's request is one; Fastify's exposes `.raw`). */
export function rawRequest(request: unknown): IncomingMessage {
  const candidate = request as { raw?: IncomingMessage };
  return candidate.raw ?? (request as IncomingMessage);
}

const FIELD = 'file';

/** The file and a few fields a client may add; a form with more parts is refused, not skimmed. */
const MAX_PARTS = 12;

/** Room for the boundaries, part headers and small fields around the file before a body counts as too large. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * After a refusal the rest of the body is read and thrown away, up to this much, so that a client that sends the
 * whole body before reading (most do) hears the answer; beyond it the answer goes at once and the connection closes
 * (see bodyLeftUnread in error-response.ts).
 */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

const MESSAGES = {
  notMultipart: '请以 multipart/form-data 上传文件',
  malformed: '上传内容格式不正确',
  tooManyParts: `上传内容包含过多字段：最多 ${MAX_PARTS} 个`,
  aborted: '上传已中断，请重试',
  missing: '请选择要上传的文件',
} as const;

/**
 * One read of the `file` part. Every outcome — the file, a field error (malformed or truncated form, too many
 * parts, too large), an aborted connection, the time limit — settles the promise exactly once, after which the
 * request is piped nowhere and carries no listener of ours.
 */
class SingleFileRead {
  private parser: busboy.Busboy | undefined;
  private part: UploadedPart | undefined;
  /** The answer once decided; given when the rest of the body has been drained (or could not be). */
  private refusal: FileException | undefined;
  private received = 0;
  private receivedAtRefusal = 0;
  private settled = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly request: IncomingMessage,
    private readonly limits: UploadLimits,
    private readonly resolve: (part: UploadedPart) => void,
    private readonly reject: (error: FileException) => void,
  ) {}

  start(): void {
    this.timer = setTimeout(this.onTimeout, this.limits.timeoutMs);
    this.request.on('data', this.onData);
    this.request.on('end', this.onEnd);
    this.request.on('aborted', this.onAborted);
    this.request.on('error', this.onAborted);
    this.request.on('close', this.onClose);
    try {
      this.parser = busboy({
        headers: this.request.headers,
        // busboy reports its parts limit as soon as that many parts have been read: one more than allowed.
        limits: { files: 1, fileSize: this.limits.maxBytes, fields: 10, fieldSize: 1024, parts: MAX_PARTS + 1 },
        defParamCharset: 'utf8',
      });
    } catch {
      // No boundary, a malformed content type, or not a form at all.
      this.refuse(FileException.invalid(FIELD, MESSAGES.malformed));
      return;
    }
    this.parser.on('file', this.onFile);
    this.parser.on('partsLimit', () => this.refuse(FileException.invalid(FIELD, MESSAGES.tooManyParts)));
    this.parser.on('error', this.onMalformed);
    this.parser.on('close', this.onParsed);
    this.request.pipe(this.parser);
  }

  private readonly onFile = (name: string, stream: Readable, info: busboy.FileInfo): void => {
    // busboy destroys the open file stream with its own error when the form breaks off: never leave it unheard.
    stream.on('error', this.onMalformed);
    if (name !== FIELD || this.part || this.refusal) {
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', this.onTooLarge);
    stream.on('end', () => {
      if (!this.refusal) this.part = { filename: info.filename ?? '', bytes: Buffer.concat(chunks) };
    });
  };

  private readonly onData = (chunk: Buffer): void => {
    this.received += chunk.length;
    if (!this.refusal) {
      if (this.received > this.limits.maxBytes + FORM_OVERHEAD_BYTES) this.onTooLarge();
    } else if (this.received - this.receivedAtRefusal > DRAIN_LIMIT_BYTES) {
      this.answerRefusal();
    }
  };

  private readonly onEnd = (): void => {
    if (this.refusal) this.answerRefusal();
  };

  private readonly onTooLarge = (): void => this.refuse(FileException.invalid(FIELD, this.limits.sizeMessage));

  private readonly onMalformed = (): void => this.refuse(FileException.invalid(FIELD, MESSAGES.malformed));

  private readonly onParsed = (): void => {
    if (this.refusal || this.settled) return;
    const part = this.part;
    if (!part || part.bytes.length === 0) this.refuse(FileException.invalid(FIELD, MESSAGES.missing));
    else this.settle(() => this.resolve(part));
  };

  private readonly onTimeout = (): void => {
    // A refusal still draining is answered now; otherwise the body is too slow and nothing more is read.
    this.refusal ??= FileException.timedOut(FIELD);
    this.answerRefusal();
  };

  private readonly onAborted = (): void => {
    this.refusal ??= FileException.invalid(FIELD, MESSAGES.aborted);
    this.answerRefusal();
  };

  private readonly onClose = (): void => {
    if (!this.request.complete) this.onAborted();
  };

  /** Stops parsing at the first problem and answers once the rest of the body has been read and dropped. */
  private refuse(refusal: FileException): void {
    if (this.refusal || this.settled) return;
    this.refusal = refusal;
    this.receivedAtRefusal = this.received;
    // Not from within busboy's own events: it still uses its state when they return.
    process.nextTick(this.drainRest);
  }

  private readonly drainRest = (): void => {
    if (this.settled) return;
    this.stopParsing();
    if (this.request.complete || this.request.readableEnded || this.request.destroyed) this.answerRefusal();
    else this.request.resume();
  };

  private answerRefusal(): void {
    const refusal = this.refusal;
    if (!refusal) return;
    this.stopParsing();
    // What has not arrived yet is not waited for: paused, the body makes the answer close the connection.
    if (!this.request.complete) this.request.pause();
    this.settle(() => this.reject(refusal));
  }

  private stopParsing(): void {
    if (!this.parser || this.parser.destroyed) return;
    this.request.unpipe(this.parser);
    this.parser.destroy();
  }

  private settle(answer: () => void): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.request.off('data', this.onData);
    this.request.off('end', this.onEnd);
    this.request.off('aborted', this.onAborted);
    this.request.off('error', this.onAborted);
    this.request.off('close', this.onClose);
    answer();
  }
}

/**
 * Reads the single `file` part of a multipart/form-data request into memory, stopping at `maxBytes`. Anything
 * else in the form is ignored. Malformed, truncated, oversized, too slow or aborted bodies are refused with a
 * field error on `file`; none of them can throw outside the returned promise.
 */
export function readSingleFile(request: IncomingMessage, limits: UploadLimits): Promise<UploadedPart> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    return Promise.reject(FileException.invalid(FIELD, MESSAGES.notMultipart));
  }
  return new Promise<UploadedPart>((resolve, reject) => new SingleFileRead(request, limits, resolve, reject).start());
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
