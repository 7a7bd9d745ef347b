import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Me } from '@/contract/me'
import { routes } from '@/routes'
import { roleLabel } from '../model/display-name'
import './account-section.scss'

/** Props of the account section. */
export interface AccountSectionProps {
  user: Me
  /** Ends the session; called after the user confirms. */
  onLogout: () => Promise<void>
  /** Unread messages, shown on the message centre entry. */
  unread: number
  /** Where the customer stands with the loan, in a few words (shown on 我的贷款). */
  loanSummary?: string
}

/** The signed-in user's masked identity, real-name status and the logout button. */
export function AccountSection({ user, onLogout, unread, loanSummary }: AccountSectionProps) {
  const confirmLogout = async () => {
    const answer = await Taro.showModal({
      title: '退出登录',
      content: '确定要退出当前账号吗？',
      confirmText: '退出',
    })
    if (answer.confirm) await onLogout().catch(() => undefined)
  }
  return (
    <View>
      {user.role === 'staff' ? (
        <CellGroup title="员工工作台">
          <Cell
            title="预约签到"
            description="今日预约，扫码或核对签到码签到"
            clickable
            onClick={() => Taro.navigateTo({ url: routes.staffCheckIn })}
          />
          <Cell
            title="我的转介客户"
            clickable
            extra="查看"
            onClick={() => Taro.navigateTo({ url: routes.staffReferrals })}
          />
          <Cell
            title="我的推广"
            description="活动和产品的推广链接、海报与数据"
            clickable
            onClick={() => Taro.navigateTo({ url: routes.myCampaign })}
          />
          <Cell
            title="每日通报"
            extra="本网点排行"
            clickable
            onClick={() => Taro.navigateTo({ url: routes.branchBulletin })}
          />
        </CellGroup>
      ) : null}
      <CellGroup title="账户">
        <Cell
          title="消息中心"
          clickable
          extra={unread > 0 ? `${unread} 条未读` : '查看'}
          onClick={() => Taro.navigateTo({ url: routes.messages })}
        />
        <Cell title="手机号" extra={user.phoneMasked} />
        <Cell title="身份" extra={roleLabel(user.role)} />
        {user.role === 'customer' ? (
          <>
            <Cell
              title="我的预约"
              clickable
              extra="查看"
              onClick={() => Taro.navigateTo({ url: routes.bookings })}
            />
            <Cell
              title="我的贷款"
              clickable
              extra={loanSummary ?? '查看'}
              onClick={() => Taro.navigateTo({ url: routes.loans })}
            />
            <Cell
              title="我的活动"
              clickable
              extra="查看"
              onClick={() => Taro.navigateTo({ url: routes.myEvents })}
            />
            <Cell
              title="我的券"
              clickable
              extra="查看"
              onClick={() => Taro.navigateTo({ url: routes.myCoupons })}
            />
            <Cell
              title="领券"
              description="好邻居商户优惠"
              clickable
              extra="去领取"
              onClick={() => Taro.switchTab({ url: routes.coupons })}
            />
            <Cell
              title="我的转介申请"
              clickable
              extra="查看"
              onClick={() => Taro.navigateTo({ url: routes.referrals })}
            />
          </>
        ) : null}
        <Cell
          title="实名认证"
          clickable
          extra={user.realNameVerified ? `已认证 ${user.nameMasked ?? ''}` : '未认证，去认证'}
          onClick={() => Taro.navigateTo({ url: routes.realName })}
        />
      </CellGroup>
      <View className="cc-account__logout">
        <Button block fill="outline" type="danger" onClick={confirmLogout}>
          退出登录
        </Button>
      </View>
    </View>
  )
}
