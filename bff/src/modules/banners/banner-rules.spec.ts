import { IMAGE_URL_PATTERN, isWindowOrdered, LINK_PATH_PATTERN, uploadedImageId } from './banner-rules';

describe('banner rules', () => {
  it('accepts only images the platform serves itself', () => {
    expect(IMAGE_URL_PATTERN.test('/assets/banners/credit.svg')).toBe(true);
    expect(IMAGE_URL_PATTERN.test('/files/2025/banner_01.png')).toBe(true);
    expect(IMAGE_URL_PATTERN.test('/api/files/0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(uploadedImageId('/api/files/0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(uploadedImageId('/assets/banners/credit.svg')).toBeUndefined();
    for (const url of ['https://evil.example/x.png', '//evil.example/x.png', '/files/../etc/passwd.png', '/assets/banners/x.gif', 'assets/banners/x.png', '/static/x.png', '/api/files/../x', '/api/files/0F8FAD5B-D9CB-469F-A165-70867728950E', '/api/files/0f8fad5b-d9cb-469f-a165-70867728950e/x']) {
      expect(IMAGE_URL_PATTERN.test(url)).toBe(false);
    }
  });

  it('accepts only in-app page paths as links', () => {
    expect(LINK_PATH_PATTERN.test('/pages/market/index')).toBe(true);
    expect(LINK_PATH_PATTERN.test('/packages/tools/calculator/index')).toBe(true);
    expect(LINK_PATH_PATTERN.test('/packages/product/detail/index?id=abc-123')).toBe(true);
    for (const link of ['https://evil.example/', 'javascript:alert(1)', '/pages/../x', '/api/graphql', '/pages/market/index?x=<script>']) {
      expect(LINK_PATH_PATTERN.test(link)).toBe(false);
    }
  });

  it('orders the active window when both ends are set', () => {
    const at = (iso: string) => new Date(iso);
    expect(isWindowOrdered({ startsAt: null, endsAt: null })).toBe(true);
    expect(isWindowOrdered({ startsAt: at('2025-01-01T00:00:00Z'), endsAt: at('2025-02-01T00:00:00Z') })).toBe(true);
    expect(isWindowOrdered({ startsAt: at('2025-02-01T00:00:00Z'), endsAt: at('2025-01-01T00:00:00Z') })).toBe(false);
    expect(isWindowOrdered({ startsAt: at('2025-02-01T00:00:00Z'), endsAt: at('2025-02-01T00:00:00Z') })).toBe(false);
  });
});
