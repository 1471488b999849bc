export default definePageConfig({
  navigationBarTitleText: '金融机构',
})
