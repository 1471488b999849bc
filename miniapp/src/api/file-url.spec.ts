import { bffUrl } from './file-url'

describe('bffUrl', () => {
  it('puts BFF paths on the endpoint’s origin', () => {
    expect(bffUrl('/api/files/abc', '/graphql')).toBe('/api/files/abc')
    expect(bffUrl('/api/files/abc', 'https://rongtong.example.gov.cn/graphql')).toBe('https://rongtong.example.gov.cn/api/files/abc')
    expect(bffUrl('/api/files/abc', 'http://127.0.0.1:4000/graphql/')).toBe('http://127.0.0.1:4000/api/files/abc')
  })

  it('leaves the app’s own assets alone', () => {
    expect(bffUrl('/assets/banners/credit.svg', 'https://rongtong.example.gov.cn/graphql')).toBe('/assets/banners/credit.svg')
  })
})
