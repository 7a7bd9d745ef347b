export default definePageConfig({ navigationBarTitleText: '产品与服务' })
