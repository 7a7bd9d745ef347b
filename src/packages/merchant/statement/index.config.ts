export default definePageConfig({ navigationBarTitleText: '对账单', enablePullDownRefresh: true })
