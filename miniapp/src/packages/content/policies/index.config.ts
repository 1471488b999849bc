export default definePageConfig({ navigationBarTitleText: '政策法规' })
