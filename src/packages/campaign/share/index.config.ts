// The weapp 发给朋友 button (open-type share) calls the page's onShareAppMessage, which Taro
// registers only when the page config asks for it.
export default definePageConfig({ navigationBarTitleText: '邀请亲友', enableShareAppMessage: true })
