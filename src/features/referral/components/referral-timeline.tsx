import { Text, View } from '@tarojs/components'
import { Step, Steps } from '@nutui/nutui-react-taro'
import type { Referral } from '@/contract/referrals'
import { formatBeijing } from '@/utils/beijing-format'
import { referralStatusLabels, timelineSteps } from '../model/referral-labels'
import './referral-timeline.scss'

/** Props of a referral's timeline. */
export interface ReferralTimelineProps {
  referral: Referral
}

/** 已提交 → 已分配 → 已联系 → 已办理/已关闭, each reached step with its time and note. */
export function ReferralTimeline({ referral }: ReferralTimelineProps) {
  const steps = timelineSteps(referral.status)
  const reached = (status: string) => referral.history.find((h) => h.status === status)
  const current = steps.reduce((last, status, index) => (reached(status) ? index + 1 : last), 0)
  return (
    <View className="cc-referral-timeline">
      <Steps direction="vertical" value={current}>
        {steps.map((status, index) => {
          const entry = reached(status)
          return (
            <Step
              key={status}
              value={index + 1}
              title={referralStatusLabels[status]}
              description={
                entry ? (
                  <Text>
                    {formatBeijing(entry.at, 'M月D日 HH:mm')}
                    {entry.note ? ` · ${entry.note}` : ''}
                  </Text>
                ) : (
                  '待进行'
                )
              }
            />
          )
        })}
      </Steps>
    </View>
  )
}
