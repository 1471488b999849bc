export default definePageConfig({
  navigationBarTitleText: '贷款计算器',
})
