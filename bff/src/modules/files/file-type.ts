/** The kinds of file the platform accepts, recognised from their bytes (never from the name or the client's MIME type). */
export enum FileKind {
  PDF = 'PDF',
  DOC = 'DOC',
  XLS = 'XLS',
  DOCX = 'DOCX',
  XLSX = 'XLSX',
  PNG = 'PNG',
  JPEG = 'JPEG',
  WEBP = 'WEBP',
}

export const MIME_TYPES: Readonly<Record<FileKind, string>> = {
  [FileKind.PDF]: 'application/pdf',
  [FileKind.DOC]: 'application/msword',
  [FileKind.XLS]: 'application/vnd.ms-excel',
  [FileKind.DOCX]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [FileKind.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [FileKind.PNG]: 'image/png',
  [FileKind.JPEG]: 'image/jpeg',
  [FileKind.WEBP]: 'image/webp',
};

/** File name extensions (lower case, no dot) that may carry each kind. */
export const EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  [FileKind.PDF]: ['pdf'],
  [FileKind.DOC]: ['doc'],
  [FileKind.XLS]: ['xls'],
  [FileKind.DOCX]: ['docx'],
  [FileKind.XLSX]: ['xlsx'],
  [FileKind.PNG]: ['png'],
  [FileKind.JPEG]: ['jpg', 'jpeg'],
  [FileKind.WEBP]: ['webp'],
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function startsWith(bytes: Buffer, signature: Buffer | string, offset = 0): boolean {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : signature;
  return bytes.length >= offset + expected.length && bytes.subarray(offset, offset + expected.length).equals(expected);
}

/** An OOXML package names its main part in the zip directory: word/… for documents, xl/… for workbooks. */
function officeOpenXmlKind(bytes: Buffer): FileKind | undefined {
  if (!bytes.includes('[Content_Types].xml', 0, 'latin1')) return undefined;
  if (bytes.includes('word/document.xml', 0, 'latin1')) return FileKind.DOCX;
  if (bytes.includes('xl/workbook.xml', 0, 'latin1')) return FileKind.XLSX;
  return undefined;
}

/**
 * The kind of an OLE compound file (legacy .doc / .xls) cannot be told from the header alone; its
 * directory names the stream (UTF-16 "WordDocument" or "Workbook"/"Book").
 */
function oleKind(bytes: Buffer): FileKind | undefined {
  if (bytes.includes(Buffer.from('WordDocument', 'utf16le'))) return FileKind.DOC;
  if (bytes.includes(Buffer.from('Workbook', 'utf16le')) || bytes.includes(Buffer.from('Book', 'utf16le'))) return FileKind.XLS;
  return undefined;
}

/** The accepted kind these bytes are, or undefined for anything else (executables, scripts, archives, …). */
export function sniffFileKind(bytes: Buffer): FileKind | undefined {
  if (startsWith(bytes, '%PDF-')) return FileKind.PDF;
  if (startsWith(bytes, PNG_SIGNATURE)) return FileKind.PNG;
  if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return FileKind.JPEG;
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return FileKind.WEBP;
  if (startsWith(bytes, ZIP_SIGNATURE)) return officeOpenXmlKind(bytes);
  if (startsWith(bytes, OLE_SIGNATURE)) return oleKind(bytes);
  return undefined;
}

/** The lower-case extension of a file name, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
