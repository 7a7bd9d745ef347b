export default definePageConfig({ navigationBarTitleText: '阳光e贷' })
