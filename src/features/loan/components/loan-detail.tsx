import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Loan } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { formatFen, formatRateBp } from '@/utils/money'
import { useRepayInstalment } from '../api/repay'
import { repaymentMethodText } from '../model/loan-labels'
import { instalmentStatusLabels } from '../model/loan-labels'
import { EarlyRepayment } from './early-repayment'
import { LoanTimeline } from './loan-timeline'
import { ScheduleTable } from './schedule-table'
import './apply/apply-steps.scss'
import './apply/decision-view.scss'

/** Props of a loan's page. */
export interface LoanDetailProps {
  loan: Loan
}

const paper = (kind: 'contract' | 'certificate', id: string) => () =>
  void Taro.navigateTo({ url: `${routes.loanPaper}?kind=${kind}&id=${encodeURIComponent(id)}` })

/** One loan: what is owed and next, repay now or in full, the schedule, the papers, the timeline. */
export function LoanDetail({ loan }: LoanDetailProps) {
  const repay = useRepayInstalment(loan.id)
  const next = loan.nextInstalment

  const payNext = async () => {
    if (!next) return
    const { confirm } = await Taro.showModal({
      title: `归还第${next.index}期`,
      content: `将从尾号${loan.card.lastFour}的收款卡扣款 ¥${formatFen(next.paymentFen)}（本金${formatFen(next.principalFen)}，利息${formatFen(next.interestFen)}）`,
      confirmText: '确认还款',
    })
    if (!confirm) return
    const result = await repay.execute(next.index)
    if (!result.ok) return
    Taro.showToast({ title: result.data.status === 'settled' ? '已全部还清' : '还款成功', icon: 'none' })
  }

  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card">
        <Text>{loan.status === 'settled' ? '已结清' : '剩余本金'}</Text>
        <Text className="cc-decision__amount">
          ¥{formatFen(loan.status === 'settled' ? loan.principalFen : loan.outstandingPrincipalFen)}
        </Text>
        <Text className="cc-apply-step__apr">年化利率（单利）{formatRateBp(loan.aprBp)}</Text>
        {next ? (
          <Text className={next.status === 'overdue' ? 'cc-loan-detail__overdue' : undefined}>
            第{next.index}期 · {next.dueDate} · 应还 ¥{formatFen(next.paymentFen)}（
            {instalmentStatusLabels[next.status]}）
          </Text>
        ) : null}
      </View>
      {loan.status === 'active' && next ? (
        <View className="cc-apply-step__actions">
          <Button type="primary" size="large" block loading={repay.pending} onClick={payNext}>
            归还第{next.index}期 ¥{formatFen(next.paymentFen)}
          </Button>
          <InlineError message={repay.error?.message} />
        </View>
      ) : null}
      {loan.status === 'active' ? <EarlyRepayment loan={loan} /> : null}
      <CellGroup title="借款信息">
        <Cell title="借款金额" extra={`¥${formatFen(loan.principalFen)}`} />
        <Cell title="还款方式" extra={`${repaymentMethodText[loan.method].name} · ${loan.termMonths}期`} />
        <Cell title="利息总额（按期还款）" extra={`¥${formatFen(loan.totalInterestFen)}`} />
        <Cell title="已付利息" extra={`¥${formatFen(loan.interestPaidFen)}`} />
        <Cell title="收款及还款卡" extra={`${loan.card.bankName} ${loan.card.numberMasked}`} />
        <Cell title="借款日" extra={formatBeijing(loan.drawnAt, 'YYYY-MM-DD')} />
        <Cell title="借款合同" extra="查看 ›" onClick={paper('contract', loan.id)} />
        {loan.status === 'settled' ? (
          <Cell title="结清证明" extra="查看 ›" onClick={paper('certificate', loan.id)} />
        ) : null}
      </CellGroup>
      <Text className="cc-apply-step__muted cc-apply-step__save">还款计划</Text>
      <ScheduleTable instalments={loan.instalments} />
      <LoanTimeline loan={loan} />
    </View>
  )
}
