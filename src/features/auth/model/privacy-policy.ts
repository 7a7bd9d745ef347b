import { PRIVACY_VERSION } from '@/contract/constants'

/** One section of the privacy policy. */
export interface PolicySection {
  heading: string
  body: string
}

/** The privacy policy the user accepts; its version is sent with every login. */
export const privacyPolicy: { version: string; sections: PolicySection[] } = {
  version: PRIVACY_VERSION,
  sections: [
    {
      heading: '一、我们收集哪些信息',
      body: '登录时收集您的手机号；实名认证时收集您的姓名和居民身份证号；预约、贷款、优惠券和活动报名时收集办理该业务所必需的信息。在微信小程序中，我们通过微信登录获取您的微信标识（不含微信密码）。',
    },
    {
      heading: '二、我们如何使用信息',
      body: '上述信息仅用于身份核验、业务办理、风险控制及向您发送业务通知，不会用于与业务无关的用途，也不会出售给任何第三方。',
    },
    {
      heading: '三、我们如何保护信息',
      body: '信息通过加密通道传输；页面展示的手机号、姓名、身份证号均已脱敏；网页版登录凭证保存在浏览器无法被页面脚本读取的安全 Cookie 中。',
    },
    {
      heading: '四、您的权利',
      body: '您可以随时在“我的-隐私政策”中查看本政策、撤回同意并退出登录；如需查询、更正或删除个人信息，可前往任一网点或联系您的客户经理办理。',
    },
    {
      heading: '五、示例说明',
      body: '本应用当前连接的是模拟银行系统，其中的网点、客户、商户等数据均为示例数据，不涉及任何真实个人信息。',
    },
  ],
}
