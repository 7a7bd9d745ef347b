import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { LoanOverview } from '@/contract/loans'
import { routes } from '@/routes'
import { formatChineseDate } from '@/utils/date-text'
import { formatFen, formatRateBp } from '@/utils/money'
import { loanStanding } from '../model/loan-standing'
import { CreditLineCard } from './credit-line-card'
import { LoanTeaser } from './loan-teaser'
import { PreApprovalCard } from './pre-approval-card'
import './limit-card.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

function Link({ label, url, primary }: { label: string; url: string; primary?: boolean }) {
  return (
    <Text
      className={`cc-limit-card__link${primary ? ' cc-limit-card__link--primary' : ''}`}
      onClick={go(url)}
    >
      {label} ›
    </Text>
  )
}

/** The home page's loan card: the customer's own standing, the way the loan pages tell it. */
export function LoanSummaryCard({ overview }: { overview: LoanOverview }) {
  const standing = loanStanding(overview)
  switch (standing.kind) {
    case 'line':
      return (
        <CreditLineCard
          line={standing.line}
          next={standing.next}
          links={
            <>
              {standing.canDraw ? <Link label="借款" url={routes.loanDrawdown} primary /> : null}
              <Link label="我的贷款" url={routes.loans} primary={!standing.canDraw} />
            </>
          }
        />
      )
    case 'application': {
      const { application } = standing
      const approval = application.step === 'approved' ? application.approval : null
      return (
        <View className="cc-limit-card">
          <Text className="cc-limit-card__product">阳光e贷 · {approval ? '审批已通过' : '申请进行中'}</Text>
          {approval ? (
            <>
              <Text className="cc-limit-card__amount">¥{formatFen(approval.limitFen)}</Text>
              <Text className="cc-limit-card__apr">年化利率（单利）{formatRateBp(approval.aprBp)}</Text>
            </>
          ) : (
            <Text className="cc-limit-card__apr">
              {application.step === 'reviewing' ? '正在审批，请稍候' : '您有一笔申请尚未完成'}
            </Text>
          )}
          <View className="cc-limit-card__links">
            <Link
              label={approval ? '去签约' : application.step === 'reviewing' ? '查看进度' : '继续申请'}
              url={routes.loanApply}
              primary
            />
          </View>
        </View>
      )
    }
    case 'declined':
      return (
        <View className="cc-limit-card">
          <Text className="cc-limit-card__product">阳光e贷 · 上次申请未通过</Text>
          <Text className="cc-limit-card__apr">
            自 {formatChineseDate(standing.reapplyFrom)} 起可重新申请
          </Text>
          <View className="cc-limit-card__links">
            <Link
              label="请客户经理联系我"
              url={`${routes.product}?id=${standing.decline.referralProductId}`}
              primary
            />
            <Link label="查看原因" url={routes.loanHome} />
          </View>
        </View>
      )
    case 'offer':
      return standing.preApproval ? <PreApprovalCard preApproval={standing.preApproval} /> : <LoanTeaser />
  }
}
