import { FEATURES, isFeatureKey } from './features'

describe('features not built yet', () => {
  it('recognises only known feature keys from a page URL', () => {
    expect(isFeatureKey('bridgeLoan')).toBe(true)
    expect(isFeatureKey('toString')).toBe(false)
    expect(isFeatureKey(undefined)).toBe(false)
  })

  it('no longer lists screens that exist', () => {
    for (const released of ['recommend', 'policies', 'calculator', 'institutions', 'news', 'consents', 'policyPush']) {
      expect(isFeatureKey(released)).toBe(false)
    }
  })

  it('has a Chinese title and description for every entry', () => {
    for (const feature of Object.values(FEATURES)) {
      expect(feature.title).toMatch(/[\u4e00-\u9fa5]/)
      expect(feature.description.length).toBeGreaterThan(10)
    }
  })
})
