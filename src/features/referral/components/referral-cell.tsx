import Taro from '@tarojs/taro'
import { Cell } from '@nutui/nutui-react-taro'
import type { Referral, StaffReferral } from '@/contract/referrals'
import { formatBeijing } from '@/utils/beijing-format'
import { referralStatusLabels } from '../model/referral-labels'

/** Props of one referral in a list: the customer's own, or one assigned to the manager. */
export type ReferralCellProps =
  | { referral: Referral; seenBy: 'customer'; href: string }
  | { referral: StaffReferral; seenBy: 'manager'; href: string }

/**
 * A referral in a list, with its status: the customer sees the product and their manager; the
 * manager sees the product, the (masked) customer and the town.
 */
export function ReferralCell(props: ReferralCellProps) {
  const { referral, href } = props
  const submitted = formatBeijing(referral.createdAt, 'M月D日 HH:mm')
  const [title, description] =
    props.seenBy === 'customer'
      ? [
          referral.product.name,
          `${submitted} 提交 · ${referral.manager.nameMasked} ${referral.manager.title}`,
        ]
      : [
          `${referral.product.name} · ${props.referral.customerNameMasked ?? props.referral.customerPhoneMasked}`,
          `${submitted} · ${referral.town}`,
        ]
  return (
    <Cell
      clickable
      title={title}
      description={description}
      extra={referralStatusLabels[referral.status]}
      onClick={() => void Taro.navigateTo({ url: href })}
    />
  )
}
