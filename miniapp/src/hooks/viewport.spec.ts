import { DESKTOP_MIN_WIDTH, viewportFor } from './viewport'

describe('viewportFor', () => {
  it('switches the H5 build to the desktop layout from 1024 px', () => {
    expect(viewportFor(DESKTOP_MIN_WIDTH - 1, 'h5').isDesktop).toBe(false)
    expect(viewportFor(DESKTOP_MIN_WIDTH, 'h5').isDesktop).toBe(true)
    expect(viewportFor(1366, 'h5')).toEqual({ width: 1366, isDesktop: true })
  })

  it('keeps mini-programs on the mobile layout whatever the width', () => {
    expect(viewportFor(1366, 'weapp').isDesktop).toBe(false)
    expect(viewportFor(1366, 'alipay').isDesktop).toBe(false)
  })
})
