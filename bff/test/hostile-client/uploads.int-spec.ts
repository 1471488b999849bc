import { mulberry32, Role } from '@rongtong/shared';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { HttpPlatform } from '../../src/infra/config/app-config';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { StoredFileEntity } from '../../src/modules/files/stored-file.entity';
import { signedInUser } from '../support/auth';
import { pngBytes } from '../support/files';
import { listenOnLoopback, rawExchange, type RawAnswer, type RawRequest } from '../support/raw-http';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * A hostile client against POST /api/files over real sockets: truncated bodies (the reproduction of issue 10
 * item 0 among them), wrong and missing boundaries, thousands of parts, huge part headers, garbage, slow-drip
 * bodies and aborted connections. Each is answered 400 BAD_USER_INPUT on `file` (408 REQUEST_TIMEOUT for the
 * slow one) or simply closed, nothing is stored, and the server keeps serving.
 */

const PLATFORMS: readonly HttpPlatform[] = ['fastify', 'express'];
const CASES = DIALECTS.flatMap((dialect) => PLATFORMS.map((platform) => [dialect, platform] as const));
const UPLOAD_TIMEOUT_SECONDS = 2;
const FUZZ_SEED = 20261207;
const FUZZ_CASES = 80;

interface Case {
  name: string;
  request: Omit<RawRequest, 'head'> & { contentType: string; contentLength?: number };
  expect: 'refused' | 'timeout' | 'closed';
}

function filePart(boundary: string, filename: string, bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from('\r\n'),
  ]);
}

function validForm(boundary: string, bytes: Buffer): Buffer {
  return Buffer.concat([filePart(boundary, 'banner.png', bytes), Buffer.from(`--${boundary}--\r\n`)]);
}

