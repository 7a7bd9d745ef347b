export default definePageConfig({ navigationBarTitleText: '附近商户', enablePullDownRefresh: true })
