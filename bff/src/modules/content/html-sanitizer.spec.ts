import { sanitizeRichText } from './html-sanitizer';

describe('sanitizeRichText', () => {
  it('keeps the allowed structure and text', () => {
    expect(sanitizeRichText('<h3>一、支持对象</h3><p>对<strong>小微企业</strong>给予贴息。</p><ol><li>条件一</li></ol>')).toBe(
      '<h3>一、支持对象</h3><p>对<strong>小微企业</strong>给予贴息。</p><ol><li>条件一</li></ol>',
    );
  });

  it('removes scripts, styles and iframes together with their content', () => {
    const result = sanitizeRichText('<p>前</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><p>后</p>');
    expect(result).toBe('<p>前</p><p>后</p>');
  });

  it('removes event handlers and images with onerror', () => {
    const result = sanitizeRichText('<p onclick="steal()">正文</p><img src=x onerror="alert(1)">');
    expect(result).toBe('<p>正文</p>');
    expect(result).not.toMatch(/onerror|onclick|<img/);
  });

  it('removes javascript: and data: links but keeps https and relative ones', () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">点我</a>')).toBe('<a rel="noopener noreferrer">点我</a>');
    expect(sanitizeRichText('<a href="JaVaScRiPt:alert(1)">点我</a>')).not.toMatch(/javascript/i);
    expect(sanitizeRichText('<a href="data:text/html,x">点我</a>')).not.toMatch(/data:/);
    expect(sanitizeRichText('<a href="https://www.gov.cn/zhengce">原文</a>')).toBe(
      '<a href="https://www.gov.cn/zhengce" rel="noopener noreferrer">原文</a>',
    );
    expect(sanitizeRichText('<a href="/files/policy/a.pdf">附件</a>')).toBe('<a href="/files/policy/a.pdf" rel="noopener noreferrer">附件</a>');
  });

  it('drops inline styles and unknown attributes', () => {
    expect(sanitizeRichText('<p style="background:url(javascript:x)" class="c" id="i">文字</p>')).toBe('<p>文字</p>');
  });
});
