export default definePageConfig({ navigationBarTitleText: '新增数据授权' })
