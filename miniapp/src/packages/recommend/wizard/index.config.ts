export default definePageConfig({
  navigationBarTitleText: '产品推荐',
})
