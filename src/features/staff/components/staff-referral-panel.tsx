import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import type { StaffReferralDetail } from '@/contract/referrals'
import { FormField } from '@/components/form-field'
import { callPhone } from '@/platform/phone'
import { formatBeijing } from '@/utils/beijing-format'
import { COUPON_CATEGORY_NAMES } from '@/utils/coupon-category'
import { useUpdateReferralStatus } from '../api/update-referral-status'
import { nextActions, type ReferralAction } from '../model/referral-actions'
import './staff-referral-panel.scss'

/** Props of an opened referral. */
export interface StaffReferralPanelProps {
  referral: StaffReferralDetail
  /** Chinese names of statuses and contact times, supplied by the page. */
  statusLabel: string
  preferredTimeLabel: string
}

/** The customer to call, what they asked about, and the next step; the customer sees each change. */
export function StaffReferralPanel({ referral, statusLabel, preferredTimeLabel }: StaffReferralPanelProps) {
  const [note, setNote] = useState('')
  const update = useUpdateReferralStatus(referral.id)
  const act = async (action: ReferralAction) => {
    const result = await update.execute({ status: action.to, note: note.trim() || undefined })
    if (result.ok) setNote('')
  }
  const actions = nextActions(referral.status)
  const shop = referral.merchantApplication
  return (
    <View className="cc-staff-referral">
      <CellGroup>
        <Cell title="客户" extra={referral.customerNameMasked ?? '未实名'} />
        <Cell
          title="电话"
          extra={
            <Button
              size="small"
              type="primary"
              fill="outline"
              onClick={() => void callPhone(referral.customerPhone)}
            >
              拨打 {referral.customerPhone}
            </Button>
          }
        />
        <Cell title="产品" extra={referral.product.name} />
        <Cell title="方便联系" extra={preferredTimeLabel} />
        <Cell title="状态" extra={statusLabel} />
        <Cell title="提交时间" extra={formatBeijing(referral.createdAt, 'M月D日 HH:mm')} />
        {/* A shop's application carries the bank's summary as its note, not words the customer wrote. */}
        {referral.note ? <Cell title={shop ? '申请摘要' : '客户留言'} description={referral.note} /> : null}
      </CellGroup>
      {shop ? (
        <CellGroup title="商户入驻申请">
          <Cell title="店铺名称" extra={shop.shopName} />
          <Cell
            title="统一社会信用代码"
            extra={shop.creditCode}
            description={shop.creditCodeCheck === 'failed' ? '校验位不符，请人工核验营业执照' : '校验位正确'}
          />
          <Cell title="经营类别" extra={COUPON_CATEGORY_NAMES[shop.category]} />
          <Cell title="经营地址" description={shop.address} />
          <Cell title="联系人" extra={shop.contactName} />
          <Cell
            title="联系电话"
            extra={
              <Button
                size="small"
                type="primary"
                fill="outline"
                onClick={() => void callPhone(shop.contactPhone)}
              >
                拨打 {shop.contactPhone}
              </Button>
            }
          />
          <Cell title="附近网点" extra={shop.branch.name} />
        </CellGroup>
      ) : null}
      {actions.length ? (
        <>
          <FormField label="跟进备注（选填，客户可见）" error={update.error?.message}>
            <TextArea
              placeholder="如：已电话沟通，约周三到网点面签"
              maxLength={200}
              value={note}
              onChange={setNote}
            />
          </FormField>
          <View className="cc-staff-referral__actions">
            {actions.map((action) => (
              <Button
                key={action.to}
                block
                type={action.to === 'closed' ? 'default' : 'primary'}
                fill={action.to === 'closed' ? 'outline' : 'solid'}
                loading={update.pending}
                onClick={() => void act(action)}
              >
                {action.label}
              </Button>
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
