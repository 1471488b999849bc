export default definePageConfig({ navigationBarTitleText: '产品审核' })
