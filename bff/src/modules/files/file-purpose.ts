import { Role } from '@rongtong/shared';
import { FileKind } from './file-type';

/** What an upload is for: it decides who may upload, which kinds are accepted, the size cap and who may read. */
export enum FilePurpose {
  /** Policy and news attachments: readable by anyone once attached to published content, else by operators. */
  CONTENT_ATTACHMENT = 'CONTENT_ATTACHMENT',
  /** Home carousel images: shown to everyone, so readable by anyone. */
  BANNER_IMAGE = 'BANNER_IMAGE',
  /**
   * A loan application's material (营业执照, 银行流水 …), uploaded by the applicant: personal and business data, so
   * `/api/files/:id` serves it to its uploader only; the applications module serves it to the applicant's enterprise
   * and the deciding institution (recording each institution download in the data use log).
   */
  LOAN_MATERIAL = 'LOAN_MATERIAL',
}

/** Who may download a file through `/api/files/:id`. */
export enum FileReadAccess {
  /** Anyone, signed in or not. */
  ANYONE = 'ANYONE',
  /** Operators, and anyone once a module declares the file public (FileVisibility: attached to published content). */
  OPERATORS_UNTIL_PUBLIC = 'OPERATORS_UNTIL_PUBLIC',
  /** The uploader only; the module that claims the file serves it to others under its own rules. */
  UPLOADER = 'UPLOADER',
}

export interface PurposeRule {
  uploaders: readonly Role[];
  kinds: readonly FileKind[];
  maxBytes: number;
  readAccess: FileReadAccess;
  label: string;
}

const MB = 1024 * 1024;
const IMAGES = [FileKind.PNG, FileKind.JPEG, FileKind.WEBP];

export const PURPOSE_RULES: Readonly<Record<FilePurpose, PurposeRule>> = {
  [FilePurpose.CONTENT_ATTACHMENT]: {
    uploaders: [Role.OPERATOR],
    kinds: [FileKind.PDF, FileKind.DOC, FileKind.DOCX, FileKind.XLS, FileKind.XLSX, ...IMAGES],
    maxBytes: 10 * MB,
    readAccess: FileReadAccess.OPERATORS_UNTIL_PUBLIC,
    label: 'PDF、Word、Excel 或图片（png、jpg、webp）',
  },
  [FilePurpose.BANNER_IMAGE]: {
    uploaders: [Role.OPERATOR],
    kinds: IMAGES,
    maxBytes: 2 * MB,
    readAccess: FileReadAccess.ANYONE,
    label: '图片（png、jpg、webp）',
  },
  [FilePurpose.LOAN_MATERIAL]: {
    uploaders: [Role.ENTERPRISE],
    kinds: [FileKind.PDF, ...IMAGES],
    maxBytes: 10 * MB,
    readAccess: FileReadAccess.UPLOADER,
    label: 'PDF 或图片（png、jpg、webp）',
  },
};

export function isFilePurpose(value: unknown): value is FilePurpose {
  return typeof value === 'string' && (Object.values(FilePurpose) as string[]).includes(value);
}
