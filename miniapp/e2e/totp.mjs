// RFC 6238 TOTP (HMAC-SHA-1, 6 digits, 30-second steps) so the journeys can answer the staff login's
// second factor the way an authenticator app would.
import { createHmac } from 'node:crypto'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const STEP_SECONDS = 30

export function base32Decode(text) {
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const bytes = []
  for (const character of clean) {
    const index = BASE32.indexOf(character)
    if (index < 0) throw new Error(`not base32: ${character}`)
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

export function currentStep(nowMs = Date.now()) {
  return Math.floor(nowMs / 1000 / STEP_SECONDS)
}

/** The code an authenticator shows for `secret` (base32) in time step `step`. */
export function totpCode(secret, step = currentStep()) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = digest[digest.length - 1] & 0x0f
  const binary = digest.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 1_000_000).padStart(6, '0')
}

/** A six-digit code that is valid in none of the steps the server accepts now (±1). */
export function wrongCode(secret, step = currentStep()) {
  const valid = new Set([-1, 0, 1].map((delta) => totpCode(secret, step + delta)))
  let candidate = 123456
  while (valid.has(String(candidate))) candidate += 1
  return String(candidate)
}

/** Resolves once the next time step has begun, so a fresh code can be used after a replayed one. */
export function nextStep(nowMs = Date.now()) {
  const waitMs = (currentStep(nowMs) + 1) * STEP_SECONDS * 1000 - nowMs + 200
  return new Promise((resolve) => setTimeout(resolve, waitMs))
}

// RFC 6238 appendix B, SHA-1: the seed "12345678901234567890" at T = 59 s gives 94287082 (8 digits) → 287082.
const RFC_SEED_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
if (totpCode(RFC_SEED_BASE32, 1) !== '287082') throw new Error('TOTP helper disagrees with RFC 6238')
