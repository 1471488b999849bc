import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@rongtong/shared';
import { INVALID_JSON_FIELD } from '../face/errors';
import { isRefusal, parseJsonBody, rawBodyOf, registerRawJsonBody, type SignedRequestGate } from '../face/request-auth';
import { badUserInput, notFound } from '../http-errors';
import { maskResidentId } from '../identity/masking';
import { isPlainObject } from '../json';
import { rejectUnknownKeys } from '../validation';
import { renderCardSide } from './card-image';
import { findSampleCard, ID_CARD_SIDES, listSampleCards, type IdCardSide, type SampleCard } from './id-cards';
import { readIdCard } from './reader';

export const OCR_PATH = '/ocr/v1/id-card';
export const SAMPLES_PATH = '/ocr/v1/samples';
/** The largest image the OCR reads, decoded. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Standard base64 with padding: groups of four, `=` only at the end. A loop, as a regex over megabytes would recurse. */
export function isBase64(text: string): boolean {
  if (text.length === 0 || text.length % 4 !== 0) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let index = 0; index < text.length - padding; index += 1) {
    const code = text.charCodeAt(index);
    const letterOrDigit = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!letterOrDigit && code !== 43 && code !== 47) return false;
  }
  return true;
}
const SAMPLE_FILES: Readonly<Record<string, IdCardSide>> = { 'front.png': 'FRONT', 'back.png': 'BACK' };

interface OcrRequest {
  side: IdCardSide;
  image: Buffer;
}

/** `{ side: "FRONT" | "BACK", image: base64 }`; every problem named by field, in Chinese. */
export function parseOcrRequest(input: unknown): { ok: true; value: OcrRequest } | { ok: false; fields: FieldError[] } {
  if (!isPlainObject(input)) return { ok: false, fields: [{ field: 'body', message: '请求体必须是 JSON 对象，例如 {"side":"FRONT","image":"iVBOR…"}' }] };
  const fields: FieldError[] = [];
  rejectUnknownKeys(input, ['side', 'image'], '', fields);
  const side = ID_CARD_SIDES.find((candidate) => candidate === input.side);
  if (side === undefined) fields.push({ field: 'side', message: '证件面必须是 FRONT（人像面）或 BACK（国徽面）' });
  let image: Buffer | undefined;
  if (typeof input.image !== 'string' || !isBase64(input.image)) {
    fields.push({ field: 'image', message: '图片必须是非空的标准 Base64 编码（不带 data: 前缀）' });
  } else {
    image = Buffer.from(input.image, 'base64');
    if (image.length > MAX_IMAGE_BYTES) fields.push({ field: 'image', message: '图片不能超过 5 MB' });
  }
  if (fields.length > 0 || side === undefined || image === undefined) return { ok: false, fields };
  return { ok: true, value: { side, image } };
}

function sampleSummary(sample: SampleCard) {
  const base = `${SAMPLES_PATH}/${sample.identityId}`;
  return {
    identityId: sample.identityId,
    kind: sample.kind,
    holderSub: sample.holderSub,
    name: sample.card.front.name,
    residentIdMasked: maskResidentId(sample.card.front.residentId),
    validFrom: sample.card.back.validFrom,
    validTo: sample.card.back.validTo,
    frontUrl: `${base}/front.png`,
    backUrl: `${base}/back.png`,
  };
}

/**
 * ID-card OCR of the identity-verification provider: the signed recognition endpoint, and the sample cards it can
 * read (each test identity's, another person's, an expired one) as PNG files, rendered once and kept.
 */
export function registerOcrRoutes(app: FastifyInstance, gate: SignedRequestGate): void {
  const rendered = new Map<string, Buffer>();

  app.get(SAMPLES_PATH, async () => ({ samples: listSampleCards().map(sampleSummary) }));

  app.get<{ Params: { identityId: string; file: string } }>(`${SAMPLES_PATH}/:identityId/:file`, async (request, reply) => {
    const sample = findSampleCard(request.params.identityId);
    const side = Object.hasOwn(SAMPLE_FILES, request.params.file) ? SAMPLE_FILES[request.params.file] : undefined;
    if (sample === undefined || side === undefined) {
      return reply.code(404).send(notFound('没有这张样例身份证：身份标识见 GET /ocr/v1/samples，文件为 front.png 或 back.png'));
    }
    const key = `${sample.identityId}/${side}`;
    const png = rendered.get(key) ?? renderCardSide(sample.card, side);
    rendered.set(key, png);
    return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
  });

  void app.register(async (api) => {
    registerRawJsonBody(api);
    api.post(OCR_PATH, async (request, reply) => {
      const raw = rawBodyOf(request);
      const caller = gate.authenticate(request, raw);
      if (isRefusal(caller)) return reply.code(caller.status).send(caller.body);
      const json = parseJsonBody(raw);
      if (json === undefined) return reply.code(400).send(badUserInput([INVALID_JSON_FIELD]));
      const parsed = parseOcrRequest(json);
      if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
      const outcome = readIdCard(parsed.value.image, parsed.value.side);
      request.log.info({ merchantId: caller.merchantId, side: parsed.value.side, outcome: outcome.ok ? 'READ' : outcome.code }, 'id card ocr');
      if (!outcome.ok) return reply.code(422).send({ code: outcome.code, message: outcome.message });
      return outcome.reading;
    });
  });
}