function fuzzCases(seed: number, count: number): Case[] {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const token = (length: number) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[int(0, 35)]).join('');
  const randomBytes = (length: number) => Buffer.from(Array.from({ length }, () => int(0, 255)));
  const multipart = (boundary: string) => `multipart/form-data; boundary=${boundary}`;
  const kinds: Array<(index: number) => Case> = [
    (i) => {
      const boundary = token(int(1, 40));
      const form = validForm(boundary, Buffer.concat([pngBytes(), randomBytes(int(0, 20_000))]));
      const body = form.subarray(0, int(0, form.lastIndexOf(`\r\n--${boundary}--`)));
      return { name: `${i} truncated at ${body.length}`, request: { contentType: multipart(boundary), body }, expect: 'refused' };
    },
    (i) => {
      const body = validForm(token(16), Buffer.concat([pngBytes(), randomBytes(int(0, 5000))]));
      return { name: `${i} wrong boundary`, request: { contentType: multipart(token(int(1, 70))), body }, expect: 'refused' };
    },
    (i) => {
      const contentType = ['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; charset=utf-8', 'multipart/form-data; boundary="unterminated'][int(0, 3)] ?? '';
      return { name: `${i} no boundary (${contentType})`, request: { contentType, body: validForm('XYZ', pngBytes()) }, expect: 'refused' };
    },
    (i) => {
      const boundary = token(12);
      const parts = int(13, 5000);
      const fields = Array.from({ length: parts }, (_, n) => `--${boundary}\r\nContent-Disposition: form-data; name="f${n}"\r\n\r\nv\r\n`).join('');
      const body = Buffer.concat([Buffer.from(fields), validForm(boundary, pngBytes())]);
      return { name: `${i} ${parts} parts`, request: { contentType: multipart(boundary), body }, expect: 'refused' };
    },
    (i) => {
      const boundary = token(12);
      const header =
        random() < 0.5
          ? `X-Filler: ${'a'.repeat(int(17_000, 60_000))}\r\n`
          : Array.from({ length: int(2100, 4000) }, (_, n) => `X-${n}: ${token(6)}\r\n`).join('');
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n${header}\r\n`),
        pngBytes(),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { name: `${i} part header of ${header.length} bytes`, request: { contentType: multipart(boundary), body }, expect: 'refused' };
    },
    (i) => {
      const boundary = token(24);
      return { name: `${i} garbage`, request: { contentType: multipart(boundary), body: randomBytes(int(0, 8192)) }, expect: 'refused' };
    },
    (i) => {
      const body = validForm(token(16), Buffer.concat([pngBytes(), randomBytes(int(1000, 50_000))]));
      return { name: `${i} aborted`, request: { contentType: multipart(token(16)), body, abortAfter: int(0, body.length - 1) }, expect: 'closed' };
    },
  ];
  return Array.from({ length: count }, (_, index) => kinds[int(0, kinds.length - 1)]?.(index) as Case);
}

/** Every file under the files directory, as relative paths (temporary `.part` files included). */
function filesOnDisk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe.each(CASES)('hostile uploads over a real socket (%s, %s)', (dialect, platform) => {
  let t: TestApp;
  let port: number;
  let token: string;

  const uploadHead = (contentType: string, length: number) =>
    [
      'POST /api/files?purpose=BANNER_IMAGE HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      `Authorization: Bearer ${token}`,
      `Content-Type: ${contentType}`,
      `Content-Length: ${length}`,
      'Connection: close',
    ].join('\r\n');

  const send = (request: Case['request']): Promise<RawAnswer> => {
    const body = request.body ?? Buffer.alloc(0);
    return rawExchange(port, { ...request, head: uploadHead(request.contentType, request.contentLength ?? body.length) });
  };

  const stored = async () => ({
    rows: await t.dataSource.manager.count(StoredFileEntity),
    audits: await t.dataSource.manager.countBy(AuditLogEntity, { action: 'FILE_UPLOADED' }),
    disk: filesOnDisk(t.config.filesDir),
  });

  function expectRefusal(answer: RawAnswer, status: number, code: string, label: string): void {
    if (answer.kind !== 'answer') throw new Error(`${label}: the connection closed without an answer`);
    const body = JSON.parse(answer.body) as { errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string }> } }> };
    expect({ label, status: answer.status, code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.fields?.[0]?.field }).toEqual({
      label,
      status,
      code,
      field: 'file',
    });
    expect(body.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
  }

  async function expectStillServing(): Promise<void> {
    const health = await rawExchange(port, { head: `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close` });
    expect(health.kind === 'answer' && health.status).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp({ dialect, platform, seed: false, env: { UPLOAD_TIMEOUT_SECONDS: String(UPLOAD_TIMEOUT_SECONDS) } });
    port = await listenOnLoopback(t.app);
    token = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers the reproduction of issue 10 (a form that ends without its closing boundary) with 400 and keeps serving', async () => {
    const before = await stored();
    const body = Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG', 'latin1');
    const answer = await send({ contentType: 'multipart/form-data; boundary=XYZ', body });
    expectRefusal(answer, 400, 'BAD_USER_INPUT', 'reproduction');
    await expectStillServing();
    expect(await stored()).toEqual(before);
  });

  it(`refuses ${FUZZ_CASES} seeded malformed, truncated, oversized and aborted uploads, storing nothing`, async () => {
    const before = await stored();
    const started = Date.now();
    for (const fuzz of fuzzCases(FUZZ_SEED, FUZZ_CASES)) {
      const answer = await send(fuzz.request);
      if (fuzz.expect === 'refused') expectRefusal(answer, 400, 'BAD_USER_INPUT', fuzz.name);
      // An aborted upload may be answered before the cut (a refusal) or not at all; never with success.
      else if (answer.kind === 'answer') expect({ name: fuzz.name, status: answer.status }).toEqual({ name: fuzz.name, status: 400 });
    }
    expect(Date.now() - started).toBeLessThan(30_000);
    await expectStillServing();
    expect(await stored()).toEqual(before);
  });

  it('answers a slow-drip body 408 REQUEST_TIMEOUT once the upload time limit has passed, and a body that stops coming too', async () => {
    const before = await stored();
    const body = validForm('drip', Buffer.concat([pngBytes(), Buffer.alloc(8 * 1024)]));
    const started = Date.now();
    const [dripped, stalled] = await Promise.all([
      send({ contentType: 'multipart/form-data; boundary=drip', body, drip: { bytes: 64, everyMs: 50 } }),
      send({ contentType: 'multipart/form-data; boundary=drip', body: body.subarray(0, 100), contentLength: body.length }),
    ]);
    const elapsed = Date.now() - started;
    expectRefusal(dripped, 408, 'REQUEST_TIMEOUT', 'slow drip');
    expectRefusal(stalled, 408, 'REQUEST_TIMEOUT', 'stalled body');
    expect(elapsed).toBeGreaterThanOrEqual(UPLOAD_TIMEOUT_SECONDS * 1000 - 50);
    expect(elapsed).toBeLessThan(UPLOAD_TIMEOUT_SECONDS * 1000 + 3000);
    await expectStillServing();
    expect(await stored()).toEqual(before);
  });

  it('still stores a valid upload afterwards, exactly once', async () => {
    const before = await stored();
    const answer = await send({ contentType: 'multipart/form-data; boundary=fine', body: validForm('fine', pngBytes()) });
    expect(answer.kind === 'answer' && answer.status).toBe(201);
    const after = await stored();
    expect({ rows: after.rows - before.rows, audits: after.audits - before.audits, disk: after.disk.length - before.disk.length }).toEqual({
      rows: 1,
      audits: 1,
      disk: 1,
    });
    expect(after.disk.filter((path) => path.endsWith('.part'))).toEqual([]);
  });
});
