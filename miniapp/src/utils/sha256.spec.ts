import { createHash } from 'node:crypto'
import { sha256Hex, utf8Bytes } from './sha256'

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('hashes Chinese text, line breaks and characters beyond the BMP as their UTF-8 bytes, like node:crypto', () => {
    const agreement = '数据授权协议（2026-1）\n第一条 授权人同意融通平台调取市场主体登记信息、纳税信息。\r\n𠀀 emoji 😀 结束。'
    expect(sha256Hex(agreement)).toBe(nodeSha256(agreement))
  })

  it('agrees with node:crypto at every length around the block and padding boundaries', () => {
    for (let length = 0; length <= 200; length += 1) {
      const text = '融'.repeat(length % 7) + 'a'.repeat(length)
      expect(sha256Hex(text)).toBe(nodeSha256(text))
    }
  })

  it('encodes a lone surrogate as U+FFFD, as TextEncoder and Node do', () => {
    expect(Array.from(utf8Bytes('\ud800'))).toEqual([0xef, 0xbf, 0xbd])
    expect(sha256Hex('a\udc00b')).toBe(nodeSha256('a\udc00b'))
  })
})
