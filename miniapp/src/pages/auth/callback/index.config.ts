export default definePageConfig({
  navigationBarTitleText: '统一身份认证登录',
})
