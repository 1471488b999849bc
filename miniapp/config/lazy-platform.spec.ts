// The stand-in is CommonJS, as webpack resolves it.
describe('lazy-platform', () => {
  it('does not load platform until a property is read, then answers as platform does', () => {
    const real = jest.requireActual<Record<string, unknown>>('platform/platform.js')
    let loads = 0
    jest.isolateModules(() => {
      jest.doMock('platform/platform.js', () => {
        loads += 1
        return real
      })
      const standIn = require('./lazy-platform.js') as Record<string, unknown>
      expect(loads).toBe(0)
      expect(standIn.os).toEqual(real.os)
      expect(standIn.name).toBe(real.name)
      expect(String(standIn)).toBe(String(real))
      expect(typeof standIn.parse).toBe('function')
      expect(loads).toBe(1)
      expect(Object.keys(standIn)).toEqual(expect.arrayContaining(['os', 'product', 'manufacturer']))
    })
  })
})
