import { contentDisposition, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps only the last path segment, without control or reserved characters', () => {
    expect(sanitizeFileName('C:\\Users\\张三\\政策 原文.pdf')).toBe('政策 原文.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('a\u0000b\u0007<c>:"|?*.docx')).toBe('abc.docx');
    expect(sanitizeFileName('  多   空格\t名.xlsx ')).toBe('多 空格 名.xlsx');
    expect(sanitizeFileName('...hidden.pdf')).toBe('hidden.pdf');
  });

  it('drops bidirectional formatting characters, so a name cannot pose with another extension', () => {
    expect(sanitizeFileName('政策\u202Efdp.exe')).toBe('政策fdp.exe');
    const everyControl = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    expect(sanitizeFileName(`申报${everyControl.join('')}指南.pdf`)).toBe('申报指南.pdf');
    expect(sanitizeFileName('\u2067\u202Efdp.exe')).toBe('fdp.exe');
    expect(sanitizeFileName('\u202E\u2066')).toBe('附件');
  });

  it('drops C1 control characters and keeps Arabic and Hebrew letters', () => {
    expect(sanitizeFileName('a\u0085b\u009b.pdf')).toBe('ab.pdf');
    expect(sanitizeFileName('تقرير.pdf')).toBe('تقرير.pdf');
    expect(sanitizeFileName('דוח.pdf')).toBe('דוח.pdf');
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
