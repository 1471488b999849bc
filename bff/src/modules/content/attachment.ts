import type { ValueTransformer } from 'typeorm';

/** Attachment metadata only: the file lives under the platform's own `/files/` path; we never fetch URLs. */
export interface Attachment {
  name: string;
  url: string;
}

/** A relative path under /files/ made of safe path segments (no scheme, host, `..`, query or fragment). */
export const ATTACHMENT_URL_PATTERN = /^\/files\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function isAttachmentUrl(url: string): boolean {
  return ATTACHMENT_URL_PATTERN.test(url) && !url.split('/').includes('..');
}

function isAttachment(value: unknown): value is Attachment {
  if (typeof value !== 'object' || value === null) return false;
  const { name, url } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof url === 'string';
}

/** Stored as a JSON array; NULL (rows from before attachments existed) reads as no attachments. */
export const attachmentsTransformer: ValueTransformer = {
  to: (value: readonly Attachment[] | null | undefined) =>
    value == null ? value : JSON.stringify(value.map(({ name, url }) => ({ name, url }))),
  from: (value: string | null): Attachment[] => {
    if (!value) return [];
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter(isAttachment).map(({ name, url }) => ({ name, url })) : [];
  },
};
