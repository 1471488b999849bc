import { createHash, createHmac } from 'node:crypto';
import { BODY_FONT, TITLE_FONT } from './glyphs';
import type { IdCard, IdCardBack, IdCardFront, IdCardSide } from './id-cards';
import { encodePng, rgbScanlines, type PngHeader } from './png';
import { Raster, type Rgb, type TextStyle } from './raster';

/**
 * Synthetic ID-card images: a simple picture of the card for people, and — what the mock's OCR reads — the card's
 * fields in an iTXt chunk, bound to the picture by its digest and signed with a key only the mock holds.
 */

export const CARD_WIDTH = 856;
export const CARD_HEIGHT = 540;
export const PAYLOAD_KEYWORD = 'rongtong-id-card';
const PAYLOAD_VERSION = 1;
/** The mock's own key: only cards it rendered verify. Not a merchant secret; nothing else uses it. */
const RENDER_KEY = 'rongtong-mock-id-card-render-key-v1';

export type CardFields = IdCardFront | IdCardBack;

/** What the payload chunk carries, signed. */
export interface CardPayload {
  v: number;
  side: IdCardSide;
  fields: CardFields;
  /** Hex SHA-256 of the image header and its scanlines. */
  image: string;
}

export interface SignedCardPayload {
  card: CardPayload;
  sig: string;
}

/** Everything printed on a card, in order: the labels and titles (fixed) and the holder's values. */
export const FRONT_LABELS = ['姓名', '性别', '民族', '出生', '年', '月', '日', '住址', '公民身份号码'] as const;
export const BACK_LABELS = ['签发机关', '有效期限'] as const;
export const BACK_TITLES = ['中华人民共和国', '居民身份证'] as const;
export const WATERMARK = '测试样证';
const ADDRESS_LINE_LENGTH = 11;

const LABEL: Rgb = [28, 86, 160];
const INK: Rgb = [24, 24, 24];
const WATERMARK_INK: Rgb = [214, 60, 60];

const label = (colour: Rgb = LABEL): TextStyle => ({ font: BODY_FONT, colour });
const value: TextStyle = { font: BODY_FONT, colour: INK };

export function imageDigest(header: PngHeader | { width: number; height: number }, scanlines: Buffer): string {
  return createHash('sha256').update(`${header.width}x${header.height}\n`).update(scanlines).digest('hex');
}

export function payloadSignature(card: CardPayload): string {
  return createHmac('sha256', RENDER_KEY).update(JSON.stringify(card)).digest('hex');
}

/** 2024-05-23 → 2024.05.23; a long-term card ends 长期. */
export function validityText(back: IdCardBack): string {
  const dotted = (date: string): string => date.replace(/-/g, '.');
  return `${dotted(back.validFrom)}-${back.validTo === null ? '长期' : dotted(back.validTo)}`;
}

/** The address as printed: 11 characters a line. */
export function addressLines(address: string): string[] {
  const characters = Array.from(address);
  const lines: string[] = [];
  for (let start = 0; start < characters.length; start += ADDRESS_LINE_LENGTH) lines.push(characters.slice(start, start + ADDRESS_LINE_LENGTH).join(''));
  return lines;
}

/** Every character a card of this holder shows, for the glyph coverage check and the glyph generator. */
export function printedText(card: IdCard): string {
  const { front, back } = card;
  const [year, month, day] = front.birthDate.split('-');
  return [
    ...FRONT_LABELS, ...BACK_LABELS, WATERMARK,
    front.name, front.sex, front.ethnicity, year, String(Number(month)), String(Number(day)), front.address, front.residentId,
    back.issuingAuthority, validityText(back),
  ].join('');
}

function background(raster: Raster, tint: Rgb): void {
  for (let y = 0; y < raster.height; y += 1) {
    const t = y / raster.height;
    raster.fillRect(0, y, raster.width, 1, [Math.round(236 - 8 * t), Math.round(243 - 4 * t), Math.round(247 - 10 * t)]);
  }
  for (let line = 0; line < 14; line += 1) {
    raster.wave(40 + line * 36, 9 + (line % 3) * 3, 180 + line * 11, line * 0.7, tint, 60);
  }
}

