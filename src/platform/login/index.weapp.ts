import Taro from '@tarojs/taro'

/** Whether one-tap WeChat login exists on this platform. */
export const wechatLoginAvailable = true

/** A WeChat login code (valid 5 minutes, once); the server trades it for the user's openid. */
export async function getWechatLoginCode(): Promise<string> {
  const { code } = await Taro.login()
  if (!code) throw new Error('Taro.login returned no code')
  return code
}
