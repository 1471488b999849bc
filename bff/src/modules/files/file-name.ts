const MAX_NAME_LENGTH = 128;
const FALLBACK_NAME = '附件';

/** C0 and C1 control characters, and the characters Windows forbids in file names. */
const CONTROL_OR_RESERVED = /[\u0000-\u001f\u007f-\u009f<>:"|?*]/g;

/**
 * Bidirectional formatting characters: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069)
 * and the marks (U+200E, U+200F, U+061C). Left in, `政策\u202Efdp.exe` is displayed as 政策exe.pdf.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * A display name from whatever the client sent: only the last path segment, no control, bidirectional
 * formatting or reserved characters, whitespace collapsed, at most 128 characters with the extension kept.
 * The stored file itself is named by its id; this name is only shown and offered on download.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(CONTROL_OR_RESERVED, '')
    .replace(BIDI_CONTROLS, '')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return FALLBACK_NAME;
  if ([...cleaned].length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return [...cleaned.slice(0, cleaned.length - extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('') + extension;
}

/** RFC 5987 / 6266: an ASCII fallback in `filename`, the exact UTF-8 name in `filename*`. */
export function contentDisposition(name: string, disposition: 'inline' | 'attachment'): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
