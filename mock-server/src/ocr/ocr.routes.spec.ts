import { crc32 } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { validateResidentId } from '@rongtong/shared';
import { buildMockServer } from '../app';
import { newNonce, signedPost, type SignOptions } from '../face/merchant-test-client';
import { defaultHostIdentity, listTestIdentities } from '../identity/identities';
import { PAYLOAD_KEYWORD, printedText, renderCardSide, BACK_TITLES, WATERMARK, type SignedCardPayload } from './card-image';
import { BODY_FONT, TITLE_FONT } from './glyphs';
import { findSampleCard, listSampleCards, type IdCardSide } from './id-cards';
import { decodePng, encodePng, readChunks, rgbScanlines, PNG_SIGNATURE } from './png';

const NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const host = defaultHostIdentity();

interface SampleSummary {
  identityId: string;
  kind: string;
  holderSub: string | null;
  name: string;
  validTo: string | null;
  frontUrl: string;
  backUrl: string;
}

/** The PNG with one chunk's data replaced and every checksum right. */
function withChunkData(png: Buffer, type: string, data: Buffer): Buffer {
  const chunks = readChunks(png) ?? [];
  return Buffer.concat([
    PNG_SIGNATURE,
    ...chunks.map((chunk) => {
      const body = Buffer.concat([Buffer.from(chunk.type, 'latin1'), chunk.type === type ? data : chunk.data]);
      const framing = Buffer.alloc(8);
      framing.writeUInt32BE(body.length - 4, 0);
      framing.writeUInt32BE(crc32(body), 4);
      return Buffer.concat([framing.subarray(0, 4), body, framing.subarray(4)]);
    }),
  ]);
}

/** The PNG with its payload chunk replaced by `text`, checksums recomputed: a careful forger's work. */
function withPayloadText(png: Buffer, text: string): Buffer {
  const decoded = decodePng(png);
  if (decoded === null) throw new Error('not a PNG');
  return encodePng(decoded.header.width, decoded.header.height, decoded.scanlines, new Map([[PAYLOAD_KEYWORD, text]]));
}

function payloadOf(png: Buffer): SignedCardPayload {
  const text = decodePng(png)?.texts.get(PAYLOAD_KEYWORD);
  if (text === undefined) throw new Error('no payload');
  return JSON.parse(text) as SignedCardPayload;
}

