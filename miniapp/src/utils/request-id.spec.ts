import { newIdempotencyKey } from './request-id'

describe('newIdempotencyKey', () => {
  it('is 16–64 letters, digits, underscores or hyphens, as the BFF requires', () => {
    for (let index = 0; index < 50; index += 1) expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
  })

  it('carries the time and the random bytes it was given', () => {
    const zeros = (bytes: Uint8Array) => bytes.fill(0)
    expect(newIdempotencyKey(zeros, 36 ** 3)).toBe(`1000-${'A'.repeat(20)}`)
  })

  it('does not repeat', () => {
    const keys = new Set(Array.from({ length: 500 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(500)
  })
})
