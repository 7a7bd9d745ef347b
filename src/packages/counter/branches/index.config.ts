export default definePageConfig({ navigationBarTitleText: '网点预约', enablePullDownRefresh: true })
