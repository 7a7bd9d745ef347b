export default definePageConfig({ navigationBarTitleText: '优惠详情', enablePullDownRefresh: true })
