export default definePageConfig({ navigationBarTitleText: '签署借款合同' })
