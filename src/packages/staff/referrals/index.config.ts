export default definePageConfig({ navigationBarTitleText: '我的转介客户', enablePullDownRefresh: true })
