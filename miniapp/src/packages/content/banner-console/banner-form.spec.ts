import { BannerStatus } from '@/gql/graphql'
import { bannerFormFrom, bannerState, emptyBannerForm, fromBeijingInput, TIME_MESSAGE, toBannerInput, toBeijingInput, windowLabel } from './banner-form'

describe('Beijing time in the form, UTC on the wire', () => {
  it('converts both ways', () => {
    expect(fromBeijingInput('2026-12-01 08:00')).toBe('2026-12-01T00:00:00.000Z')
    expect(fromBeijingInput('2026-12-01 00:30')).toBe('2026-11-30T16:30:00.000Z')
    expect(toBeijingInput('2026-11-30T16:30:00.000Z')).toBe('2026-12-01 00:30')
    expect(fromBeijingInput('  ')).toBeNull()
    expect(toBeijingInput(null)).toBe('')
  })

  it('rejects times that do not exist', () => {
    for (const text of ['2026-02-30 08:00', '2026-12-01 24:00', '2026-12-01 08:60', '12/01/2026', '明天']) expect(fromBeijingInput(text)).toBeUndefined()
  })
})

describe('toBannerInput', () => {
  const filled = { ...emptyBannerForm(), title: ' 新春专场 ', imageUrl: '/api/files/f1', linkPath: '/pages/market/index' }

  it('sends trimmed values, empty optional fields as null and the window in UTC', () => {
    expect(toBannerInput({ ...filled, startsAt: '2026-12-01 08:00' })).toEqual({
      ok: true,
      input: { title: '新春专场', subtitle: null, imageUrl: '/api/files/f1', linkPath: '/pages/market/index', startsAt: '2026-12-01T00:00:00.000Z', endsAt: null, status: BannerStatus.ACTIVE },
    })
  })

  it('names the field of an image left out, a bad time or an inverted window', () => {
    expect(toBannerInput({ ...filled, imageUrl: '' })).toMatchObject({ ok: false, field: 'imageUrl' })
    expect(toBannerInput({ ...filled, endsAt: '下周' })).toEqual({ ok: false, field: 'endsAt', message: TIME_MESSAGE })
    expect(toBannerInput({ ...filled, startsAt: '2026-12-02 08:00', endsAt: '2026-12-01 08:00' })).toEqual({ ok: false, field: 'endsAt', message: '结束时间须晚于开始时间' })
  })

  it('round-trips a stored banner', () => {
    const stored = { title: 'A', subtitle: 'B', imageUrl: '/assets/banners/credit.svg', linkPath: null, startsAt: '2026-12-01T00:00:00.000Z', endsAt: null, status: BannerStatus.INACTIVE }
    const result = toBannerInput(bannerFormFrom(stored))
    expect(result).toEqual({ ok: true, input: stored })
  })
})

describe('banner list labels', () => {
  const now = new Date('2026-12-10T00:00:00Z')

  it('tells whether a banner is showing', () => {
    expect(bannerState({ status: BannerStatus.INACTIVE }, now)).toBe('已停用')
    expect(bannerState({ status: BannerStatus.ACTIVE, startsAt: '2026-12-20T00:00:00Z' }, now)).toBe('未开始')
    expect(bannerState({ status: BannerStatus.ACTIVE, endsAt: '2026-12-01T00:00:00Z' }, now)).toBe('已结束')
    expect(bannerState({ status: BannerStatus.ACTIVE, startsAt: '2026-12-01T00:00:00Z', endsAt: null }, now)).toBe('展示中')
  })

  it('describes the window in Beijing time', () => {
    expect(windowLabel({})).toBe('长期展示')
    expect(windowLabel({ startsAt: '2026-12-01T00:00:00Z' })).toBe('2026-12-01 08:00 至 长期')
    expect(windowLabel({ endsAt: '2026-12-31T16:00:00Z' })).toBe('即日起 至 2027-01-01 00:00')
  })
})
