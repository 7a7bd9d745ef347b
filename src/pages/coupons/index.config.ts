export default definePageConfig({
  navigationBarTitleText: '优惠',
  enablePullDownRefresh: true,
  // Start reading the next page well before the end, so a weak network rarely shows the spinner.
  onReachBottomDistance: 300,
})
