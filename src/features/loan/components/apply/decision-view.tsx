import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import type { LoanApplication } from '@/contract/loans'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { formatChineseDate } from '@/utils/date-text'
import { formatFen, formatRateBp } from '@/utils/money'
import { PanelNote, StatusPanel } from '../status-panel'
import './apply-steps.scss'
import './decision-view.scss'

const stageMark = { done: '✓', running: '…', waiting: '·' } as const

/** The credit decision as it runs: which stage it is on. */
export function DecisionProgress({ application }: { application: LoanApplication }) {
  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card" role="status">
        <View className="cc-decision__head">
          <Loading />
          <Text className="cc-apply-step__title">正在审批，通常只需几秒</Text>
        </View>
        {application.stages.map((stage) => (
          <View key={stage.id} className={`cc-decision__stage cc-decision__stage--${stage.status}`}>
            <Text className="cc-decision__mark">{stageMark[stage.status]}</Text>
            <Text>{stage.title}</Text>
            <Text className="cc-decision__state">
              {stage.status === 'done' ? '已完成' : stage.status === 'running' ? '进行中' : '等待中'}
            </Text>
          </View>
        ))}
      </View>
      <Text className="cc-apply-step__muted cc-apply-step__save">可以离开此页，回来后会继续显示进度。</Text>
    </View>
  )
}

/** The approval: limit and APR first, how interest is computed, and the way to sign. */
export function ApprovalResult({ application }: { application: LoanApplication }) {
  const approval = application.approval
  if (!approval) return null
  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card cc-decision__result" role="status">
        <Text className="cc-apply-step__title">审批通过</Text>
        <Text>核定额度</Text>
        <Text className="cc-decision__amount">¥{formatFen(approval.limitFen)}</Text>
        <Text className="cc-apply-step__apr">年化利率（单利）{formatRateBp(approval.aprBp)}</Text>
        <Text className="cc-apply-step__muted">{approval.interestNote}</Text>
        <Text className="cc-apply-step__muted">额度有效期至 {approval.limitExpiresOn}</Text>
        <Text className="cc-apply-step__muted">
          请在 {formatBeijing(approval.offerExpiresAt, 'YYYY-MM-DD HH:mm')} 前签署合同，逾期需重新申请
        </Text>
      </View>
      <View className="cc-apply-step__actions">
        <Button
          type="primary"
          size="large"
          block
          onClick={() =>
            void Taro.navigateTo({ url: `${routes.loanSign}?id=${encodeURIComponent(application.id)}` })
          }
        >
          查看并签署借款合同
        </Button>
      </View>
    </View>
  )
}

/** A decline in plain words, when to try again, and a person to talk to meanwhile. */
export function DeclineResult({ application }: { application: LoanApplication }) {
  const decline = application.decline
  if (!decline) return null
  return (
    <StatusPanel
      title="很抱歉，本次申请未通过"
      live
      actions={[
        {
          label: '请客户经理联系我',
          primary: true,
          onClick: () =>
            void Taro.navigateTo({
              url: `${routes.product}?id=${encodeURIComponent(decline.referralProductId)}`,
            }),
        },
      ]}
    >
      <Text>原因：{decline.reason}</Text>
      <PanelNote>自 {formatChineseDate(decline.reapplyFrom)} 起可重新申请。</PanelNote>
      <PanelNote>您也可以请客户经理与您联系，了解线下贷款或其他适合您的产品。</PanelNote>
    </StatusPanel>
  )
}

/** Signed: the limit is live; draw money or see the loans. */
export function SignedResult() {
  return (
    <StatusPanel
      title="合同已签署，额度已生效"
      live
      actions={[
        { label: '去用款', primary: true, onClick: () => void Taro.redirectTo({ url: routes.loanDrawdown }) },
        { label: '我的贷款', onClick: () => void Taro.redirectTo({ url: routes.loans }) },
      ]}
    >
      <PanelNote>现在就可以申请用款，资金将转入您的收款卡。</PanelNote>
    </StatusPanel>
  )
}

/** An approval not signed in time: apply again. */
export function ExpiredResult({ onStartAgain }: { onStartAgain: () => void }) {
  return (
    <StatusPanel
      title="审批结果已过期"
      live
      actions={[{ label: '重新申请', primary: true, onClick: onStartAgain }]}
    >
      <PanelNote>审批通过后未在有效期内签署合同，请重新申请。</PanelNote>
    </StatusPanel>
  )
}
