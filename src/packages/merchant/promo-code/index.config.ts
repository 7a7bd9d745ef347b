export default definePageConfig({ navigationBarTitleText: '推广码', enablePullDownRefresh: true })
