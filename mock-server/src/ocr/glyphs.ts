import { BODY_GLYPH_DATA, TITLE_GLYPH_DATA, type GlyphData } from './glyph-data';

/** One character: its advance width and a coverage value (0–255) per pixel, rows of `width`. */
export interface Glyph {
  width: number;
  alpha: Uint8Array;
}

export interface GlyphFont {
  /** Pixel height of every glyph. */
  height: number;
  glyph(character: string): Glyph | undefined;
  has(character: string): boolean;
}

/** The four coverage levels of the 2-bit glyph data. */
const LEVELS = [0, 85, 170, 255] as const;

function unpack(width: number, height: number, packed: Buffer): Uint8Array {
  const alpha = new Uint8Array(width * height);
  for (let index = 0; index < alpha.length; index += 1) {
    const byte = packed[index >> 2] ?? 0;
    alpha[index] = LEVELS[(byte >> (6 - 2 * (index & 3))) & 3];
  }
  return alpha;
}

/** Lines of `character \t width \t base64 of 2-bit coverage, 4 pixels a byte, high bits first`. */
export function parseGlyphData(data: GlyphData): GlyphFont {
  const glyphs = new Map<string, Glyph>();
  for (const line of data.lines) {
    const [character, width, packed] = line.split('\t');
    glyphs.set(character, { width: Number(width), alpha: unpack(Number(width), data.height, Buffer.from(packed, 'base64')) });
  }
  return {
    height: data.height,
    glyph: (character) => glyphs.get(character),
    has: (character) => glyphs.has(character),
  };
}

export const BODY_FONT: GlyphFont = parseGlyphData(BODY_GLYPH_DATA);
export const TITLE_FONT: GlyphFont = parseGlyphData(TITLE_GLYPH_DATA);
