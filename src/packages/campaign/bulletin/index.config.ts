export default definePageConfig({ navigationBarTitleText: '每日通报', enablePullDownRefresh: true })
