/** An SVG document as an image address (for an <Image> showing a server-drawn QR code). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
