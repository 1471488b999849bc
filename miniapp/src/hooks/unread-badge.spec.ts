import { badgeText, isTabRoute } from './unread-badge'

describe('the 消息 tab badge', () => {
  it('shows nothing for no or unknown unread messages, the count up to 99, then 99+', () => {
    expect(badgeText(null)).toBeNull()
    expect(badgeText(0)).toBeNull()
    expect(badgeText(1)).toBe('1')
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
  })

  it('is set from tab pages only (mini-programs refuse it elsewhere)', () => {
    expect(isTabRoute('pages/messages/index')).toBe(true)
    expect(isTabRoute('/pages/index/index?from=share')).toBe(true)
    expect(isTabRoute('packages/product/detail/index')).toBe(false)
    expect(isTabRoute(undefined)).toBe(false)
  })
})
