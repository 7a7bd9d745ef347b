// Tab pages live in the main package; every capability is a subpackage, loaded when first opened.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/coupons/index', 'pages/events/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/auth', pages: ['login/index', 'real-name/index', 'privacy/index'] },
    {
      root: 'packages/counter',
      pages: [
        'branches/index',
        'branch/index',
        'book/index',
        'booking/index',
        'bookings/index',
        'products/index',
        'product/index',
        'referrals/index',
        'referral/index',
      ],
    },
    { root: 'packages/staff', pages: ['check-in/index', 'referrals/index', 'referral/index'] },
    { root: 'packages/inbox', pages: ['messages/index'] },
    {
      root: 'packages/loan',
      pages: [
        'calculator/index',
        'home/index',
        'apply/index',
        'sign/index',
        'drawdown/index',
        'loans/index',
        'loan/index',
        'paper/index',
      ],
    },
    {
      root: 'packages/coupon',
      pages: [
        'batch/index',
        'mine/index',
        'coupon/index',
        'merchants/index',
        'merchant/index',
        'promo/index',
      ],
    },
    {
      root: 'packages/event',
      pages: [
        'detail/index',
        'signup/index',
        'mine/index',
        'pass/index',
        'create/index',
        'check-in/index',
        'venue-code/index',
      ],
    },
    {
      root: 'packages/campaign',
      pages: ['landing/index', 'share/index', 'mine/index', 'stats/index', 'bulletin/index'],
    },
    {
      root: 'packages/merchant',
      pages: ['redeem/index', 'redemptions/index', 'statement/index', 'promo-code/index', 'apply/index'],
    },
  ],
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['packages/auth'] } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#00704a',
    navigationBarTitleText: '云柜台',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f5',
    // Explicit so the H5 build draws the same title bar, with a back button, as WeChat does.
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#4a4d55',
    selectedColor: '#00704a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/coupons/index',
        text: '优惠',
        iconPath: 'assets/tab/coupon.png',
        selectedIconPath: 'assets/tab/coupon-active.png',
      },
      {
        pagePath: 'pages/events/index',
        text: '活动',
        iconPath: 'assets/tab/event.png',
        selectedIconPath: 'assets/tab/event-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  // Nearest branches: WeChat requires the location API to be declared, with the reason shown to the user.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于为您推荐最近的营业网点和附近的优惠商户' } },
  __usePrivacyCheck__: true,
  // H5 only: no slide between pages. Taro's router hides the page left behind on a timer as long as
  // the slide; going back before it fires left that page hidden (a blank screen), and cheap phones
  // stutter through the slide anyway.
  animation: false,
  lazyCodeLoading: 'requiredComponents',
})
