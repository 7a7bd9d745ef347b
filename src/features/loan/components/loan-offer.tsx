import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LOAN_MAX_FEN, SUNSHINE_LOAN_APR_RANGE_BP } from '@/contract/constants'
import type { LoanOverview } from '@/contract/loans'
import { routes } from '@/routes'
import { formatChineseDate } from '@/utils/date-text'
import { formatFen, formatRateRange } from '@/utils/money'
import { applicationStepTitles, visibleStepIndex } from '../model/loan-labels'
import { loanStanding } from '../model/loan-standing'
import { CreditLineCard } from './credit-line-card'
import { PreApprovalCard } from './pre-approval-card'
import './apply/apply-steps.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** What the customer can do now: continue, draw, see why a decline happened, or start. */
export function LoanOffer({ overview }: { overview: LoanOverview }) {
  const standing = loanStanding(overview)
  if (standing.kind === 'line') {
    const { line, next } = standing
    // An expired line with loans still owed: repay them first; a new line comes after settling.
    return (
      <>
        <CreditLineCard line={line} next={next} />
        <View className="cc-apply-step__actions">
          {line.expired ? (
            <Text className="cc-apply-step__muted">额度已到期，结清现有借款后可重新申请额度。</Text>
          ) : !standing.canDraw ? (
            <Text className="cc-apply-step__muted">可用额度不足，还款后额度恢复。</Text>
          ) : (
            <Button type="primary" size="large" block onClick={go(routes.loanDrawdown)}>
              去借款
            </Button>
          )}
          <Button size="large" block onClick={go(routes.loans)}>
            我的贷款
          </Button>
        </View>
      </>
    )
  }
  if (standing.kind === 'application') {
    const { application, preApproval } = standing
    const at = applicationStepTitles[visibleStepIndex(application.step)]?.title
    return (
      <>
        {preApproval ? <PreApprovalCard preApproval={preApproval} /> : null}
        <View className="cc-apply-step__card">
          <Text className="cc-apply-step__title">您有一笔申请尚未完成</Text>
          <Text className="cc-apply-step__muted">
            {application.step === 'approved' ? '审批已通过，签署合同后即可借款' : `上次停在：${at}`}
          </Text>
        </View>
        <View className="cc-apply-step__actions">
          <Button type="primary" size="large" block onClick={go(routes.loanApply)}>
            {application.step === 'approved' ? '查看审批结果' : '继续申请'}
          </Button>
        </View>
      </>
    )
  }
  if (standing.kind === 'declined') {
    const { decline, reapplyFrom } = standing
    return (
      <>
        <View className="cc-apply-step__card" role="status">
          <Text className="cc-apply-step__title">上次申请未通过</Text>
          <Text>原因：{decline.reason}</Text>
          <Text className="cc-apply-step__muted">自 {formatChineseDate(reapplyFrom)} 起可重新申请。</Text>
        </View>
        <View className="cc-apply-step__actions">
          <Button
            type="primary"
            size="large"
            block
            onClick={go(`${routes.product}?id=${decline.referralProductId}`)}
          >
            请客户经理联系我
          </Button>
        </View>
      </>
    )
  }
  const { preApproval } = standing
  return (
    <>
      {preApproval ? (
        <PreApprovalCard preApproval={preApproval} />
      ) : (
        <View className="cc-apply-step__card">
          <Text className="cc-apply-step__title">最高可借 ¥{formatFen(LOAN_MAX_FEN)}</Text>
          <Text className="cc-apply-step__apr">
            年化利率（单利）{formatRateRange(SUNSHINE_LOAN_APR_RANGE_BP.min, SUNSHINE_LOAN_APR_RANGE_BP.max)}
          </Text>
          <Text className="cc-apply-step__muted">
            额度和利率以审批结果为准。申请时需授权查询您的征信报告。
          </Text>
        </View>
      )}
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block onClick={go(routes.loanApply)}>
          {preApproval ? '立即申请' : '测一测我的额度'}
        </Button>
      </View>
    </>
  )
}