describe('ID-card OCR', () => {
  let app: FastifyInstance;

  beforeAll(() => {
    app = buildMockServer({ logger: false, face: { nowMs: () => NOW } });
  });

  afterAll(async () => {
    await app.close();
  });

  const sampleImage = async (identityId: string, side: 'front' | 'back'): Promise<Buffer> => {
    const response = await app.inject({ method: 'GET', url: `/ocr/v1/samples/${identityId}/${side}.png` });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const ocr = (image: Buffer | string, side: IdCardSide | string, options: SignOptions = {}) =>
    signedPost(app, '/ocr/v1/id-card', { side, image: typeof image === 'string' ? image : image.toString('base64') }, options, NOW);

  describe('sample cards', () => {
    it('lists a card for every test identity, another person and an expired card', async () => {
      const { samples } = (await app.inject({ method: 'GET', url: '/ocr/v1/samples' })).json<{ samples: SampleSummary[] }>();
      const identities = listTestIdentities();
      expect(samples).toHaveLength(identities.length + 2);
      expect(samples.slice(0, identities.length).map((sample) => [sample.identityId, sample.holderSub, sample.name])).toEqual(
        identities.map((identity) => [identity.sub, identity.sub, identity.name]),
      );
      const other = samples.find((sample) => sample.kind === 'OTHER_PERSON');
      expect(other).toMatchObject({ identityId: 'other-person', holderSub: null, frontUrl: '/ocr/v1/samples/other-person/front.png' });
      const otherCard = findSampleCard('other-person')?.card.front;
      expect(identities.some((identity) => identity.name === otherCard?.name || identity.residentId === otherCard?.residentId)).toBe(false);
      expect(validateResidentId(otherCard?.residentId ?? '')).toEqual({ ok: true });
      const expired = samples.find((sample) => sample.kind === 'EXPIRED');
      expect(expired).toMatchObject({ identityId: 'expired', holderSub: host.sub, name: host.name });
      expect(expired?.validTo !== null && expired!.validTo < '2025-01-01').toBe(true);
    });

    it('gives every current card a validity reaching at least 2030 (or 长期), by the age rule', () => {
      for (const sample of listSampleCards().filter((candidate) => candidate.kind !== 'EXPIRED')) {
        const { validFrom, validTo } = sample.card.back;
        expect(validFrom >= '2020-01-01' && validFrom <= '2024-12-31').toBe(true);
        if (validTo !== null) expect(validTo >= '2030-01-01').toBe(true);
        expect(sample.card.front.birthDate.replace(/-/g, '')).toBe(sample.card.front.residentId.slice(6, 14));
      }
    });

    it('serves deterministic PNG files, and 404 for anything else', async () => {
      const response = await app.inject({ method: 'GET', url: `/ocr/v1/samples/${host.sub}/front.png` });
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const card = findSampleCard(host.sub)?.card;
      expect(card && response.rawPayload.equals(renderCardSide(card, 'FRONT'))).toBe(true);
      expect(decodePng(response.rawPayload)?.header).toMatchObject({ width: 856, height: 540 });
      for (const url of ['/ocr/v1/samples/nobody/front.png', `/ocr/v1/samples/${host.sub}/side.png`, `/ocr/v1/samples/${host.sub}/constructor`]) {
        expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
      }
    });

    it('has a glyph for every character any sample card prints', () => {
      const missing = new Set<string>();
      for (const sample of listSampleCards()) for (const character of printedText(sample.card)) if (!BODY_FONT.has(character)) missing.add(character);
      for (const character of BACK_TITLES[1] + WATERMARK) if (!TITLE_FONT.has(character)) missing.add(character);
      // When this fails, regenerate the glyphs: node mock-server/scripts/generate-id-card-glyphs.mjs
      expect([...missing]).toEqual([]);
    });
  });

  describe('reading its own cards', () => {
    it('reads the front: name, sex, ethnicity, birth date, address and ID number', async () => {
      const response = await ocr(await sampleImage(host.sub, 'front'), 'FRONT');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ side: 'FRONT', ...findSampleCard(host.sub)?.card.front });
      expect(response.json()).toMatchObject({ name: host.name, residentId: host.residentId });
    });

    it('reads the back: issuing authority and validity', async () => {
      const response = await ocr(await sampleImage(host.sub, 'back'), 'BACK');
      const back = findSampleCard(host.sub)?.card.back;
      expect(response.json()).toEqual({
        side: 'BACK',
        ...back,
        validityText: `${back?.validFrom.replace(/-/g, '.')}-${back?.validTo === null ? '长期' : back?.validTo.replace(/-/g, '.')}`,
      });
    });

    it('reads another person’s card and the expired card as they are: judging them is the merchant’s part', async () => {
      expect((await ocr(await sampleImage('other-person', 'front'), 'FRONT')).json()).toMatchObject({ name: '郑雨桐' });
      const expired = (await ocr(await sampleImage('expired', 'back'), 'BACK')).json();
      expect(expired.validTo < '2025-01-01').toBe(true);
      expect((await ocr(await sampleImage('expired', 'front'), 'FRONT')).json()).toMatchObject({ residentId: host.residentId });
    });

    it('reads a long-term card with validTo null', async () => {
      const longTerm = listSampleCards().find((sample) => sample.card.back.validTo === null);
      expect(longTerm).toBeDefined();
      const response = await ocr(await sampleImage(longTerm?.identityId ?? '', 'back'), 'BACK');
      expect(response.json()).toMatchObject({ validTo: null });
      expect(response.json().validityText).toMatch(/^\d{4}\.\d{2}\.\d{2}-长期$/);
    });
  });

  describe('refusals, with a Chinese reason', () => {
    it('the wrong side', async () => {
      const front = await ocr(await sampleImage(host.sub, 'front'), 'BACK');
      expect(front.statusCode).toBe(422);
      expect(front.json()).toEqual({ code: 'OCR_WRONG_SIDE', message: '上传的是身份证人像面，请拍摄国徽面' });
      const back = await ocr(await sampleImage(host.sub, 'back'), 'FRONT');
      expect(back.json()).toEqual({ code: 'OCR_WRONG_SIDE', message: '上传的是身份证国徽面，请拍摄人像面' });
    });

    it('an image it did not render: a plain PNG or a JPEG photo', async () => {
      const plain = encodePng(4, 2, rgbScanlines(4, 2, new Uint8Array(24).fill(200)));
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]);
      for (const image of [plain, jpeg]) {
        const response = await ocr(image, 'FRONT');
        expect(response.statusCode).toBe(422);
        expect(response.json()).toEqual({ code: 'OCR_NOT_ID_CARD', message: '未在图片中识别到居民身份证，请拍摄身份证原件' });
      }
    });

    it('unreadable bytes: not an image, truncated, a broken checksum', async () => {
      const png = await sampleImage(host.sub, 'front');
      const flipped = Buffer.from(png);
      flipped[png.length - 40] ^= 0xff;
      for (const image of [Buffer.from('GIF89a not really'), png.subarray(0, png.length - 20), flipped]) {
        const response = await ocr(image, 'FRONT');
        expect(response.json()).toEqual({ code: 'OCR_UNREADABLE', message: '图片已损坏或格式无法识别，请重新拍摄身份证' });
      }
    });

    it('a tampered card: edited pixels, edited fields, a transplanted or self-signed payload', async () => {
      const png = await sampleImage(host.sub, 'front');
      const decoded = decodePng(png);
      if (decoded === null) throw new Error('sample does not decode');
      const text = decoded.texts.get(PAYLOAD_KEYWORD) ?? '';
      const scanlines = Buffer.from(decoded.scanlines);
      scanlines[500] ^= 0x10;
      const editedPixels = encodePng(856, 540, scanlines, new Map([[PAYLOAD_KEYWORD, text]]));
      const payload = payloadOf(png);
      const editedFields = withPayloadText(png, JSON.stringify({ ...payload, card: { ...payload.card, fields: { ...payload.card.fields, name: '沈波' } } }));
      const transplanted = withPayloadText(await sampleImage('other-person', 'front'), text);
      const selfSigned = withPayloadText(png, JSON.stringify({ ...payload, sig: 'f'.repeat(64) }));
      const garbage = withPayloadText(png, '{"card":');
      for (const image of [editedPixels, editedFields, transplanted, selfSigned, garbage]) {
        const response = await ocr(image, 'FRONT');
        expect(response.json()).toEqual({ code: 'OCR_TAMPERED', message: '身份证图片疑似经过修改，请拍摄身份证原件' });
      }
    });
  });

  describe('signing and input', () => {
    it('is signed like face verification: forged, stale and replayed requests are refused', async () => {
      const image = await sampleImage(host.sub, 'back');
      expect((await ocr(image, 'BACK', { secret: 'not-the-merchant-secret' })).json().code).toBe('SIGNATURE_INVALID');
      expect((await ocr(image, 'BACK', { timestamp: String(NOW - 5 * 60_000 - 1) })).json().code).toBe('TIMESTAMP_STALE');
      const nonce = newNonce();
      expect((await ocr(image, 'BACK', { nonce })).statusCode).toBe(200);
      const replay = await ocr(image, 'BACK', { nonce });
      expect(replay.statusCode).toBe(409);
      expect(replay.json().code).toBe('NONCE_REUSED');
    });

    it('names bad fields: side, image not base64, image over 5 MB, unknown keys', async () => {
      const bad = await signedPost(app, '/ocr/v1/id-card', { side: 'TOP', image: 'data:image/png;base64,AAAA', extra: 1 }, {}, NOW);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields.map((error: { field: string }) => error.field).sort()).toEqual(['extra', 'image', 'side']);
      const huge = await ocr(Buffer.alloc(5 * 1024 * 1024 + 1), 'FRONT');
      expect(huge.statusCode).toBe(400);
      expect(huge.json().fields).toEqual([{ field: 'image', message: '图片不能超过 5 MB' }]);
      const notJson = await signedPost(app, '/ocr/v1/id-card', '{"side":', {}, NOW);
      expect(notJson.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body' }] });
    });
  });
});

describe('png', () => {
  it('writes what it reads: header, scanlines and text chunks, checksums sound', () => {
    const rgb = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const png = encodePng(2, 2, rgbScanlines(2, 2, rgb), new Map([['k', '中文 text']]));
    expect(readChunks(png)?.map((chunk) => chunk.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    const decoded = decodePng(png);
    expect(decoded?.header).toEqual({ width: 2, height: 2, bitDepth: 8, colourType: 2, interlace: 0 });
    expect([...(decoded?.scanlines ?? [])]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12]);
    expect(decoded?.texts.get('k')).toBe('中文 text');
  });

  it('refuses bytes after the end, a missing end, a bad header and image data that does not inflate', () => {
    const png = encodePng(1, 1, rgbScanlines(1, 1, new Uint8Array(3)));
    expect(decodePng(png)).not.toBeNull();
    expect(decodePng(Buffer.concat([png, Buffer.from([0])]))).toBeNull();
    expect(decodePng(png.subarray(0, png.length - 12))).toBeNull();
    expect(decodePng(withChunkData(png, 'IDAT', Buffer.from('not deflated')))).toBeNull();
    expect(decodePng(withChunkData(png, 'IHDR', Buffer.alloc(13)))).toBeNull();
  });
});
