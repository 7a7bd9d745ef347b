export default definePageConfig({ navigationBarTitleText: '我的转介申请', enablePullDownRefresh: true })
