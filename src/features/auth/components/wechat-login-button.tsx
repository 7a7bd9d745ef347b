import { Button } from '@nutui/nutui-react-taro'
import type { WechatLoginResult } from '@/contract/auth'
import { getWechatLoginCode } from '@/platform/login'
import { useAction } from '@/services/http/use-action'
import { wechatLogin } from '../api/wechat-login'

/** Props of the one-tap WeChat login button (mini-program only). */
export interface WechatLoginButtonProps {
  onResult: (result: WechatLoginResult) => void
  onError: (message: string) => void
}

/** Logs in with the WeChat identity; the server answers whether a phone still has to be bound. */
export function WechatLoginButton({ onResult, onError }: WechatLoginButtonProps) {
  const login = useAction(async (key) => wechatLogin(await getWechatLoginCode(), key))
  const tap = async () => {
    const result = await login.execute()
    if (result.ok) onResult(result.data)
    else onError(result.error.message)
  }
  return (
    <Button type="success" size="large" block loading={login.pending} onClick={tap}>
      微信一键登录
    </Button>
  )
}
