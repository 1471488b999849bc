import type { StoredFileEntity } from './stored-file.entity';

/** What the client learns about a stored file (the upload answer and attachment lists). */
export interface StoredFileView {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sm3: string;
  /** Download path, relative to the BFF's origin. */
  url: string;
}

export function fileUrl(id: string): string {
  return `/api/files/${id}`;
}

export function toStoredFileView(entity: StoredFileEntity): StoredFileView {
  return { id: entity.id, name: entity.originalName, mimeType: entity.mimeType, size: entity.sizeBytes, sm3: entity.sm3, url: fileUrl(entity.id) };
}
