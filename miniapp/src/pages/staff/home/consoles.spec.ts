import { Role } from '@rongtong/shared'
import { consoleFor, entriesFor, STAFF_CONSOLES } from './consoles'

describe('staff consoles', () => {
  it('gives every staff role a console and enterprises none', () => {
    expect(consoleFor(Role.ENTERPRISE)).toBeNull()
    expect(consoleFor(Role.OPERATOR)?.title).toBe('运营管理端')
  })

  it('opens 产品管理 only to institution staff holding the product-manager permission', () => {
    const institution = STAFF_CONSOLES[Role.INSTITUTION_STAFF]
    expect(entriesFor(institution, ['PRODUCT_MANAGER']).map((entry) => entry.label)).toEqual(['产品管理'])
    expect(entriesFor(institution, ['REVIEWER'])).toEqual([])
  })

  it('lists the operator screens open now, and the rest as upcoming without repeating them', () => {
    const operator = STAFF_CONSOLES[Role.OPERATOR]
    expect(entriesFor(operator, []).map((entry) => entry.label)).toEqual(['产品审核', '政策管理', '资讯管理', '轮播图管理'])
    for (const entry of operator.entries) expect(operator.upcoming).not.toContain(entry.label)
  })

  it('opens 账号安全 to the security administrator', () => {
    const security = STAFF_CONSOLES[Role.SECURITY_ADMIN]
    expect(entriesFor(security, []).map((entry) => [entry.label, entry.route])).toEqual([['账号安全', '/packages/security-console/accounts/index']])
  })
})
