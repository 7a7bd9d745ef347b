import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { EarlyRepaymentQuoteResult, Loan } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { formatFen } from '@/utils/money'
import { RepaymentConfirm } from './repayment-confirm'
import { useEarlyRepaymentQuote, useRepayEarly } from '../api/repay'
import './apply/apply-steps.scss'

/** Props of early repayment. */
export interface EarlyRepaymentProps {
  loan: Loan
  /** Where the confirmation code goes, masked. */
  phoneMasked: string
}

/** Quote first (principal, interest to today, interest saved), then repay everything at that total. */
export function EarlyRepayment({ loan, phoneMasked }: EarlyRepaymentProps) {
  const [quote, setQuote] = useState<EarlyRepaymentQuoteResult>()
  const quoting = useEarlyRepaymentQuote(loan.id)
  const repaying = useRepayEarly(loan.id)

  const ask = async () => {
    const result = await quoting.execute()
    if (result.ok) setQuote(result.data)
  }
  const confirm = async (smsCode: string) => {
    if (!quote) return
    const result = await repaying.execute({ expectedTotalFen: quote.totalFen, smsCode })
    if (result.ok) return
    // The total moved on (a new day began): show the new quote, ask again.
    if (result.error.code === 'QUOTE_CHANGED') void ask()
  }

  if (!quote) {
    return (
      <View className="cc-apply-step__actions">
        <Button size="large" block loading={quoting.pending} onClick={ask}>
          提前还清
        </Button>
        <InlineError message={quoting.error?.message} />
      </View>
    )
  }
  return (
    <RepaymentConfirm
      loanId={loan.id}
      title={`提前还清（${quote.asOf}）`}
      amountFen={quote.totalFen}
      cardLastFour={loan.card.lastFour}
      phoneMasked={phoneMasked}
      pending={repaying.pending}
      error={repaying.error}
      onConfirm={(code) => void confirm(code)}
      onCancel={() => setQuote(undefined)}
    >
      <Text>剩余本金 ¥{formatFen(quote.outstandingPrincipalFen)}</Text>
      <Text>
        应付利息 ¥{formatFen(quote.accruedInterestFen)}（{quote.days}天，按日计息）
      </Text>
      <Text className="cc-apply-step__muted">
        比按期还款少付利息 ¥{formatFen(quote.interestSavedFen)}，不收提前还款违约金。
      </Text>
    </RepaymentConfirm>
  )
}
