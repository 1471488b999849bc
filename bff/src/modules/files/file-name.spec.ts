import { contentDisposition, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps only the last path segment, without control or reserved characters', () => {
    expect(sanitizeFileName('C:\\Users\\张三\\政策 原文.pdf')).toBe('政策 原文.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('a\u0000b\u0007<c>:"|?*.docx')).toBe('abc.docx');
    expect(sanitizeFileName('  多   空格\t名.xlsx ')).toBe('多 空格 名.xlsx');
    expect(sanitizeFileName('...hidden.pdf')).toBe('hidden.pdf');
  });

  it('falls back to 附件 for an empty name and shortens long ones keeping the extension', () => {
    expect(sanitizeFileName('')).toBe('附件');
    expect(sanitizeFileName('/')).toBe('附件');
    const long = sanitizeFileName(`${'长'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(128);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('申报表 (1).pdf', 'attachment')).toBe(
      "attachment; filename=\"___ (1).pdf\"; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E8%A1%A8%20%281%29.pdf",
    );
    expect(contentDisposition('say "hi".png', 'inline')).toBe("inline; filename=\"say _hi_.png\"; filename*=UTF-8''say%20%22hi%22.png");
  });
});
