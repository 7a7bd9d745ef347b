import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell'
import { RealNameForm } from '@/features/auth/components/real-name-form'
import { RequireLogin } from '@/features/auth/components/require-login'
import { routes } from '@/routes'
import './index.scss'

export default function RealNamePage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后可进行实名认证" returnTo={routes.realName}>
        {(user) =>
          user.realNameVerified ? (
            <CellGroup title="已完成实名认证">
              <Cell title="姓名" extra={user.nameMasked} />
              <Cell title="身份证号" extra={user.idNumberMasked} />
            </CellGroup>
          ) : (
            <View>
              <Text className="real-name-page__intro">
                实名认证后可申请贷款、预约办理业务。信息仅用于身份核验，传输加密，展示时脱敏。
              </Text>
              <RealNameForm
                onBound={(me) => {
                  Taro.showToast({
                    title: me.preApproval ? '认证成功，已为您匹配预授信额度' : '实名认证成功',
                    icon: 'none',
                  })
                  setTimeout(() => Taro.navigateBack().catch(() => Taro.switchTab({ url: routes.me })), 1200)
                }}
              />
            </View>
          )
        }
      </RequireLogin>
    </PageShell>
  )
}
