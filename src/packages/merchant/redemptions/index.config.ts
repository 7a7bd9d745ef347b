export default definePageConfig({ navigationBarTitleText: '核销记录', enablePullDownRefresh: true })