function drawFront(raster: Raster, front: IdCardFront): void {
  background(raster, [120, 170, 210]);
  const [year, month, day] = front.birthDate.split('-');
  raster.drawText('姓名', 60, 62, label());
  raster.drawText(front.name, 150, 62, { ...value, letterSpacing: 2 });
  raster.drawText('性别', 60, 122, label());
  raster.drawText(front.sex, 150, 122, value);
  raster.drawText('民族', 260, 122, label());
  raster.drawText(front.ethnicity, 350, 122, value);
  raster.drawText('出生', 60, 182, label());
  let x = 150;
  for (const [part, unit] of [[year, '年'], [String(Number(month)), '月'], [String(Number(day)), '日']] as const) {
    x += raster.drawText(part, x, 182, value) + 6;
    x += raster.drawText(unit, x, 182, label()) + 14;
  }
  raster.drawText('住址', 60, 242, label());
  addressLines(front.address).forEach((line, index) => raster.drawText(line, 150, 242 + index * 38, value));
  raster.drawText('公民身份号码', 60, 452, label());
  raster.drawText(front.residentId, 260, 452, { ...value, letterSpacing: 6 });
  // The photo: a silhouette on a pale field.
  raster.fillRoundedRect(590, 70, 210, 262, 8, [214, 224, 234]);
  raster.fillEllipse(695, 170, 56, 70, [150, 168, 188]);
  raster.fillEllipse(695, 330, 100, 78, [150, 168, 188]);
  raster.fillRect(590, 332, 210, 80, [236, 240, 245]);
  raster.drawText(WATERMARK, 600, 360, { font: TITLE_FONT, colour: WATERMARK_INK, letterSpacing: 2 });
}

/** Five-pointed star corners around (cx, cy). */
function star(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

function drawBack(raster: Raster, back: IdCardBack): void {
  background(raster, [210, 170, 120]);
  // The emblem, simplified: red disc, golden ring, golden stars.
  raster.fillEllipse(140, 140, 80, 80, [200, 30, 36]);
  raster.fillEllipse(140, 140, 66, 66, [226, 180, 60]);
  raster.fillEllipse(140, 140, 60, 60, [200, 30, 36]);
  raster.fillPolygon(star(140, 118, 28, 11), [245, 205, 70]);
  for (const [sx, sy] of [[100, 150], [112, 176], [168, 176], [180, 150]] as const) raster.fillPolygon(star(sx, sy, 10, 4), [245, 205, 70]);
  raster.drawText('中华人民共和国', 290, 70, { font: BODY_FONT, colour: INK, letterSpacing: 14 });
  raster.drawText('居民身份证', 290, 130, { font: TITLE_FONT, colour: INK, letterSpacing: 20 });
  raster.drawText('签发机关', 150, 382, label(INK));
  raster.drawText(back.issuingAuthority, 290, 382, value);
  raster.drawText('有效期限', 150, 442, label(INK));
  raster.drawText(validityText(back), 290, 442, value);
  raster.drawText(WATERMARK, 600, 240, { font: TITLE_FONT, colour: WATERMARK_INK, letterSpacing: 2 });
}

/** The PNG of one side of a card, the same bytes every time. */
export function renderCardSide(card: IdCard, side: IdCardSide): Buffer {
  const raster = new Raster(CARD_WIDTH, CARD_HEIGHT, [255, 255, 255]);
  const fields: CardFields = side === 'FRONT' ? card.front : card.back;
  if (side === 'FRONT') drawFront(raster, card.front);
  else drawBack(raster, card.back);
  const scanlines = rgbScanlines(CARD_WIDTH, CARD_HEIGHT, raster.pixels);
  const payload: CardPayload = { v: PAYLOAD_VERSION, side, fields, image: imageDigest({ width: CARD_WIDTH, height: CARD_HEIGHT }, scanlines) };
  const signed: SignedCardPayload = { card: payload, sig: payloadSignature(payload) };
  return encodePng(CARD_WIDTH, CARD_HEIGHT, scanlines, new Map([[PAYLOAD_KEYWORD, JSON.stringify(signed)]]));
}

export const CARD_PAYLOAD_VERSION = PAYLOAD_VERSION;
