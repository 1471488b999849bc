import { extensionOf, FileKind, sniffFileKind } from './file-type';

const ole = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);
const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\0'), 'latin1')]);

describe('sniffFileKind', () => {
  it('recognises every accepted kind from its bytes', () => {
    expect(sniffFileKind(Buffer.from('%PDF-1.7\n'))).toBe(FileKind.PDF);
    expect(sniffFileKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(FileKind.PNG);
    expect(sniffFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(FileKind.JPEG);
    expect(sniffFileKind(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(FileKind.WEBP);
    expect(sniffFileKind(zip('[Content_Types].xml', 'word/document.xml'))).toBe(FileKind.DOCX);
    expect(sniffFileKind(zip('[Content_Types].xml', 'xl/workbook.xml'))).toBe(FileKind.XLSX);
    expect(sniffFileKind(ole('WordDocument'))).toBe(FileKind.DOC);
    expect(sniffFileKind(ole('Workbook'))).toBe(FileKind.XLS);
  });

  it('accepts nothing else: executables, scripts, HTML, plain zips, unknown OLE files, truncated headers', () => {
    for (const bytes of [
      Buffer.from('MZ\x90\x00', 'latin1'),
      Buffer.from('\x7fELF', 'latin1'),
      Buffer.from('#!/bin/sh\nrm -rf /'),
      Buffer.from('<html><script>alert(1)</script>'),
      Buffer.from('GIF89a'),
      zip('payload.exe'),
      ole('PowerPoint Document'),
      Buffer.from('%PD'),
      Buffer.alloc(0),
    ]) {
      expect(sniffFileKind(bytes)).toBeUndefined();
    }
  });
});

describe('extensionOf', () => {
  it('is the lower-case text after the last dot, empty for none or a leading dot only', () => {
    expect(extensionOf('申报表.PDF')).toBe('pdf');
    expect(extensionOf('a.tar.gz')).toBe('gz');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.pdf')).toBe('');
  });
});
