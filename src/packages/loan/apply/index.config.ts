export default definePageConfig({ navigationBarTitleText: '申请阳光e贷' })
