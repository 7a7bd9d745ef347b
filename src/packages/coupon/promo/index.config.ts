export default definePageConfig({ navigationBarTitleText: '好邻居商户' })
