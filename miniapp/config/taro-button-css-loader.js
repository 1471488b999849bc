// Webpack loader for @tarojs/components-react's stylesheet on H5 (CommonJS, as webpack requires it).
//
// Removes the rules that style Taro's own button (`.taro-button-core…`). Every button of the app is NutUI's,
// which draws itself with single-class rules; Taro's web-component buttons were styled by tag name and lost to
// them, but the React components' two-class rules (`.taro-button-core.taro-btn-default`) win and paint a grey
// background, black text, a dark 1px border and 15px between adjacent buttons over NutUI's look.

const BUTTON_CLASS = /\.taro-button-core(?![\w-])/

/**
 * @param {string} css
 * @returns {string}
 */
function withoutTaroButtonRules(css) {
  // A rule: selectors (after the start, a brace or a semicolon — never an at-rule's prelude) and declarations.
  return css.replace(/(?<=^|[{};])([^{};@]+)\{([^{}]*)\}/g, (rule, selectorList, declarations) => {
    if (!BUTTON_CLASS.test(selectorList)) return rule
    const kept = selectorList.split(',').filter((selector) => !BUTTON_CLASS.test(selector))
    return kept.length === 0 ? '' : `${kept.join(',')}{${declarations}}`
  })
}

/** @param {string} source */
module.exports = function taroButtonCssLoader(source) {
  return withoutTaroButtonRules(source)
}
module.exports.withoutTaroButtonRules = withoutTaroButtonRules
