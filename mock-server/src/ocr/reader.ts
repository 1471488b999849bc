import { isPlainObject } from '../json';
import { constantTimeEqual } from '../identity/secrets';
import {
  CARD_PAYLOAD_VERSION,
  imageDigest,
  PAYLOAD_KEYWORD,
  payloadSignature,
  validityText,
  type CardPayload,
} from './card-image';
import { ID_CARD_SIDES, type IdCardBack, type IdCardFront, type IdCardSide } from './id-cards';
import { decodePng, looksLikeJpeg } from './png';

/** Why the OCR read nothing. */
export enum OcrErrorCode {
  /** Not a PNG or JPEG that decodes: damaged, truncated, another format. */
  OCR_UNREADABLE = 'OCR_UNREADABLE',
  /** A sound image, but no ID card the provider can read: an ordinary photo, a screenshot, another document. */
  OCR_NOT_ID_CARD = 'OCR_NOT_ID_CARD',
  /** A card whose picture or fields were changed after it was made. */
  OCR_TAMPERED = 'OCR_TAMPERED',
  /** The other side of the card than the one asked for. */
  OCR_WRONG_SIDE = 'OCR_WRONG_SIDE',
}

export const OCR_ERROR_MESSAGES: Record<Exclude<OcrErrorCode, OcrErrorCode.OCR_WRONG_SIDE>, string> = {
  [OcrErrorCode.OCR_UNREADABLE]: '图片已损坏或格式无法识别，请重新拍摄身份证',
  [OcrErrorCode.OCR_NOT_ID_CARD]: '未在图片中识别到居民身份证，请拍摄身份证原件',
  [OcrErrorCode.OCR_TAMPERED]: '身份证图片疑似经过修改，请拍摄身份证原件',
};

export const WRONG_SIDE_MESSAGES: Record<IdCardSide, string> = {
  FRONT: '上传的是身份证国徽面，请拍摄人像面',
  BACK: '上传的是身份证人像面，请拍摄国徽面',
};

export type FrontReading = { side: 'FRONT' } & IdCardFront;
export type BackReading = { side: 'BACK' } & IdCardBack & { validityText: string };
export type OcrReading = FrontReading | BackReading;

export type OcrOutcome = { ok: true; reading: OcrReading } | { ok: false; code: OcrErrorCode; message: string };

function refuse(code: Exclude<OcrErrorCode, OcrErrorCode.OCR_WRONG_SIDE>): OcrOutcome {
  return { ok: false, code, message: OCR_ERROR_MESSAGES[code] };
}

/** The signed payload of the chunk, null when absent or not even shaped like one. */
function payloadOf(text: string | undefined): { card: CardPayload; sig: string } | null {
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlainObject(parsed) || !isPlainObject(parsed.card) || typeof parsed.sig !== 'string') return null;
  const { card } = parsed;
  if (card.v !== CARD_PAYLOAD_VERSION || !ID_CARD_SIDES.some((side) => side === card.side) || !isPlainObject(card.fields) || typeof card.image !== 'string') {
    return null;
  }
  return { card: card as unknown as CardPayload, sig: parsed.sig };
}

/**
 * Reads one side of an ID card from an image: only the cards the mock rendered carry readable fields, and only as
 * rendered — the fields' signature and the picture's digest must both hold.
 */
export function readIdCard(bytes: Buffer, side: IdCardSide): OcrOutcome {
  const png = decodePng(bytes);
  if (png === null) return looksLikeJpeg(bytes) ? refuse(OcrErrorCode.OCR_NOT_ID_CARD) : refuse(OcrErrorCode.OCR_UNREADABLE);
  const text = png.texts.get(PAYLOAD_KEYWORD);
  const payload = payloadOf(text);
  if (payload === null) return refuse(text === undefined ? OcrErrorCode.OCR_NOT_ID_CARD : OcrErrorCode.OCR_TAMPERED);
  const signed = constantTimeEqual(payload.sig, payloadSignature(payload.card));
  if (!signed || payload.card.image !== imageDigest(png.header, png.scanlines)) return refuse(OcrErrorCode.OCR_TAMPERED);
  const { card } = payload;
  if (card.side !== side) return { ok: false, code: OcrErrorCode.OCR_WRONG_SIDE, message: WRONG_SIDE_MESSAGES[side] };
  // Signed by the mock, so shaped as it rendered them.
  if (card.side === 'FRONT') {
    const { name, sex, ethnicity, birthDate, address, residentId } = card.fields as IdCardFront;
    return { ok: true, reading: { side: 'FRONT', name, sex, ethnicity, birthDate, address, residentId } };
  }
  const { issuingAuthority, validFrom, validTo } = card.fields as IdCardBack;
  const back: IdCardBack = { issuingAuthority, validFrom, validTo };
  return { ok: true, reading: { side: 'BACK', ...back, validityText: validityText(back) } };
}
