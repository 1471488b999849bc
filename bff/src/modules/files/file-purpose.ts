import { Role } from '@rongtong/shared';
import { FileKind } from './file-type';

/** What an upload is for: it decides who may upload, which kinds are accepted, the size cap and who may read. */
export enum FilePurpose {
  /** Policy and news attachments: readable by anyone once attached to published content, else by operators. */
  CONTENT_ATTACHMENT = 'CONTENT_ATTACHMENT',
  /** Home carousel images: shown to everyone, so readable by anyone. */
  BANNER_IMAGE = 'BANNER_IMAGE',
}

export interface PurposeRule {
  uploaders: readonly Role[];
  kinds: readonly FileKind[];
  maxBytes: number;
  /** Readable without signing in, whatever references it. */
  alwaysPublic: boolean;
  label: string;
}

const MB = 1024 * 1024;
const IMAGES = [FileKind.PNG, FileKind.JPEG, FileKind.WEBP];

export const PURPOSE_RULES: Readonly<Record<FilePurpose, PurposeRule>> = {
  [FilePurpose.CONTENT_ATTACHMENT]: {
    uploaders: [Role.OPERATOR],
    kinds: [FileKind.PDF, FileKind.DOC, FileKind.DOCX, FileKind.XLS, FileKind.XLSX, ...IMAGES],
    maxBytes: 10 * MB,
    alwaysPublic: false,
    label: 'PDF、Word、Excel 或图片（png、jpg、webp）',
  },
  [FilePurpose.BANNER_IMAGE]: {
    uploaders: [Role.OPERATOR],
    kinds: IMAGES,
    maxBytes: 2 * MB,
    alwaysPublic: true,
    label: '图片（png、jpg、webp）',
  },
};

export function isFilePurpose(value: unknown): value is FilePurpose {
  return typeof value === 'string' && (Object.values(FilePurpose) as string[]).includes(value);
}
