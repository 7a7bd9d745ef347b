export default definePageConfig({ navigationBarTitleText: '云柜台', enablePullDownRefresh: true })
