const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

type RandomSource = (bytes: Uint8Array) => void

/** The platform's cryptographic generator where there is one (browsers), otherwise Math.random. */
function defaultRandom(bytes: Uint8Array): void {
  const crypto = (globalThis as { crypto?: { getRandomValues?(array: Uint8Array): Uint8Array } }).crypto
  if (crypto?.getRandomValues) {
    crypto.getRandomValues(bytes)
    return
  }
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256)
}

/**
 * A client idempotency key (the BFF accepts 16–64 of [A-Za-z0-9_-]): the time in base 36 and 20 random letters and
 * digits, so a retried request carries the same key and two requests never share one.
 */
export function newIdempotencyKey(random: RandomSource = defaultRandom, now: number = Date.now()): string {
  const bytes = new Uint8Array(20)
  random(bytes)
  let tail = ''
  for (const byte of bytes) tail += ALPHABET[byte % ALPHABET.length]
  return `${now.toString(36)}-${tail}`
}
