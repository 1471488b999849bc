import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * A small PNG codec (ISO/IEC 15948) for what the mock needs: writing 8-bit RGB images with text chunks, and
 * reading any PNG far enough to tell a sound file from a broken one and to find its text.
 */

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngChunk {
  type: string;
  data: Buffer;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

export interface DecodedPng {
  header: PngHeader;
  /** The inflated image data: every scanline with its filter byte. */
  scanlines: Buffer;
  /** iTXt chunks (uncompressed ones) by keyword. */
  texts: ReadonlyMap<string, string>;
}

/** Largest image the reader inflates: 40 megapixels of 16-bit RGBA, far beyond any photo of a card. */
const MAX_INFLATED_BYTES = 320 * 1024 * 1024;
const MAX_DIMENSION = 20_000;

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An uncompressed iTXt chunk: keyword, no language tag, UTF-8 text. */
function internationalText(keyword: string, text: string): Buffer {
  return Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
}

/** The scanlines of an RGB image (filter type 0 on every line), as they are deflated into IDAT. */
export function rgbScanlines(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const scanlines = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y += 1) {
    scanlines[y * (stride + 1)] = 0;
    scanlines.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return scanlines;
}

/** An 8-bit RGB PNG from prepared scanlines, with iTXt chunks before the image data. Deterministic. */
export function encodePng(width: number, height: number, scanlines: Buffer, texts: ReadonlyMap<string, string> = new Map()): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    ...[...texts].map(([keyword, text]) => chunk('iTXt', internationalText(keyword, text))),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chunks of a PNG whose structure and checksums hold; null for anything else. */
export function readChunks(bytes: Buffer): PngChunk[] | null {
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return null;
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) return null;
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return null;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(offset + 8 + length)) return null;
    const type = typeAndData.subarray(0, 4).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type)) return null;
    chunks.push({ type, data: Buffer.from(typeAndData.subarray(4)) });
    offset = end;
    if (type === 'IEND') return offset === bytes.length ? chunks : null;
  }
  return null;
}

function readHeader(data: Buffer): PngHeader | null {
  if (data.length !== 13) return null;
  const header: PngHeader = {
    width: data.readUInt32BE(0),
    height: data.readUInt32BE(4),
    bitDepth: data[8],
    colourType: data[9],
    interlace: data[12],
  };
  const sizeOk = header.width > 0 && header.height > 0 && header.width <= MAX_DIMENSION && header.height <= MAX_DIMENSION;
  const formatOk = [0, 2, 3, 4, 6].includes(header.colourType) && [1, 2, 4, 8, 16].includes(header.bitDepth) && header.interlace <= 1;
  return sizeOk && formatOk && data[10] === 0 && data[11] === 0 ? header : null;
}

function readInternationalText(data: Buffer): [keyword: string, text: string] | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79 || data.length < keywordEnd + 3) return null;
  // Compressed iTXt is not something the mock writes: left unread.
  if (data[keywordEnd + 1] !== 0) return null;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd === -1 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd === -1) return null;
  return [data.subarray(0, keywordEnd).toString('latin1'), data.subarray(translatedEnd + 1).toString('utf8')];
}

/**
 * Reads a PNG: signature, chunk checksums, a sound header first and the end last, image data that inflates.
 * Null when any of that fails: the file is damaged or not a PNG.
 */
export function decodePng(bytes: Buffer): DecodedPng | null {
  const chunks = readChunks(bytes);
  if (chunks === null || chunks[0]?.type !== 'IHDR') return null;
  const header = readHeader(chunks[0].data);
  const data = chunks.filter((candidate) => candidate.type === 'IDAT').map((candidate) => candidate.data);
  if (header === null || data.length === 0) return null;
  let scanlines: Buffer;
  try {
    scanlines = inflateSync(Buffer.concat(data), { maxOutputLength: MAX_INFLATED_BYTES });
  } catch {
    return null;
  }
  const texts = new Map<string, string>();
  for (const candidate of chunks) {
    if (candidate.type !== 'iTXt') continue;
    const text = readInternationalText(candidate.data);
    if (text !== null && !texts.has(text[0])) texts.set(text[0], text[1]);
  }
  return { header, scanlines, texts };
}

/** A JPEG from start to end marker: a photo, which the mock never renders. */
export function looksLikeJpeg(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
    && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
}
