export default definePageConfig({ navigationBarTitleText: '活动邀请' })
