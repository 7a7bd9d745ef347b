// Taro registers the share menus on weapp only for pages whose config says so.
export default definePageConfig({
  navigationBarTitleText: '活动详情',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
