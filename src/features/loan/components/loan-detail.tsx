import type { ErrorCode } from '@/contract/errors'
import { useState } from 'react'
import { useSWRConfig } from 'swr'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Loan, LoanInstalment } from '@/contract/loans'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { formatFen, formatRateBp } from '@/utils/money'
import { PENALTY_RULE_TEXT } from '@/utils/rule-text'
import { loanKeys } from '../api/query-keys'
import { useRepayInstalment } from '../api/repay'
import { repaymentMethodText } from '../model/loan-labels'
import { instalmentStatusLabels } from '../model/loan-labels'
import { EarlyRepayment } from './early-repayment'
import { LoanTimeline } from './loan-timeline'
import { RepaymentConfirm } from './repayment-confirm'
import { ScheduleTable } from './schedule-table'
import './apply/apply-steps.scss'
import './apply/decision-view.scss'

/** Props of a loan's page. */
export interface LoanDetailProps {
  loan: Loan
  /** The customer's phone, masked: where repayment codes go. */
  phoneMasked: string
}

/** Refusals that mean the page shows an older state of the loan than the bank's. */
const STALE_LOAN: string[] = [
  'QUOTE_CHANGED',
  'INSTALMENT_NOT_NEXT',
  'INSTALMENT_NOT_DUE',
  'INSTALMENT_ALREADY_PAID',
  'LOAN_SETTLED',
] satisfies ErrorCode[]

const paper = (kind: 'contract' | 'certificate', id: string) => () =>
  void Taro.navigateTo({ url: `${routes.loanPaper}?kind=${kind}&id=${encodeURIComponent(id)}` })

/**
 * One loan: what is owed and next, repay what is due (or everything early), the schedule, the papers,
 * the timeline. An instalment that is not due yet is debited from the card on its date.
 */
export function LoanDetail({ loan, phoneMasked }: LoanDetailProps) {
  const { mutate } = useSWRConfig()
  const repay = useRepayInstalment(loan.id)
  const [confirming, setConfirming] = useState(false)
  const next = loan.nextInstalment
  const payable = next && next.amountDueFen !== null ? next : null

  const pay = async (smsCode: string) => {
    if (!payable) return
    const result = await repay.execute({ index: payable.index, expectedFen: payable.amountDueFen!, smsCode })
    if (!result.ok) {
      // The amount or the instalment moved on (a new day's penalty, the card debit): show it as it is now.
      if (STALE_LOAN.includes(result.error.code)) await mutate(loanKeys.loan(loan.id))
      return
    }
    setConfirming(false)
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
        {next ? <NextInstalmentLine next={next} cardLastFour={loan.card.lastFour} /> : null}
      </View>
      {loan.status === 'active' && payable && confirming ? (
        <RepaymentConfirm
          loanId={loan.id}
          title={`归还第${payable.index}期`}
          amountFen={payable.amountDueFen!}
          cardLastFour={loan.card.lastFour}
          phoneMasked={phoneMasked}
          pending={repay.pending}
          error={repay.error}
          onConfirm={(code) => void pay(code)}
          onCancel={() => setConfirming(false)}
        >
          <Text>
            本金 ¥{formatFen(payable.principalFen)}，利息 ¥{formatFen(payable.interestFen)}
            {payable.penaltyFen
              ? `，罚息 ¥${formatFen(payable.penaltyFen)}（逾期${payable.penaltyDays}天）`
              : ''}
          </Text>
        </RepaymentConfirm>
      ) : null}
      {loan.status === 'active' && payable && !confirming ? (
        <View className="cc-apply-step__actions">
          <Button type="primary" size="large" block onClick={() => setConfirming(true)}>
            归还第{payable.index}期 ¥{formatFen(payable.amountDueFen!)}
          </Button>
        </View>
      ) : null}
      {loan.status === 'active' && !payable ? <EarlyRepayment loan={loan} phoneMasked={phoneMasked} /> : null}
      <CellGroup title="借款信息">
        <Cell title="借款金额" extra={`¥${formatFen(loan.principalFen)}`} />
        <Cell title="还款方式" extra={`${repaymentMethodText[loan.method].name} · ${loan.termMonths}期`} />
        <Cell title="利息总额（按期还款）" extra={`¥${formatFen(loan.totalInterestFen)}`} />
        <Cell title="已付利息" extra={`¥${formatFen(loan.interestPaidFen)}`} />
        <Cell title="逾期罚息" description={`逾期后按${PENALTY_RULE_TEXT}`} />
        <Cell title="收款及还款卡" extra={`${loan.card.bankName} ${loan.card.numberMasked}`} />
        <Cell title="借款日" extra={formatBeijing(loan.drawnAt, 'YYYY-MM-DD')} />
        <Cell title="借款合同" extra="查看 ›" onClick={paper('contract', loan.id)} />
        {loan.status === 'settled' ? (
          <Cell title="结清证明" extra="查看 ›" onClick={paper('certificate', loan.id)} />
        ) : null}
      </CellGroup>
      <Text className="cc-apply-step__muted cc-apply-step__save">还款计划</Text>
      <ScheduleTable instalments={loan.instalments.map(asPaid)} />
      <LoanTimeline loan={loan} />
    </View>
  )
}

/** The next instalment: due today or overdue (with penalty to date), or when the card will be debited. */
function NextInstalmentLine({ next, cardLastFour }: { next: LoanInstalment; cardLastFour: string }) {
  if (next.status === 'upcoming')
    return (
      <Text>
        第{next.index}期 ¥{formatFen(next.paymentFen)}，将于{next.dueDate}从尾号{cardLastFour}的卡自动扣款
      </Text>
    )
  return (
    <Text className={next.status === 'overdue' ? 'cc-loan-detail__overdue' : undefined}>
      第{next.index}期 · {next.dueDate} · {instalmentStatusLabels[next.status]} · 应还 ¥
      {formatFen(next.amountDueFen ?? next.paymentFen)}
      {next.penaltyFen ? `（含罚息 ¥${formatFen(next.penaltyFen)}）` : ''}
    </Text>
  )
}

/** A row as the schedule shows it: what was actually paid for paid and settled ones. */
function asPaid(row: LoanInstalment) {
  if (row.paidFen === null) return row
  return {
    ...row,
    paymentFen: row.paidFen,
    interestFen: row.paidInterestFen ?? row.interestFen,
  }
}
