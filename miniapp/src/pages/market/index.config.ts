export default definePageConfig({
  navigationBarTitleText: '金融超市',
  onReachBottomDistance: 120,
})
