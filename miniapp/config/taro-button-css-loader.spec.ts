// A CommonJS module, as webpack loads it.
const { withoutTaroButtonRules } = require('./taro-button-css-loader') as { withoutTaroButtonRules(css: string): string }

describe('withoutTaroButtonRules', () => {
  it("drops the button's rules and selectors and leaves every other rule alone", () => {
    const css =
      '.nut-button{color:#fff}.taro-button-core{background-color:#f8f8f8;border:1px solid rgba(0,0,0,.2)}' +
      '.taro-button-core+.taro-button-core{margin-top:15px}' +
      '.taro-button-core.taro-btn-default,.nut-x .y{color:#000}' +
      '.taro-button-core-like{color:red}.taro-button-core.taro-btn-plain:after{border:0}'
    expect(withoutTaroButtonRules(css)).toBe('.nut-button{color:#fff}.nut-x .y{color:#000}.taro-button-core-like{color:red}')
  })

  it('works inside @media, after @charset and leaves keyframes alone', () => {
    const css =
      '@charset "UTF-8";.taro-button-core{color:red}.a{b:c}' +
      '@media (min-width:1024px){.taro-button-core:not(.taro-btn-disabled):active{color:red}.a{b:c}}' +
      '@keyframes weuiLoading{0%{transform:rotate(0)}to{transform:rotate(1turn)}}'
    expect(withoutTaroButtonRules(css)).toBe(
      '@charset "UTF-8";.a{b:c}@media (min-width:1024px){.a{b:c}}@keyframes weuiLoading{0%{transform:rotate(0)}to{transform:rotate(1turn)}}',
    )
  })
})
