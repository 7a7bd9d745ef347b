export default definePageConfig({
  navigationBarTitleText: '活动',
  enablePullDownRefresh: true,
  // Start reading the next page well before the end, so a weak network rarely shows the spinner.
  onReachBottomDistance: 300,
})
