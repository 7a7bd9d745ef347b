export default definePageConfig({ navigationBarTitleText: '到店签到' })
