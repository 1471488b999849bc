export default definePageConfig({
  navigationBarTitleText: '机构/政府/运营登录',
})
