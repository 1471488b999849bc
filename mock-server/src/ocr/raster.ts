import type { Glyph, GlyphFont } from './glyphs';

export type Rgb = readonly [red: number, green: number, blue: number];

export interface TextStyle {
  font: GlyphFont;
  colour: Rgb;
  /** Extra pixels after every character. */
  letterSpacing?: number;
}

/** An 8-bit RGB pixel buffer with the few drawing operations a synthetic ID card needs. Deterministic. */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  /**
   * Mixes `colour` into the pixel with weight `alpha` (0–255); outside the raster nothing happens. Integer
   * arithmetic only: this runs for every pixel drawn (and `Math` calls are slow inside jest's sandbox).
   */
  blend(x: number, y: number, colour: Rgb, alpha = 255): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const weight = alpha >= 255 ? 255 : alpha | 0;
    const offset = (y * this.width + x) * 3;
    const pixels = this.pixels;
    for (let channel = 0; channel < 3; channel += 1) {
      pixels[offset + channel] = ((pixels[offset + channel] * (255 - weight) + colour[channel] * weight + 127) / 255) | 0;
    }
  }

  fillRect(x: number, y: number, width: number, height: number, colour: Rgb, alpha = 255): void {
    const [top, bottom, left, right] = [Math.max(0, y), Math.min(this.height, y + height), Math.max(0, x), Math.min(this.width, x + width)];
    for (let row = top; row < bottom; row += 1) {
      for (let column = left; column < right; column += 1) this.blend(column, row, colour, alpha);
    }
  }

  /** Every pixel whose centre lies inside `contains`, within the bounding box. */
  fillShape(box: { x: number; y: number; width: number; height: number }, colour: Rgb, contains: (x: number, y: number) => boolean, alpha = 255): void {
    const [top, bottom, left, right] = [Math.floor(box.y), Math.ceil(box.y + box.height), Math.floor(box.x), Math.ceil(box.x + box.width)];
    for (let row = top; row < bottom; row += 1) {
      for (let column = left; column < right; column += 1) {
        if (contains(column + 0.5, row + 0.5)) this.blend(column, row, colour, alpha);
      }
    }
  }

  fillRoundedRect(x: number, y: number, width: number, height: number, radius: number, colour: Rgb, alpha = 255): void {
    const distance = (p: number, from: number, to: number): number => (p < from ? from - p : p > to ? p - to : 0);
    this.fillShape({ x, y, width, height }, colour, (px, py) => {
      const dx = distance(px, x + radius, x + width - radius);
      const dy = distance(py, y + radius, y + height - radius);
      return dx * dx + dy * dy <= radius * radius;
    }, alpha);
  }

  fillEllipse(cx: number, cy: number, rx: number, ry: number, colour: Rgb, alpha = 255): void {
    this.fillShape({ x: cx - rx, y: cy - ry, width: 2 * rx, height: 2 * ry }, colour, (px, py) => {
      const dx = (px - cx) / rx;
      const dy = (py - cy) / ry;
      return dx * dx + dy * dy <= 1;
    }, alpha);
  }

  /** Even-odd fill of a polygon given as [x, y] corners. */
  fillPolygon(points: readonly (readonly [number, number])[], colour: Rgb): void {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    this.fillShape(box, colour, (px, py) => {
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    });
  }

  /** A wavy line across the raster: the guilloche of a security background, simplified. */
  wave(baseY: number, amplitude: number, period: number, phase: number, colour: Rgb, alpha: number): void {
    for (let x = 0; x < this.width; x += 1) {
      const y = Math.round(baseY + amplitude * Math.sin((2 * Math.PI * x) / period + phase));
      this.blend(x, y, colour, alpha);
      this.blend(x, y + 1, colour, alpha / 2);
    }
  }

  /** Draws `text` with its top-left corner at (x, y); returns the width drawn. */
  drawText(text: string, x: number, y: number, style: TextStyle): number {
    let cursor = x;
    for (const character of text) {
      const glyph = style.font.glyph(character);
      if (glyph === undefined) this.drawMissingGlyph(cursor, y, style);
      else this.drawGlyph(glyph, cursor, y, style.colour);
      cursor += this.advance(glyph, style);
    }
    return cursor - x;
  }

  textWidth(text: string, style: TextStyle): number {
    let width = 0;
    for (const character of text) width += this.advance(style.font.glyph(character), style);
    return width;
  }

  private advance(glyph: Glyph | undefined, style: TextStyle): number {
    return (glyph?.width ?? style.font.height) + (style.letterSpacing ?? 0);
  }

  private drawGlyph(glyph: Glyph, x: number, y: number, colour: Rgb): void {
    const height = glyph.alpha.length / glyph.width;
    for (let row = 0; row < height; row += 1) {
      for (let column = 0; column < glyph.width; column += 1) this.blend(x + column, y + row, colour, glyph.alpha[row * glyph.width + column]);
    }
  }

  /** A hollow box, as fonts show a character they lack. */
  private drawMissingGlyph(x: number, y: number, style: TextStyle): void {
    const size = style.font.height;
    this.fillRect(x + 2, y + 2, size - 4, 2, style.colour);
    this.fillRect(x + 2, y + size - 4, size - 4, 2, style.colour);
    this.fillRect(x + 2, y + 2, 2, size - 4, style.colour);
    this.fillRect(x + size - 4, y + 2, 2, size - 4, style.colour);
  }
}
