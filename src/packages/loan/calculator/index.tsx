import { Text } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { LoanCalculator } from '@/features/loan/components/loan-calculator'
import { formatBeijing } from '@/utils/beijing-format'
import './index.scss'

/** Open to anyone, no login: what a loan would cost, before asking for one. */
export default function LoanCalculatorPage() {
  return (
    <PageShell>
      <Text className="calculator-page__intro">输入金额、期限和利率，查看每期还款和利息总额。</Text>
      <LoanCalculator today={formatBeijing(new Date().toISOString(), 'YYYY-MM-DD')} />
    </PageShell>
  )
}
