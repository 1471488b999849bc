export default definePageConfig({ navigationBarTitleText: '产品管理', enablePullDownRefresh: false })
