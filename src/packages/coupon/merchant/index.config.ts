export default definePageConfig({ navigationBarTitleText: '商户优惠', enablePullDownRefresh: true })
