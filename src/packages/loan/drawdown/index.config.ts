export default definePageConfig({ navigationBarTitleText: '借款' })
