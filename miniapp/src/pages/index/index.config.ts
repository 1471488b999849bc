export default definePageConfig({
  navigationBarTitleText: '融通 · 金融大数据服务平台',
  enablePullDownRefresh: true,
})
